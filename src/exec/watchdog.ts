import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";

/**
 * Every process of a turn carries `CODEX_SDK_TURN=<uuid>` in its environment
 * (codex passes it on to the shells and tools it starts). A tiny `sh` watchdog
 * per turn holds the read end of a pipe from this process. When the turn ends
 * the SDK writes `end`; when this process dies, even by SIGKILL, the pipe
 * reaches EOF. Either way the watchdog finds every process still carrying the
 * tag (through /proc on Linux, `ps -E` on macOS) and ends it: at once after
 * `end`, with SIGTERM and a one-second grace after the parent's death, so codex
 * can stop its tools. Processes that escape codex's process group, or were
 * re-parented after codex exited, are found all the same.
 */

export const TURN_TAG_VAR = "CODEX_SDK_TURN";

const WATCHDOG_SCRIPT = String.raw`
needle="$1"
tagged() {
  if [ -d /proc/self ]; then
    grep -lsazxF "$needle" /proc/[0-9]*/environ 2>/dev/null | sed -n 's#^/proc/\([0-9]*\)/environ$#\1#p'
  else
    ps -A -E -ww -o pid= -o command= 2>/dev/null | grep -F " $needle" | awk '{print $1}'
  fi
}
line=""
IFS= read -r line || true
if [ "$line" = "end" ]; then
  pids=$(tagged)
  [ -n "$pids" ] && kill -KILL $pids 2>/dev/null
  exit 0
fi
pids=$(tagged)
[ -z "$pids" ] && exit 0
kill -TERM $pids 2>/dev/null
sleep 1
pids=$(tagged)
[ -n "$pids" ] && kill -KILL $pids 2>/dev/null
exit 0
`;

/** A turn's tag and the watchdog guarding it. */
export class TurnWatchdog {
  /** `NAME=value` to add to the environment of the turn's codex process. */
  readonly tag = randomUUID();
  private process: ChildProcess | undefined;

  /** Starts the watchdog. Where there is no POSIX shell (Windows) it does nothing. */
  start(): void {
    if (process.platform === "win32") return;
    try {
      const child = spawn("/bin/sh", ["-c", WATCHDOG_SCRIPT, "codex-sdk-watchdog", `${TURN_TAG_VAR}=${this.tag}`], {
        stdio: ["pipe", "ignore", "ignore"],
        // Its own group: a Ctrl-C aimed at the app must not take the watchdog with it.
        detached: true,
        // Without the tag, so the sweep never finds the watchdog itself.
        env: { PATH: process.env.PATH ?? "/usr/bin:/bin" },
      });
      child.on("error", () => undefined);
      child.stdin?.on("error", () => undefined);
      // The watchdog must never keep the app alive.
      child.unref();
      (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();
      this.process = child;
    } catch {
      this.process = undefined;
    }
  }

  /** The turn is over: the watchdog ends whatever the turn left behind, then exits. */
  end(): void {
    const stdin = this.process?.stdin;
    this.process = undefined;
    if (stdin && !stdin.destroyed) stdin.end("end\n");
  }
}
