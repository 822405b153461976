/**
 * Checks of JSON read from codex, shared by both transports: each names the
 * field that is wrong, so a bad message becomes a clear `CodexParseError`.
 */

/** Why a message is not what it claims to be. The transport turns it into a `CodexParseError` with the line attached. */
export class InvalidEventError extends Error {}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function requireString(object: JsonObject, field: string, where: string): string {
  const value = object[field];
  if (typeof value !== "string") throw new InvalidEventError(`${where}: "${field}" must be a string`);
  return value;
}

export function requireNumber(object: JsonObject, field: string, where: string): number {
  const value = object[field];
  if (typeof value !== "number") throw new InvalidEventError(`${where}: "${field}" must be a number`);
  return value;
}

export function requireObject(object: JsonObject, field: string, where: string): JsonObject {
  const value = object[field];
  if (!isObject(value)) throw new InvalidEventError(`${where}: "${field}" must be an object`);
  return value;
}

export function requireArray(object: JsonObject, field: string, where: string): unknown[] {
  const value = object[field];
  if (!Array.isArray(value)) throw new InvalidEventError(`${where}: "${field}" must be an array`);
  return value;
}
