import { CodexConfigError } from "../errors.js";
import type { CodexConfigObject, CodexConfigValue } from "../options.js";

/**
 * Codex reads `--config key=value` by splitting at the first `=`, splitting the
 * key at every `.`, and parsing the value as TOML (falling back to a raw string
 * when that fails). So a dotted path may only hold bare keys; any other key is
 * placed inside an inline-table value, where TOML quoting is honoured. Values
 * are rendered so that they always parse, never silently becoming strings.
 */

const BARE_KEY = /^[A-Za-z0-9_-]+$/;

/** Deeper than this, a config is refused (codex's own config is a few levels deep; a cycle is infinitely deep). */
const MAX_DEPTH = 64;

/** Flattens a nested config object into `key=value` strings for `--config`. */
export function flattenConfig(config: CodexConfigObject): string[] {
  if (!isPlainObject(config)) {
    throw new CodexConfigError("Codex config overrides must be a plain object");
  }
  const overrides: string[] = [];
  for (const [key, child] of Object.entries(config)) {
    if (child === undefined) continue;
    checkKey(key, key);
    if (!BARE_KEY.test(key)) {
      throw new CodexConfigError(
        `Codex config key ${JSON.stringify(key)} at the top level must be a bare key (letters, digits, "_" and "-")`,
      );
    }
    flattenInto(child, key, overrides, 1);
  }
  return overrides;
}

function flattenInto(value: CodexConfigValue, path: string, overrides: string[], depth: number): void {
  checkDepth(depth, path);
  if (!isPlainObject(value)) {
    overrides.push(`${path}=${toTomlValue(value, path, depth)}`);
    return;
  }
  const entries = Object.entries(value).filter(([, child]) => child !== undefined);
  // An empty table, or one with a key the dotted path cannot carry, is sent whole as an inline table.
  if (entries.length === 0 || entries.some(([key]) => !BARE_KEY.test(key))) {
    overrides.push(`${path}=${toTomlValue(value, path, depth)}`);
    return;
  }
  for (const [key, child] of entries) {
    flattenInto(child, `${path}.${key}`, overrides, depth + 1);
  }
}

function checkDepth(depth: number, path: string): void {
  if (depth > MAX_DEPTH) {
    throw new CodexConfigError(`Codex config at ${path.slice(0, 200)}… is nested more than ${MAX_DEPTH} levels deep (does it contain itself?)`);
  }
}

/** Renders a config value as a TOML literal that parses back to exactly that value. */
export function toTomlValue(value: unknown, path: string, depth = 0): string {
  checkDepth(depth, path);
  switch (typeof value) {
    case "string":
      return tomlString(value, path);
    case "number":
      return tomlNumber(value, path);
    case "boolean":
      return value ? "true" : "false";
    case "object":
      if (value === null) {
        throw new CodexConfigError(`Codex config override at ${path} cannot be null`);
      }
      if (Array.isArray(value)) {
        const items: string[] = [];
        // Index by index: map() would skip the holes of a sparse array ([1, , 3]) and leave them empty.
        for (let index = 0; index < value.length; index += 1) {
          const item: unknown = value[index];
          if (item === undefined) {
            throw new CodexConfigError(`Codex config override at ${path}[${index}] cannot be undefined (an array must not have holes)`);
          }
          items.push(toTomlValue(item, `${path}[${index}]`, depth + 1));
        }
        return `[${items.join(", ")}]`;
      }
      if (isPlainObject(value)) {
        const parts: string[] = [];
        for (const [key, child] of Object.entries(value)) {
          if (child === undefined) continue;
          checkKey(key, `${path}.${key}`);
          parts.push(`${tomlKey(key, path)} = ${toTomlValue(child, `${path}.${key}`, depth + 1)}`);
        }
        return `{${parts.join(", ")}}`;
      }
      throw new CodexConfigError(`Codex config override at ${path} must be a plain object, not ${describe(value)}`);
    default:
      throw new CodexConfigError(`Unsupported Codex config override value at ${path}: ${typeof value}`);
  }
}

function checkKey(key: string, path: string): void {
  if (key.length === 0) {
    throw new CodexConfigError(`Codex config override keys must be non-empty strings (at ${path})`);
  }
}

function tomlKey(key: string, path: string): string {
  return BARE_KEY.test(key) ? key : tomlString(key, `${path} (key)`);
}

function tomlNumber(value: number, path: string): string {
  if (!Number.isFinite(value)) {
    throw new CodexConfigError(`Codex config override at ${path} must be a finite number`);
  }
  if (Object.is(value, -0)) return "-0.0";
  const text = String(value);
  // TOML integers are 64-bit: a larger whole number is sent as the float JS holds.
  if (Number.isInteger(value) && (Math.abs(value) >= 2 ** 63 || text.includes("e"))) return value.toExponential();
  return text;
}

// The same short escapes JSON uses, so plain strings render exactly as the official SDK renders them.
const SHORT_ESCAPES: Readonly<Record<number, string>> = { 8: "\\b", 9: "\\t", 10: "\\n", 12: "\\f", 13: "\\r" };

/** A TOML basic string: every control character escaped, everything else as is. */
function tomlString(value: string, path: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      const next = value.charCodeAt(i + 1);
      if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        out += value[i] + (value[i + 1] ?? "");
        i += 1;
        continue;
      }
      throw new CodexConfigError(`Codex config override at ${path} contains a lone UTF-16 surrogate`);
    }
    if (code === 0x22) out += '\\"';
    else if (code === 0x5c) out += "\\\\";
    else if (code < 0x20 || code === 0x7f) out += SHORT_ESCAPES[code] ?? `\\u${code.toString(16).padStart(4, "0")}`;
    else out += value[i] ?? "";
  }
  return `${out}"`;
}

function isPlainObject(value: unknown): value is CodexConfigObject {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describe(value: object): string {
  return value.constructor?.name ?? "an object";
}
