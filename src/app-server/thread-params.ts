import type { ThreadOptions } from "../options.js";
import { appServerSettings, type ThreadParamName } from "../settings.js";

/** What `thread/start`, `/resume` and `/fork` have in common. */
export interface ThreadParams {
  config: Record<string, unknown>;
  model?: string;
  cwd?: string;
  sandbox?: "read-only" | "workspace-write" | "danger-full-access";
  approvalPolicy?: "untrusted" | "on-request" | "never";
  ephemeral?: boolean;
}

/** The tags a thread's commands carry, by what they tag, and the variables they go in. */
interface Tags {
  thread: string;
  process: string;
  session: string;
}

/**
 * The thread options as app-server params (the table of settings says
 * which field or config key each goes to), plus the tags every command of
 * the thread carries in its environment (whatever the environment policy).
 */
export function appServerThreadParams(options: ThreadOptions, tags: Tags, variables: Tags): { base: ThreadParams; startOnly: { threadSource?: string } } {
  const settings = appServerSettings({ ...options });
  const params: ThreadParams = {
    config: {
      [`shell_environment_policy.set.${variables.thread}`]: tags.thread,
      [`shell_environment_policy.set.${variables.process}`]: tags.process,
      [`shell_environment_policy.set.${variables.session}`]: tags.session,
      ...settings.config,
    },
  };
  for (const [name, value] of Object.entries(settings.params) as [ThreadParamName, string | boolean][]) {
    (params as Record<ThreadParamName, unknown>)[name] = value;
  }
  return { base: params, startOnly: settings.startParams };
}
