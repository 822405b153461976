import { readFile, readdir } from "node:fs/promises";

/**
 * Signalling processes, and finding the ones a turn left behind. codex puts
 * the commands it runs into process groups of their own, so signalling
 * codex's group is not enough: every process of a turn carries a tag in its
 * environment, and the sweep below finds them by it.
 */

/** Sends `signal` to a pid, ignoring a process that is already gone. */
export function signalPid(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  }
}

/** Sends `signal` to the process group led by `pgid` (POSIX), ignoring a group that is gone. */
export function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  if (process.platform === "win32") return;
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

/** A turn to sweep: processes whose environment holds `needle` (`NAME=value`), younger than `sincePid`. */
export interface SweepTarget {
  needle: string;
  sincePid: number;
}

/**
 * Linux: SIGKILLs every live process that carries one of the targets' needles.
 * A process of a turn is younger than the turn's codex, so only pids allocated
 * from the oldest `sincePid` up to the last allocated pid are read (both ends
 * of the range when the pid counter wrapped in between), each once, whatever
 * the number of targets. Asynchronous: libuv's thread pool does the reads.
 * Resolves to the needles that matched a process, and whether some live
 * candidate could not be read (a process in the middle of exec shows an empty
 * environment for an instant): then another pass is needed to be sure.
 */
export async function killTagged(targets: readonly SweepTarget[]): Promise<{ matched: Set<string>; unsure: boolean }> {
  const matched = new Set<string>();
  let unsure = false;
  if (targets.length === 0) return { matched, unsure };
  const sincePid = Math.min(...targets.map((target) => target.sincePid));
  const lastPid = await lastAllocatedPid();
  const allocatedSince =
    lastPid >= sincePid
      ? (pid: number): boolean => pid >= sincePid && pid <= lastPid
      : (pid: number): boolean => pid >= sincePid || pid <= lastPid;
  const needles = targets.map((target) => ({ needle: target.needle, bytes: Buffer.from(`${target.needle}\0`) }));
  const entries = await readdir("/proc").catch((): string[] => []);
  const candidates = entries
    .map(Number)
    .filter((pid) => Number.isInteger(pid) && pid !== process.pid && allocatedSince(pid));
  await Promise.all(
    candidates.map(async (pid) => {
      const environ = await readFile(`/proc/${pid}/environ`).catch((error: NodeJS.ErrnoException) => {
        // Gone is a clean answer; anything else is not.
        if (error.code !== "ENOENT" && error.code !== "ESRCH") unsure = true;
        return undefined;
      });
      if (environ === undefined) return;
      if (environ.length === 0) {
        unsure = true;
        return;
      }
      for (const { needle, bytes } of needles) {
        // An entry is matched whole: at the start, or right after the NUL ending the previous one.
        const at = environ.indexOf(bytes);
        if (at === -1 || (at > 0 && environ[at - 1] !== 0)) continue;
        signalPid(pid, "SIGKILL");
        matched.add(needle);
        return;
      }
    }),
  );
  return { matched, unsure };
}

async function lastAllocatedPid(): Promise<number> {
  try {
    // "0.01 0.02 0.00 1/123 45678": the last field is the most recently allocated pid.
    const last = Number((await readFile("/proc/loadavg", "utf8")).trim().split(" ").at(-1));
    return Number.isInteger(last) ? last : Number.MAX_SAFE_INTEGER;
  } catch {
    // Unknown: read every pid from sincePid up.
    return Number.MAX_SAFE_INTEGER;
  }
}
