import { prependPathDirs } from "./binary.js";

const ORIGINATOR_ENV = "CODEX_INTERNAL_ORIGINATOR_OVERRIDE";
const ORIGINATOR = "codex_sdk_ts";

/**
 * The environment of a codex process: the caller's `env` when given (then
 * `process.env` is not inherited), else `process.env`; plus the originator tag,
 * the API key and the binary's helper directories on `PATH`.
 */
export function buildChildEnv(
  envOverride: Readonly<Record<string, string>> | undefined,
  apiKey: string | undefined,
  pathDirs: readonly string[],
): Record<string, string> {
  const env: Record<string, string> = {};
  if (envOverride) {
    Object.assign(env, envOverride);
  } else {
    for (const [key, value] of Object.entries(process.env)) {
      if (value !== undefined) env[key] = value;
    }
  }
  if (!env[ORIGINATOR_ENV]) env[ORIGINATOR_ENV] = ORIGINATOR;
  if (apiKey) env.CODEX_API_KEY = apiKey;
  prependPathDirs(env, pathDirs);
  return env;
}
