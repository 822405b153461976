import { buildConfigArgs, flag } from "../config/config-args.js";
import { moveSecretsToEnv } from "../config/secret-config.js";
import type { CodexOptions } from "../options.js";
import { Redactor } from "../redact.js";
import { findCodexBinary, type CodexBinary } from "./binary.js";
import { checkCodexVersion, packagedVersionOf } from "./codex-version.js";
import { buildChildEnv } from "./env.js";

/** What every codex process of a `Codex` starts from, whatever the transport. */
export interface CodexProcessSetup {
  binary: CodexBinary;
  /** The child environment: the caller's or this process's, the key, the binary's helper dirs on PATH, config secrets moved there. */
  env: Record<string, string>;
  /** The `--config` flags of every codex process (secrets that codex can read from its environment are not among them). */
  configArgs: string[];
  /** The secrets of these options (the key, secret-looking env and config values, URL passwords), to hide wherever the SDK writes text. */
  redactor: Redactor;
}

/** Finds the binary and builds the environment and config flags once, at construction, so a missing binary or bad config fails early. */
export function setUpCodexProcess(options: CodexOptions): CodexProcessSetup {
  const binary = options.codexPathOverride
    ? { executablePath: options.codexPathOverride, pathDirs: [] }
    : findCodexBinary(options.env ? options.env.PATH : process.env.PATH);
  // Read from the package the binary came in (no process started); the app-server's own answer is checked again at start-up.
  checkCodexVersion(packagedVersionOf(binary.executablePath), `The codex binary at ${binary.executablePath}`, options.allowUntestedCodexVersion);
  const secrets = moveSecretsToEnv(options.config, options.apiKey);
  const env = buildChildEnv(options.env, options.apiKey, binary.pathDirs);
  Object.assign(env, secrets.env);
  // Last, so that they win: the moved secrets and the key are blanked in the commands the agent runs.
  const configArgs = [...buildConfigArgs({ ...options, config: secrets.config }), ...secrets.hideFromCommands.map((override) => flag("--config", override))];
  const redactor = Redactor.fromOptions({ apiKey: options.apiKey, env, baseUrl: options.baseUrl, config: options.config });
  return { binary, env, configArgs, redactor };
}
