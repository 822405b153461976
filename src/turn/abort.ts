import { CodexAbortError } from "../errors.js";

/** The error of a turn whose signal aborted, saying why when the signal's reason does. */
export function abortError(signal: AbortSignal | undefined): CodexAbortError {
  const reason: unknown = signal?.reason;
  if (reason instanceof Error && reason.name !== "AbortError") return new CodexAbortError(`The turn was aborted: ${reason.message}`, reason);
  if (typeof reason === "string") return new CodexAbortError(`The turn was aborted: ${reason}`, reason);
  return new CodexAbortError("The turn was aborted", reason);
}
