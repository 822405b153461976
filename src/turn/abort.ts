import { CodexAbortError } from "../errors.js";

/**
 * The error of a turn whose signal aborted, saying why when the signal's
 * reason does. `when` tells at what point, e.g. "while waiting to start".
 */
export function abortError(signal: AbortSignal | undefined, when?: string): CodexAbortError {
  const head = when === undefined ? "The turn was aborted" : `The turn was aborted ${when}`;
  const reason: unknown = signal?.reason;
  if (reason instanceof Error && reason.name !== "AbortError") return new CodexAbortError(`${head}: ${reason.message}`, reason);
  if (typeof reason === "string") return new CodexAbortError(`${head}: ${reason}`, reason);
  return new CodexAbortError(head, reason);
}
