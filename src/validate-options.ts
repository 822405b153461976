import { constants } from "node:buffer";
import { statSync } from "node:fs";
import path from "node:path";
import { isBoolean, isBudgetOptions, isFunction, isName, isNonNegativeInteger, isPositiveInteger, isRateLimitOptions, isRemoteAppServer, isRetryOptions, isString, isStringArray, objectOf, oneOf, shown, type Check } from "./checks.js";
import { CodexConfigError } from "./errors.js";
import type { CodexOptions, ReviewRequest, ThreadOptions, TurnOptions } from "./options.js";
import { checksOf } from "./settings.js";

/**
 * Checks options when they are given (at `new Codex`, `startThread`, `run`),
 * so a typo fails with a message naming the option instead of a codex error
 * later: the `Codex`'s options here, thread and turn options by the table of
 * settings. Unknown keys are allowed: they may come from a newer SDK's typings.
 */

/** A line becomes one string: V8 cannot make a longer one. */
const MAX_STRING_LENGTH = constants.MAX_STRING_LENGTH;

const DURATIONS = { turnTimeoutMs: isNonNegativeInteger, idleTimeoutMs: isNonNegativeInteger, killGraceMs: isNonNegativeInteger };

/** Checks by option name: only the keys given are looked up. */
type Checks = ReadonlyMap<string, Check>;

const CODEX_CHECKS: Checks = checks({
  codexPathOverride: isString,
  allowUntestedCodexVersion: isBoolean,
  baseUrl: isString,
  apiKey: isString,
  configOverrides: isStringArray,
  env: (value, name) => {
    const env = objectOf(value, name);
    for (const [key, item] of Object.entries(env)) {
      if (key.length === 0 || key.includes("=") || key.includes("\0")) {
        throw new CodexConfigError(`${name} has an invalid variable name ${shown(key)}: names are not empty and hold neither "=" nor NUL`);
      }
      isString(item, `${name}.${key}`);
    }
  },
  maxConcurrentTurns: isPositiveInteger,
  retry: isRetryOptions,
  remote: isRemoteAppServer,
  rateLimit: isRateLimitOptions,
  budget: isBudgetOptions,
  transport: oneOf(["exec", "app-server"]),
  onApproval: isFunction,
  approvalTimeoutMs: isPositiveInteger,
  requestTimeoutMs: isPositiveInteger,
  maxRequestsInFlight: isPositiveInteger,
  restartWindowMs: isPositiveInteger,
  maxRestarts: isNonNegativeInteger,
  maxLineBytes: (value, name) => {
    isPositiveInteger(value, name);
    if ((value as number) > MAX_STRING_LENGTH) {
      throw new CodexConfigError(`${name} must be at most ${MAX_STRING_LENGTH} (the longest string V8 can make)`);
    }
  },
  ...DURATIONS,
});

const REVIEW_CHECKS: Checks = checks({
  uncommitted: isBoolean,
  base: isName,
  commit: isName,
  instructions: isString,
  title: isString,
});

const THREAD_CHECKS: Checks = checksOf("thread");
const TURN_CHECKS: Checks = checksOf("turn");

function checks(byName: Readonly<Record<string, Check>>): Checks {
  return new Map(Object.entries(byName));
}

/** Runs the check of each key `bag` has (options are checked on every turn: only the keys given cost anything). */
function checkKeys(value: unknown, checks: Checks, where: string): Readonly<Record<string, unknown>> {
  const bag = objectOf(value, where);
  for (const key in bag) {
    const item = bag[key];
    if (item === undefined) continue;
    checks.get(key)?.(item, `${where}.${key}`);
  }
  return bag;
}

/** Options of the process the SDK starts: with `remote`, the SDK starts none. */
const PROCESS_OPTIONS = ["codexPathOverride", "config", "configOverrides", "env", "apiKey", "baseUrl"] as const;

export function validateCodexOptions(options: CodexOptions): void {
  checkKeys(options, CODEX_CHECKS, "CodexOptions");
  if (options.remote !== undefined) {
    if (options.transport !== "app-server") throw new CodexConfigError('CodexOptions.remote needs transport: "app-server"');
    const given = PROCESS_OPTIONS.filter((name) => options[name] !== undefined);
    if (given.length > 0) throw new CodexConfigError(`CodexOptions.remote: the SDK starts no process, so ${given.join(", ")} cannot apply (the remote app-server's own config does)`);
  }
}

export function validateThreadOptions(options: ThreadOptions): void {
  checkKeys(options, THREAD_CHECKS, "ThreadOptions");
}

export function validateTurnOptions(options: TurnOptions): void {
  checkKeys(options, TURN_CHECKS, "TurnOptions");
}

/**
 * The thread options with their directories made absolute (against the
 * current directory, now): a relative one would otherwise be resolved by a
 * process started later, or elsewhere (the app-server's own directory), and
 * an absolute path can never be taken for a flag.
 */
export function resolveThreadPaths(options: ThreadOptions): ThreadOptions {
  const resolved: ThreadOptions = { ...options };
  // "" means "not given", as for the official SDK.
  if (options.workingDirectory) resolved.workingDirectory = path.resolve(options.workingDirectory);
  if (options.additionalDirectories !== undefined) resolved.additionalDirectories = options.additionalDirectories.map((dir) => path.resolve(dir));
  return resolved;
}

/** A turn's `workingDirectory` made absolute and checked (as a thread's is), before the turn starts. */
export function resolveTurnPaths<T extends { workingDirectory?: string | undefined }>(options: T): T {
  if (!options.workingDirectory) return options;
  const workingDirectory = path.resolve(options.workingDirectory);
  requireDirectory(workingDirectory, "TurnOptions.workingDirectory");
  return { ...options, workingDirectory };
}

/**
 * The thread's directories exist and are directories, checked before each
 * turn (codex would otherwise fail with an error that does not name the
 * directory, or, on app-server, run a turn whose every command fails).
 */
export function checkDirectories(options: ThreadOptions): void {
  if (options.workingDirectory) requireDirectory(options.workingDirectory, "ThreadOptions.workingDirectory");
  options.additionalDirectories?.forEach((dir, index) => requireDirectory(dir, `ThreadOptions.additionalDirectories[${index}]`));
}

function requireDirectory(dir: string, name: string): void {
  let isDirectory: boolean;
  try {
    isDirectory = statSync(dir).isDirectory();
  } catch {
    throw new CodexConfigError(`${name}: ${JSON.stringify(dir)} does not exist`);
  }
  if (!isDirectory) throw new CodexConfigError(`${name}: ${JSON.stringify(dir)} is not a directory`);
}

/** A thread id given by the caller (it may come from the caller's own users): a name codex cannot take for a flag. */
export function validateThreadId(id: unknown, where: string): asserts id is string {
  isName(id, where);
}

export function validateReviewRequest(request: ReviewRequest): void {
  const bag = objectOf(request, "ReviewRequest");
  const targets = ["uncommitted", "base", "commit", "instructions"].filter(
    (key) => bag[key] !== undefined && bag[key] !== false,
  );
  if (targets.length !== 1) {
    throw new CodexConfigError(
      `ReviewRequest needs exactly one of uncommitted, base, commit or instructions (got ${targets.length === 0 ? "none" : targets.join(", ")})`,
    );
  }
  checkKeys(bag, REVIEW_CHECKS, "ReviewRequest");
}

