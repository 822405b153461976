/**
 * What a command approval is really about: codex shows a command as one
 * shell line (`/bin/bash -lc 'npm test'`), and a handler that matches text in
 * it (`includes("npm test")`) accepts `touch PWNED; echo npm test` too. This
 * splits the line the way the shell would into its commands, each an argv,
 * or refuses (null) when the line holds anything whose effect the words
 * alone do not show: substitutions, expansions, redirections, here-documents,
 * globs, subshells, background jobs, variable assignments, comments.
 */

/** Shells codex wraps a command in, and the flags that pass it a script. */
const SHELLS = new Set(["bash", "zsh", "sh", "dash"]);
const SCRIPT_FLAGS = new Set(["-c", "-lc", "-cl"]);

/**
 * The commands of a command approval: from its argv (a legacy request
 * carries one) or else the line codex shows (the argv, shell-quoted), with
 * codex's shell wrapper (`bash -lc '<script>'`) unwrapped. Null when it
 * cannot be split safely.
 */
export function commandsOf(argv: readonly string[] | undefined, line: string | undefined): string[][] | null {
  const words = argv !== undefined && argv.length > 0 ? [...argv] : line === undefined ? null : singleCommand(line);
  if (words === null || words.length === 0) return null;
  const shell = (words[0] ?? "").split("/").pop() ?? "";
  if (SHELLS.has(shell) && words.length === 3 && SCRIPT_FLAGS.has(words[1] ?? "")) return splitCommands(words[2] ?? "");
  return [words];
}

/** A line that must be one plain command: its words, or null. */
function singleCommand(line: string): string[] | null {
  const commands = splitCommands(line);
  return commands !== null && commands.length === 1 ? (commands[0] ?? null) : null;
}

/** Characters that end a word and mean something to the shell outside quotes. */
const OPERATOR = /[;&|\n]/;
/** Characters whose effect the words alone do not show, outside quotes. */
const UNSAFE = /[$`<>(){}*?[\]~#!]/;

/**
 * A shell script's commands (split at `;`, `&&`, `||`, `|` and newlines),
 * each as the words the shell would pass it; null when the script holds a
 * construct that cannot be split safely (see the module comment).
 */
export function splitCommands(script: string): string[][] | null {
  const commands: string[][] = [];
  let words: string[] = [];
  let word = "";
  let inWord = false;
  /** `&&`, `||` or `|` seen, and no command after it yet: the script must not end there. */
  let awaitingCommand = false;
  const endWord = (): void => {
    if (inWord) words.push(word);
    word = "";
    inWord = false;
  };
  const endCommand = (): boolean => {
    endWord();
    if (words.length === 0) return false;
    commands.push(words);
    words = [];
    awaitingCommand = false;
    return true;
  };
  for (let i = 0; i < script.length; i += 1) {
    const char = script[i] as string;
    if (char === " " || char === "\t") {
      endWord();
    } else if (char === "'") {
      const close = script.indexOf("'", i + 1);
      if (close === -1) return null;
      word += script.slice(i + 1, close);
      inWord = true;
      i = close;
    } else if (char === '"') {
      const read = doubleQuoted(script, i + 1);
      if (read === null) return null;
      word += read.text;
      inWord = true;
      i = read.end;
    } else if (char === "\\") {
      const next = script[i + 1];
      if (next === undefined) return null;
      i += 1;
      // A backslash-newline joins lines.
      if (next !== "\n") {
        word += next;
        inWord = true;
      }
    } else if (OPERATOR.test(char)) {
      const pair = script.slice(i, i + 2);
      const separator = pair === "&&" || pair === "||" ? pair : char;
      // A lone "&" runs a job in the background: not a command the line shows finishing.
      if (separator === "&") return null;
      // Every command a separator ends must exist ("a && && b" and "; a" are not plain lines).
      if (!endCommand() && separator !== "\n") return null;
      if (separator !== ";" && separator !== "\n") awaitingCommand = true;
      if (separator.length === 2) i += 1;
    } else if (UNSAFE.test(char)) {
      return null;
    } else {
      // An assignment before a command (FOO=bar cmd) changes its environment, which argv does not show.
      if (char === "=" && words.length === 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(word)) return null;
      word += char;
      inWord = true;
    }
  }
  endCommand();
  return commands.length === 0 || awaitingCommand ? null : commands;
}

/** The text of a double-quoted string from `start` (after the quote), and the index of its closing quote; null if it holds an expansion. */
function doubleQuoted(script: string, start: number): { text: string; end: number } | null {
  let text = "";
  for (let i = start; i < script.length; i += 1) {
    const char = script[i] as string;
    if (char === '"') return { text, end: i };
    if (char === "$" || char === "`") return null;
    if (char === "\\") {
      const next = script[i + 1];
      if (next === undefined) return null;
      // Inside double quotes a backslash escapes only these; before anything else it stays.
      if (next === '"' || next === "\\" || next === "$" || next === "`") text += next;
      else if (next !== "\n") text += `\\${next}`;
      i += 1;
      continue;
    }
    text += char;
  }
  return null;
}
