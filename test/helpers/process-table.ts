import { readFileSync } from "node:fs";
import { processesWithTag } from "./leaks.js";

/** Command line of a pid, or "" when it is gone. */
export function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return "";
  }
}

/** Pids started by this test file whose command line matches. */
export function tagged(pattern: RegExp): number[] {
  return processesWithTag().filter((pid) => pattern.test(commandLine(pid)));
}
