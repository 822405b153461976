import { END_OF_FLAGS, flag } from "../config/config-args.js";
import { toTomlValue } from "../config/toml.js";
import type { CyberAccessProgram, ReviewRequest, ThreadOptions } from "../options.js";
import type { ThreadStart } from "../transport.js";

/** Everything that decides the command line of one turn. */
export interface ExecArgsSpec {
  mode: ThreadStart;
  /** The `Codex`'s `--config` flags (`buildConfigArgs`), the same for every turn. */
  configArgs: readonly string[];
  thread: ThreadOptions;
  outputSchemaFile?: string | undefined;
  cyberAccessProgram?: CyberAccessProgram | undefined;
  images: readonly string[];
}

/**
 * Builds the arguments of `codex exec`: the official SDK's flags with the
 * same values and in the same order (this SDK's extra flags just before the
 * subcommand), written so that no value can be read as a flag: every flag
 * with a value as `--flag=value`, and positional arguments (thread ids, the
 * `-` that reads the prompt from stdin) after `--`.
 */
export function buildExecArgs(spec: ExecArgsSpec): string[] {
  const { thread, mode } = spec;
  const args = ["exec", "--experimental-json", ...spec.configArgs];
  const config = (override: string): void => {
    args.push(flag("--config", override));
  };
  if (thread.model) args.push(flag("--model", thread.model));
  if (thread.threadSource !== undefined && mode.kind !== "resume") args.push(flag("--thread-source", thread.threadSource));
  if (thread.sandboxMode) args.push(flag("--sandbox", thread.sandboxMode));
  if (thread.workingDirectory) args.push(flag("--cd", thread.workingDirectory));
  for (const dir of thread.additionalDirectories ?? []) args.push(flag("--add-dir", dir));
  if (thread.skipGitRepoCheck) args.push("--skip-git-repo-check");
  if (spec.outputSchemaFile) args.push(flag("--output-schema", spec.outputSchemaFile));
  if (spec.cyberAccessProgram !== undefined) args.push(flag("--cyber-access-program", spec.cyberAccessProgram));
  if (thread.modelReasoningEffort) {
    config(`model_reasoning_effort=${toTomlValue(thread.modelReasoningEffort, "modelReasoningEffort")}`);
  }
  if (thread.networkAccessEnabled !== undefined) {
    config(`sandbox_workspace_write.network_access=${thread.networkAccessEnabled}`);
  }
  if (thread.webSearchMode) config(`web_search=${toTomlValue(thread.webSearchMode, "webSearchMode")}`);
  else if (thread.webSearchEnabled === true) config(`web_search="live"`);
  else if (thread.webSearchEnabled === false) config(`web_search="disabled"`);
  if (thread.approvalPolicy) config(`approval_policy=${toTomlValue(thread.approvalPolicy, "approvalPolicy")}`);
  pushExtensionFlags(args, thread);

  const images = spec.images.map((image) => flag("--image", image));
  switch (mode.kind) {
    case "new":
      args.push(...images);
      break;
    case "resume":
      args.push("resume", ...images, END_OF_FLAGS, mode.threadId);
      break;
    case "fork":
      // fork takes its prompt as an argument; "-" reads it from stdin like the other modes.
      args.push("fork", ...images, END_OF_FLAGS, mode.threadId, "-");
      break;
    case "review":
      args.push("review", ...reviewTargetArgs(mode.request), ...images);
      if (mode.request.title !== undefined) args.push(flag("--title", mode.request.title));
      if (mode.request.instructions !== undefined) args.push(END_OF_FLAGS, "-");
      break;
  }
  return args;
}

function pushExtensionFlags(args: string[], thread: ThreadOptions): void {
  if (thread.ephemeral) args.push("--ephemeral");
  if (thread.profile !== undefined) args.push(flag("--profile", thread.profile));
  for (const feature of thread.enableFeatures ?? []) args.push(flag("--enable", feature));
  for (const feature of thread.disableFeatures ?? []) args.push(flag("--disable", feature));
  if (thread.oss) args.push("--oss");
  if (thread.localProvider !== undefined) args.push(flag("--local-provider", thread.localProvider));
  if (thread.ignoreUserConfig) args.push("--ignore-user-config");
  if (thread.ignoreRules) args.push("--ignore-rules");
  if (thread.strictConfig) args.push("--strict-config");
}

function reviewTargetArgs(request: ReviewRequest): string[] {
  if (request.uncommitted) return ["--uncommitted"];
  if (request.base !== undefined) return [flag("--base", request.base)];
  if (request.commit !== undefined) return [flag("--commit", request.commit)];
  return [];
}
