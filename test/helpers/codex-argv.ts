/**
 * A model of how codex's argument parser (clap) reads a command line, to
 * compare command lines by meaning and to prove that no value becomes a flag:
 * `--name=value` and `--name value` are the same flag; after `--` everything
 * is positional.
 */

/** The flags of `codex exec` (and its subcommands) that take a value. */
export const VALUE_FLAGS = new Set([
  "--config",
  "--model",
  "--thread-source",
  "--sandbox",
  "--cd",
  "--add-dir",
  "--output-schema",
  "--cyber-access-program",
  "--image",
  "--profile",
  "--enable",
  "--disable",
  "--local-provider",
  "--base",
  "--commit",
  "--title",
]);

/** The flags this SDK may pass without a value. */
export const BARE_FLAGS = new Set(["--experimental-json", "--skip-git-repo-check", "--ephemeral", "--oss", "--ignore-user-config", "--ignore-rules", "--strict-config", "--uncommitted"]);

/** Words that name a subcommand where one may come. */
export const SUBCOMMANDS = new Set(["exec", "resume", "fork", "review"]);

/** One unit of a command line as the parser sees it. */
export type Parsed = { flag: string; value?: string } | { positional: string };

/**
 * Reads `argv` as clap would. Anything that clap would read as a flag this
 * SDK never passes (say `-cnotify=…`, or `--last`) makes it throw: that is a
 * value that became a flag.
 */
export function readCodexArgv(argv: readonly string[]): Parsed[] {
  const parsed: Parsed[] = [];
  let flagsEnded = false;
  for (let i = 0; i < argv.length; i += 1) {
    const token = argv[i] as string;
    if (flagsEnded || token === "-" || !token.startsWith("-")) {
      parsed.push({ positional: token });
      continue;
    }
    if (token === "--") {
      flagsEnded = true;
      continue;
    }
    const equals = token.indexOf("=");
    const name = equals === -1 ? token : token.slice(0, equals);
    if (VALUE_FLAGS.has(name)) {
      if (equals !== -1) parsed.push({ flag: name, value: token.slice(equals + 1) });
      else {
        const value = argv[i + 1];
        if (value === undefined) throw new Error(`${name} without a value`);
        // clap refuses a value that looks like a flag after a space: it would be read as one.
        if (value.startsWith("-") && value !== "-") throw new Error(`${name} followed by ${JSON.stringify(value)}, which codex reads as a flag`);
        parsed.push({ flag: name, value });
        i += 1;
      }
    } else if (BARE_FLAGS.has(name) && equals === -1) {
      parsed.push({ flag: name });
    } else {
      throw new Error(`codex would read ${JSON.stringify(token)} as a flag`);
    }
  }
  return parsed;
}
