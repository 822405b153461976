import { lstatSync, realpathSync } from "node:fs";
import path from "node:path";

/**
 * The matchers behind `approvalRules`: a command's argv against a rule, and
 * a changed file against a rule's globs, inside a workspace it cannot leave.
 */

/** What a command rule matches: an argv prefix, or a pattern tested on the argv joined by spaces. */
export type CommandPattern = readonly string[] | RegExp;

/** True when `argv` (one command, unwrapped from codex's shell) is covered by `pattern`. */
export function commandMatches(argv: readonly string[], pattern: CommandPattern): boolean {
  if (pattern instanceof RegExp) return pattern.test(argv.join(" "));
  return pattern.length > 0 && pattern.length <= argv.length && pattern.every((word, index) => argv[index] === word);
}

/**
 * `glob` as a regular expression over a relative path with `/` separators:
 * `**` spans directories (`src/**` is everything under `src`), `*` and `?`
 * stay within one name; everything else is literal.
 */
export function globToRegExp(glob: string): RegExp {
  let pattern = "";
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob[index] as string;
    if (char === "*" && glob[index + 1] === "*") {
      const slash = glob[index + 2] === "/";
      // "**/" is zero or more directories; a trailing "**" is anything below.
      pattern += slash ? "(?:.*/)?" : ".*";
      index += slash ? 2 : 1;
    } else if (char === "*") pattern += "[^/]*";
    else if (char === "?") pattern += "[^/]";
    else pattern += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${pattern}$`);
}

/**
 * The path of `file` relative to `root`, with `/` separators, when it lies
 * inside `root` both as written (no `..` out of it) and on disk (no symlink
 * on the way leads out: the deepest part that exists is resolved); else
 * undefined. A file that is `root` itself is not inside it, and nothing is
 * inside a root that does not exist here (its symlinks cannot be read).
 */
export function pathInside(root: string, file: string): string | undefined {
  const absolute = path.resolve(root, file);
  const relative = path.relative(root, absolute);
  if (relative === "" || relative.startsWith("..") || path.isAbsolute(relative)) return undefined;
  // A workspace this machine cannot see (a remote app-server's, elsewhere) cannot be checked for symlinks: nothing is inside it.
  const realRoot = realOrUndefined(root);
  if (realRoot === undefined) return undefined;
  const real = realOfDeepestExisting(absolute);
  if (real === undefined) return undefined;
  const realRelative = path.relative(realRoot, real);
  if (realRelative === "" || realRelative.startsWith("..") || path.isAbsolute(realRelative)) return undefined;
  return relative.split(path.sep).join("/");
}

function realOrUndefined(dir: string): string | undefined {
  try {
    return realpathSync(dir);
  } catch {
    return undefined;
  }
}

/**
 * `file` with its deepest existing ancestor (or itself) resolved through
 * symlinks, the rest appended; undefined when a dangling symlink is on the
 * way (writing through it would create its target, wherever that is).
 */
function realOfDeepestExisting(file: string): string | undefined {
  const missing: string[] = [];
  let at = file;
  for (;;) {
    try {
      return path.join(realpathSync(at), ...missing.reverse());
    } catch {
      if (isPresent(at)) return undefined;
      const parent = path.dirname(at);
      if (parent === at) return file;
      missing.push(path.basename(at));
      at = parent;
    }
  }
}

/** True when something (a dangling symlink included) is at `file`. */
function isPresent(file: string): boolean {
  try {
    lstatSync(file);
    return true;
  } catch {
    return false;
  }
}
