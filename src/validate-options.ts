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

export function validateCodexOptions(options: CodexOptions): void {
  const bag = objectOf(options, "CodexOptions");
  string(bag, "codexPathOverride", "CodexOptions");
  string(bag, "baseUrl", "CodexOptions");
  string(bag, "apiKey", "CodexOptions");
  stringArray(bag, "configOverrides", "CodexOptions");
  if (bag.env !== undefined) {
    const env = objectOf(bag.env, "CodexOptions.env");
    for (const [key, value] of Object.entries(env)) {
      if (typeof value !== "string") throw new CodexConfigError(`CodexOptions.env.${key} must be a string`);
    }
  }
  positiveInteger(bag, "maxConcurrentTurns", "CodexOptions");
  oneOf(bag, "transport", ["exec", "app-server"], "CodexOptions");
  fn(bag, "onApproval", "CodexOptions");
  for (const key of ["approvalTimeoutMs", "requestTimeoutMs", "maxRequestsInFlight", "restartWindowMs"]) positiveInteger(bag, key, "CodexOptions");
  positiveInteger(bag, "maxRestarts", "CodexOptions", true);
  positiveInteger(bag, "maxLineBytes", "CodexOptions");
  // A line becomes one string: V8 cannot make a longer one.
  if (typeof bag.maxLineBytes === "number" && bag.maxLineBytes > MAX_STRING_LENGTH) {
    throw new CodexConfigError(`CodexOptions.maxLineBytes must be at most ${MAX_STRING_LENGTH} (the longest string V8 can make)`);
  }
  durations(bag, "CodexOptions");
}

export function validateThreadOptions(options: ThreadOptions): void {
  const bag = objectOf(options, "ThreadOptions");
  for (const key of ["model", "threadSource", "workingDirectory", "profile"]) string(bag, key, "ThreadOptions");
  for (const key of ["skipGitRepoCheck", "networkAccessEnabled", "webSearchEnabled", "ephemeral", "oss"]) {
    boolean(bag, key, "ThreadOptions");
  }
  for (const key of ["ignoreUserConfig", "ignoreRules", "strictConfig"]) boolean(bag, key, "ThreadOptions");
  fn(bag, "onApproval", "ThreadOptions");
  positiveInteger(bag, "approvalTimeoutMs", "ThreadOptions");
  oneOf(bag, "sandboxMode", SANDBOX_MODES, "ThreadOptions");
  oneOf(bag, "approvalPolicy", APPROVAL_MODES, "ThreadOptions");
  oneOf(bag, "modelReasoningEffort", EFFORTS, "ThreadOptions");
  oneOf(bag, "webSearchMode", WEB_SEARCH_MODES, "ThreadOptions");
  oneOf(bag, "localProvider", LOCAL_PROVIDERS, "ThreadOptions");
  for (const key of ["additionalDirectories", "enableFeatures", "disableFeatures"]) {
    stringArray(bag, key, "ThreadOptions");
  }
}

export function validateTurnOptions(options: TurnOptions): void {
  const bag = objectOf(options, "TurnOptions");
  oneOf(bag, "cyberAccessProgram", CYBER_PROGRAMS, "TurnOptions");
  if (bag.signal !== undefined && !(bag.signal instanceof AbortSignal)) {
    throw new CodexConfigError("TurnOptions.signal must be an AbortSignal");
  }
  durations(bag, "TurnOptions");
  fn(bag, "toJsonSchema", "TurnOptions");
  if (bag.outputSchema !== undefined && !isStandardSchema(bag.outputSchema)) validateOutputSchema(bag.outputSchema);
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
  boolean(bag, "uncommitted", "ReviewRequest");
  for (const key of ["base", "commit", "instructions", "title"]) string(bag, key, "ReviewRequest");
}

function durations(bag: Bag, where: string): void {
  for (const key of ["turnTimeoutMs", "idleTimeoutMs", "killGraceMs"]) positiveInteger(bag, key, where, true);
}

function objectOf(value: unknown, where: string): Bag {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new CodexConfigError(`${where} must be an object`);
  }
  return value as Bag;
}

function string(bag: Bag, key: string, where: string): void {
  if (bag[key] !== undefined && typeof bag[key] !== "string") {
    throw new CodexConfigError(`${where}.${key} must be a string`);
  }
}

function boolean(bag: Bag, key: string, where: string): void {
  if (bag[key] !== undefined && typeof bag[key] !== "boolean") {
    throw new CodexConfigError(`${where}.${key} must be a boolean`);
  }
}

function stringArray(bag: Bag, key: string, where: string): void {
  const value = bag[key];
  if (value === undefined) return;
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    throw new CodexConfigError(`${where}.${key} must be an array of strings`);
  }
}

function fn(bag: Bag, key: string, where: string): void {
  if (bag[key] !== undefined && typeof bag[key] !== "function") {
    throw new CodexConfigError(`${where}.${key} must be a function`);
  }
}

function oneOf(bag: Bag, key: string, allowed: readonly string[], where: string): void {
  const value = bag[key];
  if (value !== undefined && (typeof value !== "string" || !allowed.includes(value))) {
    throw new CodexConfigError(
      `${where}.${key} must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}; got ${JSON.stringify(value)}`,
    );
  }
}

function positiveInteger(bag: Bag, key: string, where: string, allowZero = false): void {
  const value = bag[key];
  if (value === undefined) return;
  if (typeof value !== "number" || !Number.isInteger(value) || value < (allowZero ? 0 : 1)) {
    throw new CodexConfigError(`${where}.${key} must be a ${allowZero ? "non-negative" : "positive"} integer`);
  }
}
