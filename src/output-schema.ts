import type { StandardJSONSchemaV1, StandardSchemaV1 } from "@standard-schema/spec";
import { CodexConfigError, CodexOutputParseError } from "./errors.js";

/**
 * Structured output, on either transport. `outputSchema` is a plain JSON
 * Schema (sent as given, the official SDK's behavior) or a Standard Schema
 * (zod 4, arktype, valibot ...): then it is converted to the JSON Schema
 * subset codex and the model accept in strict mode, refused with a clear
 * error before anything starts when it cannot be, and the final response is
 * validated with it and returned typed.
 */

/** A JSON Schema object, as `outputSchema` takes it. */
export type JsonSchema = Record<string, unknown>;

/** Turns a Standard Schema that cannot describe itself (e.g. valibot's) into JSON Schema, e.g. `@valibot/to-json-schema`'s `toJsonSchema`. */
export type JsonSchemaConverter = (schema: StandardSchemaV1) => JsonSchema;

/** What a turn's `outputSchema` resolves to. */
export interface ResolvedOutputSchema {
  /** Sent to codex. */
  jsonSchema: JsonSchema;
  /** The Standard Schema the response is validated with; undefined for a plain JSON Schema. */
  standard: StandardSchemaV1 | undefined;
}

export function isStandardSchema(value: unknown): value is StandardSchemaV1 {
  // arktype's types are functions.
  if ((typeof value !== "object" && typeof value !== "function") || value === null || !("~standard" in value)) return false;
  const props = (value as { "~standard": unknown })["~standard"];
  return typeof props === "object" && props !== null && typeof (props as { validate?: unknown }).validate === "function";
}

/**
 * Resolves `outputSchema` before a turn starts; throws `CodexConfigError` for
 * what codex cannot take. Synchronous whenever it can be (a plain JSON
 * Schema, a schema that describes itself, a converter), so that the turn is
 * asked for at once: `thread.interrupt()` right after `run()` then finds it.
 */
export function resolveOutputSchema(schema: unknown, convert: JsonSchemaConverter | undefined): ResolvedOutputSchema | Promise<ResolvedOutputSchema> {
  if (!isStandardSchema(schema)) return { jsonSchema: schema as JsonSchema, standard: undefined };
  const described = describe(schema, convert);
  const resolved = (jsonSchema: JsonSchema): ResolvedOutputSchema => ({ jsonSchema: toStrictSubset(jsonSchema), standard: schema });
  return described instanceof Promise ? described.then(resolved) : resolved(described);
}

/**
 * The JSON Schema of what the model must write: the schema's *input* (what
 * validation takes; a transform applies after it), as the schema describes
 * it (Standard JSON Schema), as the converter does, or as zod does.
 */
function describe(schema: StandardSchemaV1, convert: JsonSchemaConverter | undefined): JsonSchema | Promise<JsonSchema> {
  const vendor = schema["~standard"].vendor;
  const failed = (error: unknown): CodexConfigError => new CodexConfigError(`outputSchema (${vendor}) could not be turned into JSON Schema: ${(error as Error).message}`);
  try {
    if (convert) return convert(schema);
    const own = (schema["~standard"] as Partial<StandardJSONSchemaV1.Props>).jsonSchema;
    if (own) return own.input({ target: "draft-07" });
  } catch (error) {
    throw failed(error);
  }
  if (vendor === "zod") {
    // zod 4 before it described itself: its own converter, loaded only for zod schemas.
    return import("zod").then((module) => {
      try {
        return (module as unknown as { toJSONSchema(schema: unknown, options?: unknown): JsonSchema }).toJSONSchema(schema, { target: "draft-7", io: "input" });
      } catch (error) {
        throw failed(error);
      }
    });
  }
  throw new CodexConfigError(
    `outputSchema is a ${vendor} schema that cannot describe itself as JSON Schema: pass its converter as toJsonSchema (for valibot, toJsonSchema from @valibot/to-json-schema)`,
  );
}

/** Keywords strict structured output does not take. */
const UNSUPPORTED = ["allOf", "not", "if", "then", "else", "dependentRequired", "dependentSchemas", "patternProperties", "unevaluatedProperties", "propertyNames", "contains"];

const RECORD = "an object whose keys are not known in advance (zod: z.record()) cannot be expressed in strict structured output: name its keys with z.object({ … }), or use a list of entries, z.array(z.object({ key: z.string(), value: … }))";

/** What to write instead, in the words of the schema libraries, for the keywords that have a usual cause. */
const INSTEAD: Readonly<Record<string, string>> = {
  propertyNames: RECORD,
  patternProperties: RECORD,
  allOf: "an intersection (zod: z.intersection() or .and()) cannot be expressed in strict structured output: make it one object (zod: a.extend(b.shape))",
  not: '"not" (zod: z.never() or a negated refinement) cannot be expressed in strict structured output',
};

/**
 * The strict subset codex and the model accept: every object closed
 * (`additionalProperties: false`, added where absent) with every property
 * required, `anyOf` rather than `oneOf`, no `$schema`, an object at the root.
 * What cannot be converted is refused, naming where.
 */
function toStrictSubset(schema: JsonSchema): JsonSchema {
  const { $schema, ...root } = schema;
  void $schema;
  if (root.type !== "object") throw strictError("", `the root must be an object schema (got ${JSON.stringify(root.type ?? "no type")})`);
  return convertNode(root, "") as JsonSchema;
}

function convertNode(node: unknown, path: string): unknown {
  if (Array.isArray(node)) return node.map((entry, index) => convertNode(entry, `${path}/${index}`));
  if (typeof node !== "object" || node === null) return node;
  const source = node as JsonSchema;
  for (const keyword of UNSUPPORTED) if (keyword in source) throw strictError(path, INSTEAD[keyword] ?? `"${keyword}" is not supported by strict structured output`);
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(source)) {
    if (key === "oneOf") out.anyOf = convertNode(value, `${path}/anyOf`);
    else if (key === "properties" && typeof value === "object" && value !== null) {
      out.properties = Object.fromEntries(Object.entries(value as JsonSchema).map(([name, child]) => [name, convertNode(child, `${path}/${name}`)]));
    } else out[key] = convertNode(value, `${path}/${key}`);
  }
  if (out.type === "object" || (Array.isArray(out.type) && out.type.includes("object"))) closeObject(out, path);
  return out;
}

function closeObject(object: JsonSchema, path: string): void {
  if (object.additionalProperties === undefined) object.additionalProperties = false;
  else if (object.additionalProperties === true || (typeof object.additionalProperties === "object" && Object.keys(object.properties ?? {}).length > 0)) {
    throw strictError(path, "objects must not allow additional properties: use z.object() or z.strictObject(), not z.looseObject(), .passthrough() or .catchall() (additionalProperties: false)");
  } else if (object.additionalProperties !== false) throw strictError(path, RECORD);
  const properties = Object.keys((object.properties as JsonSchema | undefined) ?? {});
  const required = new Set(Array.isArray(object.required) ? (object.required as string[]) : []);
  const optional = properties.filter((name) => !required.has(name));
  if (optional.length > 0) {
    throw strictError(`${path}/${optional[0]}`, "every property must be required in strict structured output: make it required, or nullable (zod: .nullable() instead of .optional())");
  }
}

function strictError(path: string, reason: string): CodexConfigError {
  return new CodexConfigError(`outputSchema at ${path === "" ? "the root" : path}: ${reason}`);
}

/**
 * The final response, parsed and validated with the turn's Standard Schema:
 * the schema's (typed, possibly transformed) value, or a
 * `CodexOutputParseError` carrying the issues.
 */
export async function validateOutput(text: string, schema: StandardSchemaV1): Promise<unknown> {
  const parsed = parseOutput(text);
  if (parsed instanceof CodexOutputParseError) throw parsed;
  const result = await schema["~standard"].validate(parsed.value);
  if (result.issues) {
    const summary = result.issues.slice(0, 5).map((issue) => `${issuePath(issue)}: ${issue.message}`).join("; ");
    throw new CodexOutputParseError(`The final response does not match the outputSchema: ${summary}`, text, undefined, result.issues);
  }
  return result.value;
}

/** The final response parsed as JSON, or why it is not JSON (a refusal, say: the plain-JSON-Schema turn still resolves). */
export function parseOutput(text: string): { value: unknown } | CodexOutputParseError {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    return new CodexOutputParseError(`The final response is not valid JSON although an outputSchema was given: ${JSON.stringify(shorten(text))}`, text, error);
  }
}

function issuePath(issue: StandardSchemaV1.Issue): string {
  const segments = (issue.path ?? []).map((segment) => String(typeof segment === "object" ? segment.key : segment));
  return segments.length === 0 ? "(root)" : segments.join(".");
}

function shorten(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}
