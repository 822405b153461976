import { CodexConfigError } from "./errors.js";

/**
 * Checks of option values, each throwing a `CodexConfigError` that names the
 * option (`ThreadOptions.model must not start with "-"`). Used by the table
 * of settings and by the `Codex` options' checks.
 */

/** Throws a `CodexConfigError` naming `name` when `value` (never undefined) is wrong. */
export type Check = (value: unknown, name: string) => void;

// eslint-disable-next-line no-control-regex -- control characters are exactly what it looks for
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** A value for a message: quoted, control characters escaped, bounded. */
export function shown(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}

export const isString: Check = (value, name) => {
  if (typeof value !== "string") throw new CodexConfigError(`${name} must be a string`);
  // A NUL cannot cross into a process (spawn would fail and quote the value, which may be a secret).
  if (value.includes("\0")) throw new CodexConfigError(`${name} must not contain a NUL character`);
};

/**
 * A name that reaches codex's command line as a flag's value or an argument
 * (a model, a profile, a feature, a thread id, a branch): never empty, never
 * starting with "-" (codex would take it for a flag), no control characters.
 */
export const isName: Check = (value, name) => {
  isString(value, name);
  const text = value as string;
  if (text.length === 0) throw new CodexConfigError(`${name} must not be empty`);
  if (text.startsWith("-")) throw new CodexConfigError(`${name} must not start with "-" (got ${shown(text)})`);
  if (CONTROL_CHARACTER.test(text)) throw new CodexConfigError(`${name} must not contain control characters (got ${shown(text)})`);
};

export const isNameArray: Check = (value, name) => {
  if (!Array.isArray(value)) throw new CodexConfigError(`${name} must be an array of strings`);
  value.forEach((item: unknown, index) => isName(item, `${name}[${index}]`));
};

export const isBoolean: Check = (value, name) => {
  if (typeof value !== "boolean") throw new CodexConfigError(`${name} must be a boolean`);
};

export const isFunction: Check = (value, name) => {
  if (typeof value !== "function") throw new CodexConfigError(`${name} must be a function`);
};

export const isStringArray: Check = (value, name) => {
  if (!Array.isArray(value)) throw new CodexConfigError(`${name} must be an array of strings`);
  value.forEach((item: unknown, index) => isString(item, `${name}[${index}]`));
};

/** Directories: strings, none empty. */
export const isPathArray: Check = (value, name) => {
  isStringArray(value, name);
  (value as string[]).forEach((dir, index) => {
    if (dir.length === 0) throw new CodexConfigError(`${name}[${index}] must not be empty`);
  });
};

export const isPositiveInteger: Check = (value, name) => integerCheck(value, name, 1);
export const isNonNegativeInteger: Check = (value, name) => integerCheck(value, name, 0);

export const isAbortSignal: Check = (value, name) => {
  if (!(value instanceof AbortSignal)) throw new CodexConfigError(`${name} must be an AbortSignal`);
};

function integerCheck(value: unknown, name: string, least: 0 | 1): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < least) {
    throw new CodexConfigError(`${name} must be a ${least === 0 ? "non-negative" : "positive"} integer`);
  }
}

/** One of `allowed`. */
export function oneOf(allowed: readonly string[]): Check {
  return (value, name) => {
    if (typeof value !== "string" || !allowed.includes(value)) {
      throw new CodexConfigError(`${name} must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}; got ${JSON.stringify(value)}`);
    }
  };
}

/** A plain object (not null, not an array). */
export function objectOf(value: unknown, where: string): Readonly<Record<string, unknown>> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new CodexConfigError(`${where} must be an object`);
  }
  return value as Readonly<Record<string, unknown>>;
}

/** A number that is finite and > 0 (a rate, a budget in dollars). */
export const isPositiveNumber: Check = (value, name) => {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) throw new CodexConfigError(`${name} must be a positive number`);
};

/** An object whose known keys each pass their check; an unknown key is refused (a typo in a limit must not silently lift it). */
export function shapeOf(fields: Readonly<Record<string, Check>>): Check {
  return (value, name) => {
    const bag = objectOf(value, name);
    for (const [key, item] of Object.entries(bag)) {
      const check = fields[key];
      if (check === undefined) throw new CodexConfigError(`${name}.${key} is not an option (known: ${Object.keys(fields).join(", ")})`);
      if (item !== undefined) check(item, `${name}.${key}`);
    }
  };
}

/** `retry`: attempts, delays, and who decides. */
export const isRetryOptions: Check = shapeOf({ attempts: isPositiveInteger, initialDelayMs: isNonNegativeInteger, maxDelayMs: isNonNegativeInteger, retryOn: isFunction });

/** `budget`: token and dollar limits. */
export const isBudgetOptions: Check = shapeOf({ maxTokens: isPositiveInteger, maxCostUsd: isPositiveNumber, interrupt: isBoolean });

/** `rateLimit`: turn and token rates, and the model's windows. */
export const isRateLimitOptions: Check = (value, name) => {
  shapeOf({ turnsPerMinute: isPositiveNumber, tokensPerMinute: isPositiveInteger, pauseAtPercent: isPositiveNumber })(value, name);
  const percent = (value as { pauseAtPercent?: number }).pauseAtPercent;
  if (percent !== undefined && percent > 100) throw new CodexConfigError(`${name}.pauseAtPercent must be at most 100`);
};

/** `remote.url`: a `ws://` or `unix://` address, without credentials (the token has a field of its own). */
const isAppServerUrl: Check = (value, name) => {
  isString(value, name);
  let url: URL;
  try {
    url = new URL(value as string);
  } catch {
    throw new CodexConfigError(`${name} must be a ws://host:port or unix:///path URL`);
  }
  if (url.protocol !== "ws:" && url.protocol !== "unix:") throw new CodexConfigError(`${name} must be a ws://host:port or unix:///path URL (got a ${url.protocol} URL)`);
  if (url.username !== "" || url.password !== "") throw new CodexConfigError(`${name} must not carry credentials: give the token as remote.token`);
  if (url.protocol === "unix:" && url.pathname.length <= 1) throw new CodexConfigError(`${name} must name the socket's path (unix:///path/to/socket)`);
};

/** `remote.token`: a secret, so the check never shows it; control characters would break the header it goes in. */
const isToken: Check = (value, name) => {
  isString(value, name);
  if ((value as string).length === 0 || CONTROL_CHARACTER.test(value as string)) throw new CodexConfigError(`${name} must be a non-empty string without control characters`);
};

/** `remote`: where an app-server someone else runs listens, and its token. */
export const isRemoteAppServer: Check = (value, name) => {
  shapeOf({ url: isAppServerUrl, token: isToken, connectTimeoutMs: isPositiveInteger })(value, name);
  if ((value as { url?: unknown }).url === undefined) throw new CodexConfigError(`${name}.url is required`);
};
