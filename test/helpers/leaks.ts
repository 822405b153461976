import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";

/**
 * Every process a test file starts inherits this tag in its environment (set
 * on import), so processes left behind can be found in the OS process table
 * even after they were re-parented away from the test process.
 */
export const LEAK_TAG_VAR = "CODEX_SDK_TEST_TAG";
export const LEAK_TAG = randomUUID();
process.env[LEAK_TAG_VAR] = LEAK_TAG;

/**
 * Each test file gets a private TMPDIR (os.tmpdir() reads it on every call), so
 * checks for leftover temp files see only this file's, whatever runs in parallel.
 */
export const PRIVATE_TMPDIR = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-test-"));
process.env.TMPDIR = PRIVATE_TMPDIR;
process.once("exit", () => rmSync(PRIVATE_TMPDIR, { recursive: true, force: true }));

/** Pids of live (non-zombie) processes whose environment carries `tag`. */
export function processesWithTag(tag: string = LEAK_TAG): number[] {
  return processesWhoseEnvironmentHas(`${LEAK_TAG_VAR}=${tag}\0`);
}

/** True while `pid` is a live process (not gone, not a zombie). */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return !stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z");
  } catch {
    return false;
  }
}

/** Pids of live (non-zombie) processes other than this one whose environment holds `text`. */
export function processesWhoseEnvironmentHas(text: string): number[] {
  const needle = Buffer.from(text);
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    if (!isRunning(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/environ`).includes(needle)) found.push(pid);
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}

/** Describes pids for a failure message. */
function describe(pids: number[]): string {
  return pids
    .map((pid) => {
      try {
        const turn = /CODEX_SDK_TURN=([0-9a-f-]{8})/.exec(readFileSync(`/proc/${pid}/environ`, "latin1"))?.[1] ?? "none";
        const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
        const ppid = stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1];
        return `${pid} (ppid ${ppid}, turn ${turn}): ${readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").slice(0, 200)}`;
      } catch {
        return `${pid}: (gone)`;
      }
    })
    .join("\n");
}

/**
 * Resolves once no process started by this test file (other than `except`) is
 * alive; rejects after `withinMs` with the survivors listed. The process table
 * has no "process gone" event for non-children, so this polls it.
 */
export async function assertNoProcessesLeft(withinMs = 2000, except: readonly number[] = []): Promise<void> {
  const deadline = Date.now() + withinMs;
  const scan = (): number[] => processesWithTag().filter((pid) => !except.includes(pid));
  // A process in the middle of exec can be unreadable for an instant: three clean scans, not one.
  let clean = 0;
  let left = scan();
  while (clean < 3 && Date.now() < deadline) {
    clean = left.length === 0 ? clean + 1 : 0;
    if (clean < 3) await delay(20);
    left = scan();
  }
  if (left.length > 0) {
    throw new Error(`processes left running after ${withinMs} ms:\n${describe(left)}`);
  }
}
