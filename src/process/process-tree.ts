import { existsSync, readdirSync, readFileSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";

/**
 * Signalling processes, and finding the ones a turn left behind. codex puts
 * the commands it runs into process groups of their own, so signalling
 * codex's group is not enough: every process of a turn carries a tag in its
 * environment, and the sweep below finds them by it.
 */

/** Sends `signal` to a pid, ignoring a process that is already gone. */
export function signalPid(pid: number, signal: NodeJS.Signals): void {
  quietKill(pid, signal);
}

/**
 * process.kill, where "no such process" is a normal answer. It throws then,
 * and capturing a stack trace for each of those errors is most of the cost
 * of a kill: this is on every turn's path, so no stack is captured.
 */
function quietKill(pid: number, signal: NodeJS.Signals): void {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    process.kill(pid, signal);
  } catch {
    // already gone
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Sends `signal` to the process group led by `pgid` (POSIX), ignoring a group that is gone. */
export function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  if (process.platform === "win32") return;
  quietKill(-pgid, signal);
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
 * the number of targets. A short range (the usual case: a pass soon after a
 * short turn) is probed pid by pid; a longer one is listed from /proc. Both
 * read synchronously, which on an ordinary machine costs tens of
 * microseconds, far less than going through libuv's thread pool file by file;
 * on a machine with very many processes the listing and reads go through the
 * thread pool instead, so the event loop is never held long. Resolves to the
 * needles that matched a process, and whether some live candidate could not
 * be read (a process in the middle of exec shows an empty environment for an
 * instant): then another pass is needed to be sure.
 */
export async function killTagged(targets: readonly SweepTarget[]): Promise<{ matched: Set<string>; unsure: boolean }> {
  const sweep = new TagSweep(targets);
  if (targets.length === 0) return sweep.result;
  const sincePid = Math.min(...targets.map((target) => target.sincePid));
  const { lastPid, entities } = schedulerCounts();
  if (lastPid >= sincePid && lastPid - sincePid < PROBE_SPAN) {
    withoutStacks(() => {
      for (let pid = sincePid; pid <= lastPid; pid += 1) {
        // existsSync does not throw for a missing pid (an exception per probe would cost more than the probe).
        if (pid !== process.pid && existsSync(`/proc/${pid}`)) inspectSync(sweep, pid);
      }
    });
    return sweep.result;
  }
  const allocatedSince =
    lastPid >= sincePid
      ? (pid: number): boolean => pid >= sincePid && pid <= lastPid
      : (pid: number): boolean => pid >= sincePid || pid <= lastPid;
  const candidates = (entries: string[]): number[] =>
    entries.map(Number).filter((pid) => Number.isInteger(pid) && pid !== process.pid && allocatedSince(pid));
  if (entities < SYNC_LISTING_LIMIT) {
    let entries: string[];
    try {
      entries = readdirSync("/proc");
    } catch {
      entries = [];
    }
    withoutStacks(() => {
      for (const pid of candidates(entries)) inspectSync(sweep, pid);
    });
    return sweep.result;
  }
  const entries = await readdir("/proc").catch((): string[] => []);
  await Promise.all(
    candidates(entries).map(async (pid) => {
      const environ = await readFile(`/proc/${pid}/environ`).catch(() => undefined);
      if (environ?.length === 0) {
        const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
        sweep.inspect(pid, environ, () => stat);
      } else {
        sweep.inspect(pid, environ, () => undefined);
      }
    }),
  );
  return sweep.result;
}

/**
 * Runs synchronous reads where most fail (kernel threads answer ESRCH, and
 * every failed read throws): an error without a stack trace costs a fraction
 * of one with. Synchronous, so no other code runs meanwhile.
 */
function withoutStacks(work: () => void): void {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    work();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Below this many threads on the machine, /proc is listed and read synchronously. */
const SYNC_LISTING_LIMIT = 4096;

function inspectSync(sweep: TagSweep, pid: number): void {
  let environ: Buffer | undefined;
  try {
    environ = readFileSync(`/proc/${pid}/environ`);
  } catch {
    environ = undefined;
  }
  sweep.inspect(pid, environ, () => readStatSync(pid));
}

/** Ranges of pids up to this long are probed one by one; longer ones are listed from /proc. */
const PROBE_SPAN = 64;

/** One pass over the process table: what matched, and whether the pass can be trusted. */
class TagSweep {
  readonly result = { matched: new Set<string>(), unsure: false };
  private readonly needles: { needle: string; bytes: Buffer }[];

  constructor(targets: readonly SweepTarget[]) {
    this.needles = targets.map((target) => ({ needle: target.needle, bytes: Buffer.from(`${target.needle}\0`) }));
  }

  /**
   * Looks at one process. `environ` undefined means gone (a clean answer) or not
   * readable (another user's process: not ours to end). `stat` is read only
   * for an empty environment.
   */
  inspect(pid: number, environ: Buffer | undefined, stat: () => string | undefined): void {
    if (environ === undefined) return;
    if (environ.length === 0) {
      // Zombies and kernel threads have no environment for good; anything else is in the middle
      // of exec or exit, and only another pass can tell.
      if (!hasNoEnvironmentForGood(stat())) this.result.unsure = true;
      return;
    }
    for (const { needle, bytes } of this.needles) {
      if (!hasEntry(environ, bytes)) continue;
      signalPid(pid, "SIGKILL");
      this.result.matched.add(needle);
      return;
    }
  }
}

/** True when `entry` (`NAME=value\0`) is a whole entry of `environ`: at its start or right after a NUL. */
function hasEntry(environ: Buffer, entry: Buffer): boolean {
  for (let at = environ.indexOf(entry); at !== -1; at = environ.indexOf(entry, at + 1)) {
    if (at === 0 || environ[at - 1] === 0) return true;
  }
  return false;
}

/** Kernel threads carry this flag in the ninth field of /proc/<pid>/stat. */
const PF_KTHREAD = 0x00200000;

/** True for a zombie, a dead process (no stat) or a kernel thread: an empty environment that will never fill. */
export function hasNoEnvironmentForGood(stat: string | undefined): boolean {
  if (stat === undefined) return true;
  // "pid (comm) S ppid pgrp session tty tpgid flags ...": comm may hold spaces, so split after ")".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const state = fields[0] ?? "";
  const flags = Number(fields[6] ?? 0);
  return state === "Z" || state === "X" || (flags & PF_KTHREAD) !== 0;
}

function readStatSync(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
}

/** The most recently allocated pid ("0.01 0.02 0.00 1/123 45678": the last field of /proc/loadavg). */
export function lastAllocatedPid(): number {
  return schedulerCounts().lastPid;
}

/**
 * From /proc/loadavg ("0.01 0.02 0.00 1/123 45678"): the most recently
 * allocated pid, and how many threads the machine runs. Unknown values are
 * taken as the worst case (read every pid; list asynchronously).
 */
function schedulerCounts(): { lastPid: number; entities: number } {
  try {
    const fields = readFileSync("/proc/loadavg", "utf8").trim().split(" ");
    const last = Number(fields.at(-1));
    const entities = Number(fields[3]?.split("/")[1]);
    return {
      lastPid: Number.isInteger(last) ? last : Number.MAX_SAFE_INTEGER,
      entities: Number.isInteger(entities) ? entities : Number.MAX_SAFE_INTEGER,
    };
  } catch {
    return { lastPid: Number.MAX_SAFE_INTEGER, entities: Number.MAX_SAFE_INTEGER };
  }
}
