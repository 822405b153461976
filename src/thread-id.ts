import { CodexThreadNotFoundError } from "./errors.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** How codex 0.169 says a thread id has no record, on exec's stderr and in the app-server's error. */
const NO_ROLLOUT = /no rollout found for thread id/;

/**
 * The error for a resume that did not resume what was asked: `asked` is a
 * thread id (a UUID) and codex reports thread `started`. A name that is not
 * a UUID is codex's to resolve (a thread name), so any thread may answer it.
 */
export function resumeMismatch(asked: string, started: string): CodexThreadNotFoundError | undefined {
  if (!UUID.test(asked) || started.toLowerCase() === asked.toLowerCase()) return undefined;
  return new CodexThreadNotFoundError(asked, `it started thread ${JSON.stringify(started)} instead; the turn was ended`);
}

/** The error for a resume that codex refused because it has no record of the thread, when `message` says so. */
export function threadNotFound(asked: string, message: string, cause?: unknown): CodexThreadNotFoundError | undefined {
  return NO_ROLLOUT.test(message) ? new CodexThreadNotFoundError(asked, "no record of it in CODEX_HOME", cause) : undefined;
}
