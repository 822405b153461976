import { closeSync, existsSync, openSync, readdirSync, readSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";

/**
 * Signalling processes, and finding the ones a turn left behind. codex puts
 * the commands it runs into process groups of their own, so signalling
 * codex's group is not enough: every process of a turn carries a tag in its
 * environment, and the sweep below finds them by it. codex starts MCP servers
 * with a cleared environment (no tag) in groups of their own; those stay in
 * the session the SDK gave codex, and the sweep finds them by that.
 */

/** Sends `signal` to a pid, ignoring a process that is already gone (or not ours): returns whether it was sent. */
export function signalPid(pid: number, signal: NodeJS.Signals): boolean {
  return quietKill(pid, signal);
}

/**
 * process.kill, where "no such process" is a normal answer. It throws then,
 * and capturing a stack trace for each of those errors is most of the cost
 * of a kill: this is on every turn's path, so no stack is captured.
 */
function quietKill(pid: number, signal: NodeJS.Signals): boolean {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return process.kill(pid, signal);
  } catch {
    // already gone, or another user's
    return false;
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Sends `signal` to the process group led by `pgid` (POSIX), ignoring a group that is gone. */
export function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  if (process.platform === "win32") return;
  quietKill(-pgid, signal);
}

/**
 * A turn to sweep: processes younger than `sincePid` whose environment holds
 * `tagEntry` (`NAME=value`), or that belong to `session` (the session of an
 * exited codex that led it) without leading a session themselves.
 */
export interface SweepTarget {
  tagEntry: string;
  sincePid: number;
  session?: number | undefined;
}

/**
 * Linux: SIGKILLs every live process that carries one of the targets' tag entries.
 * A process of a turn is younger than the turn's codex, so only pids allocated
 * from the oldest `sincePid` up to the last allocated pid are read (both ends
 * of the range when the pid counter wrapped in between), each once, whatever
 * the number of targets. A short range (the usual case: a pass soon after a
 * short turn) is probed pid by pid; a longer one is listed from /proc. Both
 * read synchronously, which on an ordinary machine costs tens of
 * microseconds, far less than going through libuv's thread pool file by file;
 * on a machine with very many processes the listing and reads go through the
 * thread pool instead, so the event loop is never held long. Resolves to the
 * tag entries that matched a process, and whether some live candidate could not
 * be read (a process in the middle of exec shows an empty environment for an
 * instant): then another pass is needed to be sure.
 */
export async function killTagged(targets: readonly SweepTarget[], index: SweepIndex = sweepIndexOf(targets)): Promise<{ matched: Set<string>; unsure: boolean }> {
  const sweep = new TagSweep(index);
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
      const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => undefined);
      if (sweep.settledByStat(pid, stat)) return;
      sweep.inspectEnviron(pid, await readFile(`/proc/${pid}/environ`).catch(() => undefined));
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
  if (sweep.settledByStat(pid, readStatSync(pid))) return;
  let environ: Buffer | undefined;
  try {
    environ = readProcFile(`/proc/${pid}/environ`);
  } catch {
    environ = undefined;
  }
  sweep.inspectEnviron(pid, environ);
}

/** Ranges of pids up to this long are probed one by one; longer ones are listed from /proc. */
const PROBE_SPAN = 64;

/** What a pass looks for: tags in environments, and the sessions of exited codex processes (session id → the tag of its tree). */
export interface SweepIndex {
  tagEntries: TagEntryIndex;
  sessions: ReadonlyMap<number, string>;
}

function sweepIndexOf(targets: readonly SweepTarget[]): SweepIndex {
  const sessions = new Map<number, string>();
  for (const target of targets) if (target.session !== undefined) sessions.set(target.session, target.tagEntry);
  return { tagEntries: new TagEntryIndex(targets.map((target) => target.tagEntry)), sessions };
}

/** One pass over the process table: what matched, and whether the pass can be trusted. */
class TagSweep {
  readonly result = { matched: new Set<string>(), unsure: false };
  private readonly leaders = new Map<number, boolean>();

  constructor(private readonly index: SweepIndex) {}

  /**
   * First look at a process, from its stat line: true when nothing more is
   * needed. It is gone (no stat), a zombie or a kernel thread, or a member of
   * a swept session, which is ended here. A session's leader is never one:
   * a process that leads a session has left codex's (or is a stranger that
   * got a recycled pid).
   */
  settledByStat(pid: number, stat: string | undefined): boolean {
    if (hasNoEnvironmentForGood(stat)) return true;
    const session = Number(statFields(stat ?? "")[3]);
    const tagEntry = session === pid ? undefined : this.index.sessions.get(session);
    if (tagEntry === undefined || !this.leaderGone(session)) return false;
    if (signalPid(pid, "SIGKILL")) this.result.matched.add(tagEntry);
    return true;
  }

  /**
   * A swept session's leader (codex) has exited. Should its pid have been
   * recycled already, by a process that leads a session of the same number,
   * that session is alive and not ours.
   */
  private leaderGone(session: number): boolean {
    let gone = this.leaders.get(session);
    if (gone === undefined) {
      gone = !existsSync(`/proc/${session}`);
      this.leaders.set(session, gone);
    }
    return gone;
  }

  /**
   * Second look, from its environment. Undefined means gone (a clean answer)
   * or not readable (another user's process: not ours to end). A live process
   * with an empty environment is in the middle of exec, and only another pass
   * can tell.
   */
  inspectEnviron(pid: number, environ: Buffer | undefined): void {
    if (environ === undefined) return;
    if (environ.length === 0) {
      this.result.unsure = true;
      return;
    }
    const tagEntry = this.index.tagEntries.find(environ);
    if (tagEntry !== undefined && signalPid(pid, "SIGKILL")) this.result.matched.add(tagEntry);
  }
}

/**
 * Which of a set of tag entries (`NAME=value`) an environment
 * (`/proc/<pid>/environ`: `NAME=value` entries, each ended by a NUL) holds as a
 * whole entry. The cost per environment grows with the number of variable
 * names (one or two), not with the number of tag entries: a pass after a burst of
 * turns looks for a hundred tags at once.
 */
export class TagEntryIndex {
  private readonly byName = new Map<string, { prefix: Buffer; tagEntries: Map<string, string> }>();

  constructor(tagEntries: Iterable<string> = []) {
    for (const tagEntry of tagEntries) this.add(tagEntry);
  }

  add(tagEntry: string): void {
    const split = tagEntry.indexOf("=");
    const name = tagEntry.slice(0, split);
    let entry = this.byName.get(name);
    if (entry === undefined) {
      entry = { prefix: Buffer.from(`${name}=`), tagEntries: new Map() };
      this.byName.set(name, entry);
    }
    entry.tagEntries.set(tagEntry.slice(split + 1), tagEntry);
  }

  delete(tagEntry: string): void {
    const split = tagEntry.indexOf("=");
    this.byName.get(tagEntry.slice(0, split))?.tagEntries.delete(tagEntry.slice(split + 1));
  }

  /** The tag entry `environ` holds, if any (a variable given twice is looked at each time). */
  find(environ: Buffer): string | undefined {
    for (const { prefix, tagEntries } of this.byName.values()) {
      for (let at = environ.indexOf(prefix); at !== -1; at = environ.indexOf(prefix, at + 1)) {
        // A whole entry starts the environment or follows a NUL (not `MY_NAME=`).
        if (at !== 0 && environ[at - 1] !== 0) continue;
        const start = at + prefix.length;
        const end = environ.indexOf(0, start);
        const tagEntry = tagEntries.get(environ.toString("utf8", start, end === -1 ? environ.length : end));
        if (tagEntry !== undefined) return tagEntry;
      }
    }
    return undefined;
  }
}

/** Kernel threads carry this flag in the ninth field of /proc/<pid>/stat. */
const PF_KTHREAD = 0x00200000;

/** True for a zombie, a dead process (no stat) or a kernel thread: an empty environment that will never fill. */
export function hasNoEnvironmentForGood(stat: string | undefined): boolean {
  if (stat === undefined) return true;
  const fields = statFields(stat);
  const state = fields[0] ?? "";
  const flags = Number(fields[6] ?? 0);
  return state === "Z" || state === "X" || (flags & PF_KTHREAD) !== 0;
}

/** The fields of a /proc/<pid>/stat line after the command: state, ppid, pgrp, session, tty, tpgid, flags ... */
function statFields(stat: string): string[] {
  // "pid (comm) S ppid pgrp session ...": comm may hold spaces and parentheses, so split after the last ")".
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

function readStatSync(pid: number): string | undefined {
  try {
    return readProcFile(`/proc/${pid}/stat`).toString("utf8");
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
    const fields = readProcFile("/proc/loadavg").toString("latin1").trim().split(" ");
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

const procBuffer = Buffer.allocUnsafe(64 * 1024);

/**
 * A /proc file's contents, in one read from its start into a buffer kept for
 * the purpose (half the cost of readFileSync, which sizes, allocates and
 * copies for a file that reports no size). One read, because the kernel
 * reads a whole environment under one hold of the process's memory: read in
 * pieces, an exec between two pieces would cut it short, and a tag at its
 * end would be missed. A file that fills the buffer (a huge environment) is
 * read again, whole, into a larger one. The view is valid until the next
 * read. Throws as readFileSync does.
 */
function readProcFile(path: string): Buffer {
  const fd = openSync(path, "r");
  try {
    for (let buffer = procBuffer; ; buffer = Buffer.allocUnsafe(buffer.length * 2)) {
      const read = readSync(fd, buffer, 0, buffer.length, 0);
      if (read < buffer.length) return buffer.subarray(0, read);
    }
  } finally {
    closeSync(fd);
  }
}
