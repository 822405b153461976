import type { CodexOptions } from "../options.js";
import { Redactor } from "../redact.js";
import { findCodexBinary, type CodexBinary } from "./binary.js";
import { buildChildEnv } from "./env.js";

/** What every codex process of a `Codex` starts from, whatever the transport. */
export interface CodexProcessSetup {
  binary: CodexBinary;
  /** The child environment: the caller's or this process's, the key, the binary's helper dirs on PATH. */
  env: Record<string, string>;
  /** The secrets of these options (the key, secret-looking env values), to hide wherever the SDK writes text. */
  redactor: Redactor;
}

/** Finds the binary and builds the environment once, at construction, so a missing binary fails early. */
export function setUpCodexProcess(options: CodexOptions): CodexProcessSetup {
  const binary = options.codexPathOverride
    ? { executablePath: options.codexPathOverride, pathDirs: [] }
    : findCodexBinary(options.env ? options.env.PATH : process.env.PATH);
  const env = buildChildEnv(options.env, options.apiKey, binary.pathDirs);
  return { binary, env, redactor: Redactor.fromOptions(options.apiKey, env) };
}
