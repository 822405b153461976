import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { killTagged, type SweepTarget } from "./process-tree.js";

/**
 * Every process of a turn carries two tags in its environment, which codex
 * passes on to the shells and tools it starts: `CODEX_SDK_TURN=<uuid>` (this
 * turn) and `CODEX_SDK_SESSION=<uuid>` (this Node process).
 *
 * - When a turn ends, every process still carrying its turn tag is ended,
 *   pass after pass until a pass finds none (an orphaned shell may fork
 *   between passes). This catches processes that left codex's process group
 *   or were re-parented after codex exited. On Linux the SDK does this itself
 *   through /proc, reading only processes younger than the turn's codex;
 *   elsewhere it asks the watchdog (`end <tag>`).
 * - One small `sh` watchdog per Node process holds the read end of a pipe from
 *   it. At EOF this process is gone (even by SIGKILL) or exiting: the watchdog
 *   sends SIGTERM to everything carrying the session tag, so codex can stop its
 *   tools, SIGKILL a second later, and exits. Turns need not register with it.
 *
 * Processes are found through /proc on Linux and `ps -E` on macOS.
 */

export const TURN_TAG_VAR = "CODEX_SDK_TURN";
export const SESSION_TAG_VAR = "CODEX_SDK_SESSION";
/** Identifies this Node process's turns to its watchdog. */
export const SESSION_TAG = randomUUID();

// sh parameter expansions, kept out of the template literal below (where "${" is JS syntax).
const SH_STRIP_PROC = "${f#/proc/}";
const SH_STRIP_ENVIRON = "${f%/environ}";

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
  while [ $n -lt 50 ]; do
    pids=$(tagged "$1")
    [ -z "$pids" ] && return 0
    kill -KILL $pids 2>/dev/null
    n=$((n + 1))
  done
}
while IFS=" " read -r command tag; do
  [ "$command" = end ] && kill_all "${TURN_TAG_VAR}=$tag"
done
pids=$(tagged "${SESSION_TAG_VAR}=$1")
[ -z "$pids" ] && exit 0
kill -TERM $pids 2>/dev/null
sleep 1
kill_all "${SESSION_TAG_VAR}=$1"
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

/** One turn's tags, and the sweep that ends whatever the turn leaves behind. */
export class TurnWatchdog {
  /** Value of `CODEX_SDK_TURN` for this turn. */
  readonly tag = randomUUID();

  /** The variables to add to the environment of the turn's codex process. */
  get env(): Record<string, string> {
    return { [TURN_TAG_VAR]: this.tag, [SESSION_TAG_VAR]: SESSION_TAG };
  }

  /** Makes sure the watchdog runs before the turn's process starts. */
  start(): void {
    sharedWatchdog();
  }

  /**
   * The turn is over: whatever it left behind is ended. `codexPid` bounds the
   * Linux sweep to younger processes.
   */
  end(codexPid: number | undefined): void {
    if (process.platform === "linux" && codexPid !== undefined) {
      sweepUntilClean(`${TURN_TAG_VAR}=${this.tag}`, codexPid);
    } else {
      sharedWatchdog()?.stdin?.write(`end ${this.tag}\n`);
    }
  }
}

/**
 * Turns that ended recently wait here for one shared sweep: a burst of short
 * turns costs one /proc scan, not one each. A target whose sweep found
 * something is swept again (a dying shell may still fork), up to a limit.
 */
const SWEEP_DELAY_MS = 25;
const MAX_PASSES = 50;
const pendingSweeps = new Map<string, SweepTarget & { passesLeft: number }>();
let sweepScheduled = false;

function sweepUntilClean(needle: string, sincePid: number): void {
  pendingSweeps.set(needle, { needle, sincePid, passesLeft: MAX_PASSES });
  scheduleSweep();
}

function scheduleSweep(): void {
  if (sweepScheduled || pendingSweeps.size === 0) return;
  sweepScheduled = true;
  // Unref'd: if the app exits first, the watchdog's session sweep ends these processes.
  setTimeout(() => {
    const batch = [...pendingSweeps.values()];
    pendingSweeps.clear();
    void killTagged(batch).then((matched) => {
      sweepScheduled = false;
      for (const target of batch) {
        if (matched.has(target.needle) && target.passesLeft > 1 && !pendingSweeps.has(target.needle)) {
          pendingSweeps.set(target.needle, { ...target, passesLeft: target.passesLeft - 1 });
        }
      }
      scheduleSweep();
    });
  }, SWEEP_DELAY_MS).unref();
}
