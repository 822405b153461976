import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { killTagged, TagEntryIndex, type SweepIndex, type SweepTarget } from "./process-tree.js";

/**
 * Every process the SDK starts carries two tags in its environment, which
 * codex passes on to the shells and tools it starts: `CODEX_SDK_TURN=<session
 * uuid>.<n>` (this process tree: an exec turn, or an app-server) and
 * `CODEX_SDK_SESSION=<uuid>` (this Node process). App-server threads add a
 * third, `CODEX_SDK_THREAD`, to their commands, so an interrupted turn's
 * commands can be ended without touching other threads'.
 *
 * - When a tree's codex exits, every process still carrying its tag is ended,
 *   pass after pass until a pass finds none (an orphaned shell may fork
 *   between passes). This catches processes that left codex's process group
 *   or were re-parented after codex exited. On Linux the SDK does this itself
 *   through /proc, reading only processes younger than the turn's codex, and
 *   also ends the processes left in the session codex led (codex starts MCP
 *   servers with a cleared environment, so without the tag); elsewhere it
 *   asks the watchdog (`end <tag>`).
 * - One small `sh` watchdog per Node process holds the read end of a pipe from
 *   it. At EOF this process is gone (even by SIGKILL) or exiting: the watchdog
 *   sends SIGTERM to everything carrying the session tag, so codex can stop its
 *   tools, SIGKILL a second later, then SIGKILL to what is left in the
 *   sessions the tagged codex processes led (on Linux), and exits. Turns need
 *   not register with it.
 *
 * Processes are found through /proc on Linux and `ps -E` on macOS.
 */

export const TURN_TAG_VAR = "CODEX_SDK_TURN";
export const SESSION_TAG_VAR = "CODEX_SDK_SESSION";
/** Identifies this Node process's turns to its watchdog. */
export const SESSION_TAG = randomUUID();
let treeCount = 0;

// sh parameter expansions, kept out of the template literal below (where "${" is JS syntax).
const SH_STRIP_PROC = "${f#/proc/}";
const SH_STRIP_ENVIRON = "${f%/environ}";
const SH_STRIP_STAT = "${p%/stat}";
/** A /proc/<pid>/stat line from after the command (which may hold spaces and parentheses): state ppid pgrp session ... */
const SH_AFTER_COMM = "${line##*) }";

/** The watchdog's script (exported for its own tests). */
export const WATCHDOG_SCRIPT = String.raw`
tagged() {
  if [ -d /proc/self ]; then
    for f in $(grep -lsazxF "$1" /proc/[0-9]*/environ 2>/dev/null); do
      f=${SH_STRIP_PROC}
      echo "${SH_STRIP_ENVIRON}"
    done
  else
    ps -A -E -ww -o pid= -o command= 2>/dev/null | grep -F " $1" | awk '{print $1}'
  fi
}
kill_all() {
  n=0
  clean=0
  while [ $n -lt 100 ] && [ $clean -lt 3 ]; do
    pids=$(tagged "$1")
    if [ -z "$pids" ]; then
      # A process in the middle of exec can be unreadable for an instant: trust three clean scans, not one.
      clean=$((clean + 1))
      sleep 0.05 2>/dev/null || sleep 1
    else
      clean=0
      kill -KILL $pids 2>/dev/null
    fi
    n=$((n + 1))
  done
}
# Prints the pids (Linux) of the processes in the sessions listed in $sids, leaders excepted.
in_sessions() {
  for f in /proc/[0-9]*/stat; do
    { read -r line < "$f"; } 2>/dev/null || continue
    p=${SH_STRIP_PROC}
    p=${SH_STRIP_STAT}
    set -- ${SH_AFTER_COMM}
    [ "$4" = "$p" ] && continue
    case " $sids " in *" $4 "*) echo "$p" ;; esac
  done
}
kill_sessions() {
  n=0
  while [ $n -lt 3 ]; do
    found=$(in_sessions)
    [ -z "$found" ] && return
    kill -KILL $found 2>/dev/null
    n=$((n + 1))
  done
}
while IFS=" " read -r command tag; do
  case "$command" in
    end) kill_all "${TURN_TAG_VAR}=$tag" ;;
    kill) kill_all "$tag" ;;
  esac
done
session_tag="${SESSION_TAG_VAR}=$1"
pids=$(tagged "$session_tag")
[ -z "$pids" ] && exit 0
# Tagged session leaders are codex processes: what they started without the tag (MCP servers) is in their sessions.
sids=""
for p in $pids; do
  { read -r line < "/proc/$p/stat"; } 2>/dev/null || continue
  set -- ${SH_AFTER_COMM}
  [ "$4" = "$p" ] && sids="$sids $p"
done
kill -TERM $pids 2>/dev/null
sleep 1
kill_all "$session_tag"
[ -n "$sids" ] && kill_sessions
exit 0
`;

let watchdog: ChildProcess | undefined;

/** The shared watchdog, started on first use and again if it died. Undefined where there is no POSIX shell. */
function sharedWatchdog(): ChildProcess | undefined {
  if (process.platform === "win32") return undefined;
  if (watchdog && watchdog.exitCode === null && watchdog.signalCode === null && watchdog.stdin?.writable) {
    return watchdog;
  }
  try {
    const child = spawn("/bin/sh", ["-c", WATCHDOG_SCRIPT, "codex-sdk-watchdog", SESSION_TAG], {
      stdio: ["pipe", "ignore", "ignore"],
      // Its own group: a Ctrl-C aimed at the app must not take the watchdog with it.
      detached: true,
      // Without the tags, so a sweep never finds the watchdog itself.
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin" },
    });
    child.on("error", () => undefined);
    child.stdin?.on("error", () => undefined);
    // The watchdog must never keep the app alive.
    child.unref();
    (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
    watchdog = child;
    return child;
  } catch {
    watchdog = undefined;
    return undefined;
  }
}

/**
 * The tags of one codex process tree (an exec turn's, or an app-server's), and
 * the sweep that ends whatever the tree leaves behind once its codex is gone.
 */
export class TaggedTree {
  /**
   * Value of `CODEX_SDK_TURN` for this tree: unique on the machine (this
   * process's random session tag, then a count), and cheaper than a random
   * UUID per turn.
   */
  readonly tag = `${SESSION_TAG}.${++treeCount}`;
  private swept: Promise<void> | undefined;
  private sweepDueNow = false;

  /** The environment of the tree's codex process: `base` and the tags. */
  env(base: Readonly<Record<string, string>>): Record<string, string> {
    // Copied then set, not spread with computed keys: V8 builds that far faster on every turn.
    const env: Record<string, string> = Object.assign({}, base);
    env[TURN_TAG_VAR] = this.tag;
    env[SESSION_TAG_VAR] = SESSION_TAG;
    return env;
  }

  /** Makes sure the watchdog runs before the turn's process starts. */
  start(): void {
    sharedWatchdog();
  }

  /**
   * codex is gone (or never started): whatever the turn left behind is ended.
   * Once per turn; later calls return the same promise. `codexPid` (which led
   * a session of its own) bounds the Linux sweep to younger processes.
   * Resolves once the sweep has finished its passes (elsewhere, once the
   * watchdog was told: it sweeps on its own).
   */
  end(codexPid: number | undefined): Promise<void> {
    if (this.swept) return this.swept;
    if (process.platform === "linux" && codexPid !== undefined) {
      // codex led a session of its own: what it started without a tag (MCP servers) is still in it.
      this.swept = sweepUntilClean(`${TURN_TAG_VAR}=${this.tag}`, codexPid, codexPid);
      if (this.sweepDueNow) this.sweepNow();
    } else {
      if (codexPid !== undefined) sharedWatchdog()?.stdin?.write(`end ${this.tag}\n`);
      this.swept = Promise.resolve();
    }
    return this.swept;
  }

  /** The Codex is closing: the sweep runs now and ends at its first clean pass. */
  sweepNow(): void {
    this.sweepDueNow = true;
    if (process.platform === "linux") sweepNow(`${TURN_TAG_VAR}=${this.tag}`);
  }
}

/**
 * Ends every process carrying `tagEntry` (`NAME=value`) that is younger than
 * `sincePid`, pass after pass until a pass finds none. Resolves when done;
 * `sweepNow` makes it run at once and end at its first clean pass.
 */
export function sweepProcesses(tagEntry: string, sincePid: number): { done: Promise<void>; sweepNow(): void } {
  if (process.platform === "linux") {
    return { done: sweepUntilClean(tagEntry, sincePid), sweepNow: () => sweepNow(tagEntry) };
  }
  sharedWatchdog()?.stdin?.write(`kill ${tagEntry}\n`);
  return { done: Promise.resolve(), sweepNow: () => undefined };
}

/**
 * Trees that ended recently wait here for a shared sweep. A clean pass (no
 * tagged process found, every candidate readable) after codex exited proves
 * the turn left nothing: a new tagged process needs a tagged parent, which
 * that pass would have found. So each turn gets a first pass soon after its
 * codex exited, a second one later as a safety net, and follow-ups while
 * passes keep finding processes or meet one they cannot read yet (mid-exec).
 * Passes run at most every MIN_PASS_INTERVAL_MS (but at once when `close()`
 * waits for them), and each takes every turn due by then: a burst of short
 * turns costs one pass per interval, not one per turn (a pass reads /proc,
 * which is slow on some machines).
 */
const PASS_AT_MS = [25, 250];
const MIN_PASS_INTERVAL_MS = 100;
const FOLLOW_UP_MS = 50;
const MAX_PASSES = 50;
interface PendingSweep extends SweepTarget {
  endedAt: number;
  pass: number;
  dueAt: number;
  /** No more planned passes: done at the first clean one (the Codex is closing). */
  sweepDueNow: boolean;
  /** Called once the target's last pass is done. */
  done: () => void;
}
const pendingSweeps = new Map<string, PendingSweep>();
/** What every pass looks for, kept up to date as sweeps are booked and finish. */
const pendingIndex: SweepIndex & { sessions: Map<number, string> } = { tagEntries: new TagEntryIndex(), sessions: new Map() };
let sweepTimer: NodeJS.Timeout | undefined;
let sweepDueAt = Number.POSITIVE_INFINITY;
let sweeping = false;
let lastPassAt = Number.NEGATIVE_INFINITY;

function sweepUntilClean(tagEntry: string, sincePid: number, session?: number): Promise<void> {
  const now = Date.now();
  const dueAt = now + (PASS_AT_MS[0] ?? 25);
  return new Promise((done) => {
    const existing = pendingSweeps.get(tagEntry);
    if (existing) {
      // The same tag again (an app-server thread interrupted twice): one sweep, on the later schedule.
      const previous = existing.done;
      existing.done = () => {
        previous();
        done();
      };
      Object.assign(existing, { sincePid: Math.min(existing.sincePid, sincePid), endedAt: now, pass: 0, dueAt: Math.min(existing.dueAt, dueAt) });
    } else {
      pendingSweeps.set(tagEntry, { tagEntry, sincePid, session, endedAt: now, pass: 0, dueAt, sweepDueNow: false, done });
      pendingIndex.tagEntries.add(tagEntry);
      if (session !== undefined) pendingIndex.sessions.set(session, tagEntry);
      // Usually a pass is planned already, no later than this turn needs one: nothing to look at.
      if (sweepTimer !== undefined && sweepDueAt <= Math.max(dueAt, lastPassAt + MIN_PASS_INTERVAL_MS)) return;
    }
    scheduleSweep();
  });
}

/** Makes a pending sweep run now and end at its first clean pass. */
function sweepNow(tagEntry: string): void {
  const target = pendingSweeps.get(tagEntry);
  if (target === undefined) return;
  target.sweepDueNow = true;
  target.dueAt = Math.min(target.dueAt, Date.now());
  if (!sweeping) {
    if (sweepTimer !== undefined) clearTimeout(sweepTimer);
    sweepTimer = undefined;
    sweepDueAt = Number.POSITIVE_INFINITY;
    scheduleSweep();
  }
}

/** Arms the timer for the earliest pass due (no sooner than the interval allows); a new turn never waits behind a later one. */
function scheduleSweep(): void {
  if (sweeping || pendingSweeps.size === 0) return;
  let dueAt = Number.POSITIVE_INFINITY;
  let sweepDueNow = false;
  for (const target of pendingSweeps.values()) {
    dueAt = Math.min(dueAt, target.dueAt);
    sweepDueNow ||= target.sweepDueNow;
  }
  if (!sweepDueNow) dueAt = Math.max(dueAt, lastPassAt + MIN_PASS_INTERVAL_MS);
  if (sweepTimer !== undefined && sweepDueAt <= dueAt) return;
  if (sweepTimer !== undefined) clearTimeout(sweepTimer);
  sweepDueAt = dueAt;
  sweepTimer = setTimeout(() => void runSweep(), Math.max(0, dueAt - Date.now()));
  // Unref'd: if the app exits first, the watchdog's session sweep ends these processes. Unless
  // someone waits for a sweep (Codex.close()): then the app must stay up until it is done.
  if (!sweepDueNow) sweepTimer.unref();
}

async function runSweep(): Promise<void> {
  sweepTimer = undefined;
  sweepDueAt = Number.POSITIVE_INFINITY;
  sweeping = true;
  const now = Date.now();
  lastPassAt = now;
  const due = [...pendingSweeps.values()].filter((target) => target.dueAt <= now);
  let matched = new Set<string>();
  let unsure = false;
  try {
    // Every pending tag is looked for, not only the ones due: ending a leftover early does no harm,
    // and the index is kept up to date instead of being built on every pass.
    ({ matched, unsure } = await killTagged(due, pendingIndex));
  } catch {
    // a failed pass must not stop later ones
  } finally {
    sweeping = false;
  }
  for (const target of due) {
    const pass = target.pass + 1;
    const nextPlanned = target.sweepDueNow ? undefined : PASS_AT_MS[pass];
    // A pass that killed something, or could not read some process, is followed up soon.
    const found = matched.has(target.tagEntry) || unsure;
    if (pass >= MAX_PASSES || (nextPlanned === undefined && !found)) {
      pendingSweeps.delete(target.tagEntry);
      pendingIndex.tagEntries.delete(target.tagEntry);
      if (target.session !== undefined) pendingIndex.sessions.delete(target.session);
      target.done();
      continue;
    }
    const followUp = Date.now() + FOLLOW_UP_MS;
    const planned = nextPlanned === undefined ? followUp : target.endedAt + nextPlanned;
    target.pass = pass;
    target.dueAt = found ? Math.min(planned, followUp) : planned;
  }
  scheduleSweep();
}
