import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";

/**
 * Every process of a turn carries `CODEX_SDK_TURN=<uuid>` in its environment
 * (codex passes it on to the shells and tools it starts). One small `sh`
 * watchdog per Node process holds the read end of a pipe from this process;
 * turns announce themselves on it (`start <tag>`, `end <tag>`).
 *
 * - On `end`, the watchdog ends every process still carrying that tag, pass
 *   after pass until a pass finds none (an orphaned shell may fork between
 *   passes). This catches processes that left codex's process group or were
 *   re-parented after codex exited.
 * - On EOF, this process is gone (even by SIGKILL) or exiting: the watchdog
 *   sends SIGTERM to the processes of every turn still running, so codex can
 *   stop its tools, then SIGKILL after a second, and exits.
 *
 * Processes are found through /proc on Linux and `ps -E` on macOS.
 */

export const TURN_TAG_VAR = "CODEX_SDK_TURN";

const WATCHDOG_SCRIPT = String.raw`
tagged() {
  if [ -d /proc/self ]; then
    grep -lsazxF "${TURN_TAG_VAR}=$1" /proc/[0-9]*/environ 2>/dev/null | sed -n 's#^/proc/\([0-9]*\)/environ$#\1#p'
  else
    ps -A -E -ww -o pid= -o command= 2>/dev/null | grep -F " ${TURN_TAG_VAR}=$1" | awk '{print $1}'
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
active=""
while IFS=" " read -r command tag; do
  case "$command" in
    start) active="$active $tag" ;;
    end)
      kill_all "$tag"
      rest=""
      for t in $active; do [ "$t" = "$tag" ] || rest="$rest $t"; done
      active=$rest
      ;;
  esac
done
[ -z "$active" ] && exit 0
for t in $active; do
  pids=$(tagged "$t")
  [ -n "$pids" ] && kill -TERM $pids 2>/dev/null
done
sleep 1
for t in $active; do kill_all "$t"; done
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
    const child = spawn("/bin/sh", ["-c", WATCHDOG_SCRIPT, "codex-sdk-watchdog"], {
      stdio: ["pipe", "ignore", "ignore"],
      // Its own group: a Ctrl-C aimed at the app must not take the watchdog with it.
      detached: true,
      // Without any turn's tag, so a sweep never finds the watchdog itself.
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

/** One turn's tag, registered with the watchdog for the length of the turn. */
export class TurnWatchdog {
  /** Value of `CODEX_SDK_TURN` in the environment of the turn's codex process. */
  readonly tag = randomUUID();
  private registered = false;

  /** Registers the turn before its process starts. */
  start(): void {
    this.registered = sharedWatchdog()?.stdin?.write(`start ${this.tag}\n`) !== undefined;
  }

  /** The turn is over: the watchdog ends whatever the turn left behind. */
  end(): void {
    if (!this.registered) return;
    this.registered = false;
    sharedWatchdog()?.stdin?.write(`end ${this.tag}\n`);
  }
}
