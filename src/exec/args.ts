import { END_OF_FLAGS, flag } from "../config/config-args.js";
import type { ReviewRequest, ThreadOptions, TurnOptions } from "../options.js";
import { execSettingArgs } from "../settings.js";
import type { ThreadStart } from "../transport.js";

/** Everything that decides the command line of one turn. */
export interface ExecArgsSpec {
  mode: ThreadStart;
  /** The `Codex`'s `--config` flags (`buildConfigArgs`), the same for every turn. */
  configArgs: readonly string[];
  thread: ThreadOptions;
  /** The turn's options: a turn's `model`, `workingDirectory` … win over the thread's (each turn is its own codex exec). */
  turn?: TurnOptions | undefined;
  outputSchemaFile?: string | undefined;
  images: readonly string[];
}

/**
 * Builds the arguments of `codex exec`: the options' flags as the table of
 * settings writes them (the official SDK's flags, values and order, this
 * SDK's extras after them), then the subcommand. No value can be read as a
 * flag: every flag with a value is `--flag=value`, and positional arguments
 * (thread ids, the `-` that reads the prompt from stdin) come after `--`.
 */
export function buildExecArgs(spec: ExecArgsSpec): string[] {
  const { mode } = spec;
  // The thread's settings, the turn's over them (by name: a turn's model is the thread's model for this turn), the output schema as the file it was written to.
  const turn = Object.entries(spec.turn ?? {}).filter(([, value]) => value !== undefined);
  const values = { ...spec.thread, ...Object.fromEntries(turn), outputSchema: spec.outputSchemaFile };
  const args = ["exec", "--experimental-json", ...spec.configArgs, ...execSettingArgs(values, { mode })];
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

function reviewTargetArgs(request: ReviewRequest): string[] {
  if (request.uncommitted) return ["--uncommitted"];
  if (request.base !== undefined) return [flag("--base", request.base)];
  if (request.commit !== undefined) return [flag("--commit", request.commit)];
  return [];
}
