import type { ThreadOptions } from "../options.js";
import type { ClientParams } from "../protocol/index.js";
import { appServerSettings, type ThreadParamName } from "../settings.js";

/** What `thread/start`, `/resume` and `/fork` have in common, as thread options fill it. */
export type ThreadParams = { [K in ThreadParamName]?: NonNullable<ClientParams<"thread/start">[K]> } & { config: Record<string, unknown> };

/**
 * The thread options as app-server params (the table of settings says
 * which field or config key each goes to), plus `tagEnv`: variables every
 * command of the thread carries in its environment, whatever the
 * environment policy (they find its commands later).
 */
export function appServerThreadParams(options: ThreadOptions, tagEnv: Readonly<Record<string, string>>): { base: ThreadParams; startOnly: { threadSource?: string } } {
  const settings = appServerSettings({ ...options });
  const config: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(tagEnv)) config[`shell_environment_policy.set.${name}`] = value;
  // The table's checks allow only values these fields take.
  const base: ThreadParams = { ...(settings.params as Partial<ThreadParams>), config: { ...config, ...settings.config } };
  return { base, startOnly: settings.startParams };
}
