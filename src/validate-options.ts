import { constants } from "node:buffer";
import { statSync } from "node:fs";
import path from "node:path";
import { CodexConfigError } from "./errors.js";
import { isStandardSchema } from "./output-schema.js";
import type { CodexOptions, ReviewRequest, ThreadOptions, TurnOptions } from "./options.js";

/**
 * Checks options when they are given (at `new Codex`, `startThread`, `run`),
 * so a typo fails with a message naming the option instead of a codex error
 * later. Unknown keys are allowed: they may come from a newer SDK's typings.
 */

const SANDBOX_MODES = ["read-only", "workspace-write", "danger-full-access"];
const APPROVAL_MODES = ["never", "on-request", "on-failure", "untrusted"];
const EFFORTS = ["minimal", "low", "medium", "high", "xhigh", "max", "ultra", "persistent"];
const WEB_SEARCH_MODES = ["disabled", "cached", "live"];
const LOCAL_PROVIDERS = ["lmstudio", "ollama"];
const CYBER_PROGRAMS = ["standard", "daybreak_blue", "daybreak_red"];

const MAX_STRING_LENGTH = constants.MAX_STRING_LENGTH;

type Bag = Readonly<Record<string, unknown>>;
/** Throws a `CodexConfigError` naming `name` (`ThreadOptions.model`) when `value` (never undefined) is wrong. */
type Check = (value: unknown, name: string) => void;

const isString: Check = (value, name) => {
  if (typeof value !== "string") throw new CodexConfigError(`${name} must be a string`);
  // A NUL cannot cross into a process (spawn would fail and quote the value, which may be a secret).
  if (value.includes("\0")) throw new CodexConfigError(`${name} must not contain a NUL character`);
};
/**
 * A name that reaches codex's command line as a flag's value or an argument
 * (a model, a profile, a feature, a thread id, a branch): never empty, never
 * starting with "-" (codex would take it for a flag), no control characters.
 */
const isName: Check = (value, name) => {
  isString(value, name);
  const text = value as string;
  if (text.length === 0) throw new CodexConfigError(`${name} must not be empty`);
  if (text.startsWith("-")) throw new CodexConfigError(`${name} must not start with "-" (got ${shown(text)})`);
  if (CONTROL_CHARACTER.test(text)) throw new CodexConfigError(`${name} must not contain control characters (got ${shown(text)})`);
};
const isNameArray: Check = (value, name) => {
  if (!Array.isArray(value)) throw new CodexConfigError(`${name} must be an array of strings`);
  value.forEach((item: unknown, index) => isName(item, `${name}[${index}]`));
};
// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** A value for a message: quoted, control characters escaped, bounded. */
function shown(value: string): string {
  const quoted = JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  return quoted;
}
const isBoolean: Check = (value, name) => {
  if (typeof value !== "boolean") throw new CodexConfigError(`${name} must be a boolean`);
};
const isFunction: Check = (value, name) => {
  if (typeof value !== "function") throw new CodexConfigError(`${name} must be a function`);
};
const isStringArray: Check = (value, name) => {
  if (!Array.isArray(value)) throw new CodexConfigError(`${name} must be an array of strings`);
  value.forEach((item: unknown, index) => isString(item, `${name}[${index}]`));
};
const isPositiveInteger: Check = (value, name) => integerCheck(value, name, 1);
const isNonNegativeInteger: Check = (value, name) => integerCheck(value, name, 0);
const isAbortSignal: Check = (value, name) => {
  if (!(value instanceof AbortSignal)) throw new CodexConfigError(`${name} must be an AbortSignal`);
};

function integerCheck(value: unknown, name: string, least: 0 | 1): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < least) {
    throw new CodexConfigError(`${name} must be a ${least === 0 ? "non-negative" : "positive"} integer`);
  }
}

function oneOf(allowed: readonly string[]): Check {
  return (value, name) => {
    if (typeof value !== "string" || !allowed.includes(value)) {
      throw new CodexConfigError(`${name} must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}; got ${JSON.stringify(value)}`);
    }
  };
}

const DURATIONS = { turnTimeoutMs: isNonNegativeInteger, idleTimeoutMs: isNonNegativeInteger, killGraceMs: isNonNegativeInteger };

const CODEX_CHECKS: Readonly<Record<string, Check>> = {
  codexPathOverride: isString,
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
  transport: oneOf(["exec", "app-server"]),
  onApproval: isFunction,
  approvalTimeoutMs: isPositiveInteger,
  requestTimeoutMs: isPositiveInteger,
  maxRequestsInFlight: isPositiveInteger,
  restartWindowMs: isPositiveInteger,
  maxRestarts: isNonNegativeInteger,
  maxLineBytes: (value, name) => {
    isPositiveInteger(value, name);
    // A line becomes one string: V8 cannot make a longer one.
    if ((value as number) > MAX_STRING_LENGTH) {
      throw new CodexConfigError(`${name} must be at most ${MAX_STRING_LENGTH} (the longest string V8 can make)`);
    }
  },
  ...DURATIONS,
};

const THREAD_CHECKS: Readonly<Record<string, Check>> = {
  model: isName,
  threadSource: isName,
  workingDirectory: isString,
  profile: isName,
  skipGitRepoCheck: isBoolean,
  networkAccessEnabled: isBoolean,
  webSearchEnabled: isBoolean,
  ephemeral: isBoolean,
  oss: isBoolean,
  ignoreUserConfig: isBoolean,
  ignoreRules: isBoolean,
  strictConfig: isBoolean,
  onApproval: isFunction,
  approvalTimeoutMs: isPositiveInteger,
  sandboxMode: oneOf(SANDBOX_MODES),
  approvalPolicy: oneOf(APPROVAL_MODES),
  modelReasoningEffort: oneOf(EFFORTS),
  webSearchMode: oneOf(WEB_SEARCH_MODES),
  localProvider: oneOf(LOCAL_PROVIDERS),
  additionalDirectories: (value, name) => {
    isStringArray(value, name);
    (value as string[]).forEach((dir, index) => {
      if (dir.length === 0) throw new CodexConfigError(`${name}[${index}] must not be empty`);
    });
  },
  enableFeatures: isNameArray,
  disableFeatures: isNameArray,
};

const TURN_CHECKS: Readonly<Record<string, Check>> = {
  cyberAccessProgram: oneOf(CYBER_PROGRAMS),
  signal: isAbortSignal,
  ...DURATIONS,
  toJsonSchema: isFunction,
  outputSchema: (value) => {
    if (!isStandardSchema(value)) validateOutputSchema(value);
  },
};

const REVIEW_CHECKS: Readonly<Record<string, Check>> = {
  uncommitted: isBoolean,
  base: isName,
  commit: isName,
  instructions: isString,
  title: isString,
};

/** Runs the check of each key `bag` has (options are checked on every turn: only the keys given cost anything). */
function checkKeys(value: unknown, checks: Readonly<Record<string, Check>>, where: string): Bag {
  const bag = objectOf(value, where);
  for (const key in bag) {
    const item = bag[key];
    if (item !== undefined && Object.hasOwn(checks, key)) (checks[key] as Check)(item, `${where}.${key}`);
  }
  return bag;
}

export function validateCodexOptions(options: CodexOptions): void {
  checkKeys(options, CODEX_CHECKS, "CodexOptions");
}

export function validateThreadOptions(options: ThreadOptions): void {
  checkKeys(options, THREAD_CHECKS, "ThreadOptions");
}

export function validateTurnOptions(options: TurnOptions): void {
  checkKeys(options, TURN_CHECKS, "TurnOptions");
}

/** A JSON Schema object that can be sent as JSON. */
function validateOutputSchema(schema: unknown): void {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) {
    throw new CodexConfigError("outputSchema must be a plain JSON object");
  }
  try {
    JSON.stringify(schema);
  } catch (error) {
    throw new CodexConfigError(`outputSchema cannot be serialized as JSON: ${(error as Error).message}`);
  }
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

/**
 * The thread's directories exist and are directories, checked before each
 * turn (codex would otherwise fail with an error that does not name the
 * directory, or, on app-server, run a turn whose every command fails).
 */
export function checkDirectories(options: ThreadOptions): void {
  if (options.workingDirectory !== undefined) requireDirectory(options.workingDirectory, "ThreadOptions.workingDirectory");
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

function objectOf(value: unknown, where: string): Bag {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new CodexConfigError(`${where} must be an object`);
  }
  return value as Bag;
}
