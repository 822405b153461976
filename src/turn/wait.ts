import { CodexTimeoutError } from "../errors.js";
import { abortError } from "./abort.js";

/**
 * Waits for `promise`, unless `signal` aborts first (the turn was aborted
 * while waiting to start) or `timeoutMs` passes (`what` did not happen in
 * time: a `CodexTimeoutError` of kind "request"). The timer keeps Node alive
 * while it waits: the caller is waiting on something.
 */
export async function waitFor<T>(promise: Promise<T>, limits: { signal?: AbortSignal | undefined; timeoutMs?: number; what?: string }): Promise<T> {
  const { signal, timeoutMs, what } = limits;
  if (signal?.aborted) throw abortError(signal, "while waiting to start");
  let onAbort: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        onAbort = () => reject(abortError(signal, "while waiting to start"));
        signal?.addEventListener("abort", onAbort, { once: true });
        if (timeoutMs !== undefined) timer = setTimeout(() => reject(new CodexTimeoutError("request", timeoutMs, what)), timeoutMs);
      }),
    ]);
  } finally {
    if (onAbort) signal?.removeEventListener("abort", onAbort);
    clearTimeout(timer);
  }
}
