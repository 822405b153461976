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

/**
 * A signal that aborts when `outer` (the caller's, if any) or `inner` does,
 * with the reason of the first; `dispose()` lets go of `outer` (a
 * long-lived signal must not keep a listener per turn).
 */
export function linkSignals(outer: AbortSignal | undefined, inner: AbortController): { signal: AbortSignal; dispose(): void } {
  if (outer === undefined) return { signal: inner.signal, dispose: () => undefined };
  if (outer.aborted) {
    inner.abort(outer.reason);
    return { signal: inner.signal, dispose: () => undefined };
  }
  const onAbort = (): void => inner.abort(outer.reason);
  outer.addEventListener("abort", onAbort, { once: true });
  return { signal: inner.signal, dispose: () => outer.removeEventListener("abort", onAbort) };
}
