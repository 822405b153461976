import { constants } from "node:buffer";
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
};
const isBoolean: Check = (value, name) => {
  if (typeof value !== "boolean") throw new CodexConfigError(`${name} must be a boolean`);
};
const isFunction: Check = (value, name) => {
  if (typeof value !== "function") throw new CodexConfigError(`${name} must be a function`);
};
const isStringArray: Check = (value, name) => {
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    throw new CodexConfigError(`${name} must be an array of strings`);
  }
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
      if (typeof item !== "string") throw new CodexConfigError(`${name}.${key} must be a string`);
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
  model: isString,
  threadSource: isString,
  workingDirectory: isString,
  profile: isString,
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
  additionalDirectories: isStringArray,
  enableFeatures: isStringArray,
  disableFeatures: isStringArray,
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
  base: isString,
  commit: isString,
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
