/**
 * What codex wrote to stderr, as an error message should show it: its own
 * `Error:` line first, without the lines that say nothing about the failure
 * (the PATH-aliases warning of a CODEX_HOME under /tmp, the bundled-bubblewrap
 * notice, "Reading prompt from stdin...", a stack backtrace of unknown
 * frames) and without terminal colour codes. The whole tail stays on the
 * error's `stderr` field.
 */

// eslint-disable-next-line no-control-regex -- the escape character is what it looks for
const COLOUR = /\u001b\[[0-9;?]*[A-Za-z]/g;
const NOISE = [
  /^WARNING: proceeding, even though we could not create PATH aliases/,
  /could not find bubblewrap on PATH/,
  /^Reading prompt from stdin\.\.\.$/,
];
const BACKTRACE = /^Stack backtrace:$/;
const FRAME = /^\s+(\d+:|at )/;

/** `stderr` cleaned for a message; returned as it is when there is nothing to clean (so messages stay as codex wrote them). */
export function summarizeStderr(stderr: string): string {
  const lines = stderr.replace(COLOUR, "").split("\n");
  const kept: string[] = [];
  let inBacktrace = false;
  for (const line of lines) {
    if (BACKTRACE.test(line)) {
      inBacktrace = true;
      continue;
    }
    if (inBacktrace && (FRAME.test(line) || line.trim() === "")) continue;
    inBacktrace = false;
    if (line.trim() === "" || NOISE.some((noise) => noise.test(line))) continue;
    kept.push(line);
  }
  // codex's own error first: it says what went wrong.
  const errors = kept.filter((line) => line.startsWith("Error:"));
  const ordered = [...errors, ...kept.filter((line) => !line.startsWith("Error:"))];
  const summary = ordered.join("\n");
  return summary === stderr.split("\n").filter((line) => line.trim() !== "").join("\n") ? stderr : summary;
}

/** An exit error's message: what happened, then what codex said (cleaned), when it said anything. */
export function exitMessage(headline: string, stderr: string): string {
  const summary = summarizeStderr(stderr);
  return summary.trim() === "" ? headline : `${headline}: ${summary}`;
}
