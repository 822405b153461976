import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { afterEach, describe, test } from "node:test";
import { toJsonSchema } from "@valibot/to-json-schema";
import { type } from "arktype";
import * as v from "valibot";
import { z } from "zod";
import type { StandardSchemaV1 } from "@standard-schema/spec";
import { CodexConfigError, CodexOutputParseError } from "../../src/index.js";
import { resolveOutputSchema, validateOutput } from "../../src/output-schema.js";
import { fakeCodex, readRecord, recordPath, simpleTurn } from "../helpers/fake-codex.js";
import { COMPLETE, agentMessage, fakeAppServer, itemCompleted, readRecordLines, recordFile } from "../helpers/fake-app-server.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";

afterEach(() => assertNoProcessesLeft());

const Summary = z.object({ summary: z.string(), files: z.array(z.string()), score: z.number().int().transform((n) => n * 10) });

describe("typed structured output: zod, arktype, valibot", () => {
  test("zod: the schema codex gets is strict JSON Schema; run() returns the validated, transformed output", async () => {
    const record = recordPath();
    const turn = await fakeCodex({ record, steps: [simpleTurn('{"summary":"ok","files":["a.ts"],"score":4}')] }).startThread().run("x", { outputSchema: Summary });
    assert.deepEqual(turn.output, { summary: "ok", files: ["a.ts"], score: 40 });
    const summary: string = turn.output.summary;
    assert.equal(summary, "ok");
    const schema = readRecord(record).schema as Record<string, unknown>;
    assert.equal(schema.$schema, undefined, "no $schema");
    assert.equal(schema.additionalProperties, false);
    assert.deepEqual(schema.required, ["summary", "files", "score"]);
  });

  test("a response that does not match rejects with the issues; one that is not JSON rejects too", async () => {
    const mismatch = await fakeCodex({ steps: [simpleTurn('{"summary":1,"files":[],"score":1.5}')] })
      .startThread()
      .run("x", { outputSchema: Summary })
      .then(() => undefined, (e: unknown) => e);
    assert.ok(mismatch instanceof CodexOutputParseError);
    assert.deepEqual(mismatch.issues?.map((issue) => issue.path?.join(".")), ["summary", "score"]);
    assert.match(mismatch.message, /does not match the outputSchema: summary: .*; score: /);
    assert.equal(mismatch.text, '{"summary":1,"files":[],"score":1.5}');
    await assert.rejects(fakeCodex({ steps: [simpleTurn("I can't do that.")] }).startThread().run("x", { outputSchema: Summary }), (error: unknown) => error instanceof CodexOutputParseError && /not valid JSON/.test(error.message));
  });

  test("arktype describes itself; valibot needs its converter, and says so without one", async () => {
    const ark = await fakeCodex({ steps: [simpleTurn('{"name":"x"}')] }).startThread().run("x", { outputSchema: type({ name: "string" }) });
    assert.deepEqual(ark.output, { name: "x" });
    const Valibot = v.object({ name: v.string() });
    await assert.rejects(fakeCodex({ steps: [simpleTurn("{}")] }).startThread().run("x", { outputSchema: Valibot }), /cannot describe itself as JSON Schema: pass its converter as toJsonSchema/);
    const record = recordPath();
    const turn = await fakeCodex({ record, steps: [simpleTurn('{"name":"v"}')] })
      .startThread()
      .run("x", { outputSchema: Valibot, toJsonSchema: (schema) => toJsonSchema(schema as typeof Valibot) as Record<string, unknown> });
    assert.deepEqual(turn.output, { name: "v" });
    assert.equal((readRecord(record).schema as { additionalProperties?: unknown }).additionalProperties, false, "closed where the converter left it open");
  });

  test("what strict output cannot take is refused before any process starts, naming where", async () => {
    const cases: [unknown, RegExp][] = [
      [z.object({ a: z.string().optional() }), /outputSchema at \/a: every property must be required.*nullable/],
      [z.object({ a: z.string() }).passthrough(), /the root: objects must not allow additional properties/],
      [z.string(), /the root must be an object schema/],
      [standard({ type: "object", properties: { a: { allOf: [{ type: "string" }, { minLength: 1 }] } }, required: ["a"] }), /\/a: an intersection \(zod: z\.intersection\(\) or \.and\(\)\).*one object/],
      // In zod's words: what it is, and what to write instead.
      [z.object({ scores: z.record(z.string(), z.number()) }), /\/scores: an object whose keys are not known in advance \(zod: z\.record\(\)\).*z\.object\(\{ … \}\).*z\.array\(z\.object\(\{ key: z\.string\(\), value: … \}\)\)/],
      [standard({ type: "object", properties: { m: { type: "object", additionalProperties: { type: "number" } } }, required: ["m"] }), /\/m: an object whose keys are not known in advance/],
      [standard({ type: "object", properties: { a: { contains: { type: "string" } } }, required: ["a"] }), /\/a: "contains" is not supported/],
    ];
    for (const [outputSchema, message] of cases) {
      const record = recordPath();
      await assert.rejects(fakeCodex({ record, steps: [simpleTurn("{}")] }).startThread().run("x", { outputSchema }), (error: unknown) => error instanceof CodexConfigError && message.test(error.message), String(message));
      assert.throws(() => readRecord(record), /ENOENT/, "nothing started");
    }
    // Nullable is the way to say optional, and unions stay unions.
    const record = recordPath();
    const ok = await fakeCodex({ record, steps: [simpleTurn('{"a":null,"b":{"kind":"x","x":1}}')] })
      .startThread()
      .run("x", { outputSchema: z.object({ a: z.string().nullable(), b: z.discriminatedUnion("kind", [z.object({ kind: z.literal("x"), x: z.number() }), z.object({ kind: z.literal("y"), y: z.string() })]) }) });
    assert.deepEqual(ok.output, { a: null, b: { kind: "x", x: 1 } });
    assert.doesNotMatch(JSON.stringify(readRecord(record).schema), /oneOf/);
  });

  test("a plain JSON Schema is sent exactly as given (the official SDK's behavior)", async () => {
    const plain = { type: "object", properties: { a: { type: "string" } } };
    const record = recordPath();
    const turn = await fakeCodex({ record, steps: [simpleTurn('{"a":"b"}')] }).startThread().run("x", { outputSchema: plain });
    assert.deepEqual(readRecord(record).schema, plain);
    assert.deepEqual(turn.output, { a: "b" });
  });

  test("over app-server too: the converted schema goes in turn/start, the output comes back typed", async () => {
    const record = recordFile();
    await using codex = fakeAppServer({ record, turns: [[itemCompleted(agentMessage('{"summary":"s","files":[],"score":1}')), COMPLETE]] });
    const turn = await codex.startThread().run("x", { outputSchema: Summary });
    assert.equal(turn.output.score, 10);
    const start = readRecordLines(record).find((message) => message.method === "turn/start");
    assert.equal(((start?.params as { outputSchema: { additionalProperties: unknown } }).outputSchema).additionalProperties, false);
  });
});

/** A hand-made Standard Schema that describes itself as `jsonSchema` (the Standard JSON Schema interface) and accepts anything. */
function standard(jsonSchema: Record<string, unknown>): unknown {
  return {
    "~standard": {
      version: 1,
      vendor: "hand-made",
      validate: (value: unknown) => ({ value }),
      jsonSchema: { input: () => jsonSchema, output: () => jsonSchema },
    },
  };
}

describe("structured output: the less common paths", () => {
  test("a converter that throws, a zod schema that cannot describe itself, a root without a type: CodexConfigError before anything starts", async () => {
    const failing = standard({ type: "object", properties: {} });
    await assert.rejects(
      resolveOutputSchemaAsync(failing, () => {
        throw new Error("cannot convert");
      }),
      /outputSchema \(hand-made\) could not be turned into JSON Schema: cannot convert/,
    );
    // A zod schema without its own description is converted by zod, loaded only then: this one is no zod schema at all.
    const fakeZod = { "~standard": { vendor: "zod", version: 1, validate: (value: unknown) => ({ value }) } };
    await assert.rejects(resolveOutputSchemaAsync(fakeZod, undefined), /outputSchema \(zod\) could not be turned into JSON Schema/);
    await assert.rejects(resolveOutputSchemaAsync(standard({ properties: {} }), undefined), /the root must be an object schema \(got "no type"\)/);
    // An object without properties is closed too.
    const empty = await resolveOutputSchemaAsync(standard({ type: "object" }), undefined);
    assert.deepEqual(empty.jsonSchema, { type: "object", additionalProperties: false });
  });

  test("issues name where (the root, or a path through keys); a long response that is not JSON is shortened in the message", async () => {
    const atRoot: StandardSchemaV1 = { "~standard": { vendor: "test", version: 1, validate: () => ({ issues: [{ message: "bad root" }, { message: "bad key", path: [{ key: "a" }, 0] }] }) } };
    const error = await validateOutput('{"a":[1]}', atRoot).then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof CodexOutputParseError);
    assert.match(error.message, /\(root\): bad root; a\.0: bad key/);
    const long = `not json ${"x".repeat(300)}`;
    const notJson = await validateOutput(long, atRoot).then(() => undefined, (e: unknown) => e);
    assert.ok(notJson instanceof CodexOutputParseError && notJson.message.includes("…") && notJson.message.length < 400 && notJson.text === long);
  });
});

async function resolveOutputSchemaAsync(schema: unknown, convert: ((schema: StandardSchemaV1) => Record<string, unknown>) | undefined) {
  return resolveOutputSchema(schema, convert);
}
