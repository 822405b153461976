import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { parse } from "smol-toml";
import { flattenConfig } from "../../src/config/toml.js";
import type { CodexConfigObject, CodexConfigValue } from "../../src/index.js";
import { CodexConfigError } from "../../src/index.js";

/**
 * Applies overrides the way codex does: split at the first "=", split the key
 * at every ".", parse the value as TOML `_x_ = value` (a failed parse would
 * make codex take the raw text as a string, so here it is a test failure).
 */
function applyLikeCodex(overrides: string[]): Record<string, unknown> {
  // Prototype-free tables: keys such as "valueOf" or "__proto__" must be plain keys here, as in codex.
  const root: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const override of overrides) {
    const eq = override.indexOf("=");
    assert.ok(eq > 0, `no "=" in ${override}`);
    const key = override.slice(0, eq).trim();
    const doc = parse(`_x_ = ${override.slice(eq + 1)}`, { integersAsBigInt: "asNeeded" });
    assert.deepEqual(Object.keys(doc), ["_x_"], `override ${JSON.stringify(override)} parsed to more than one key`);
    const parts = key.split(".");
    let node = root;
    for (const part of parts.slice(0, -1)) {
      if (!Object.hasOwn(node, part)) node[part] = Object.create(null) as Record<string, unknown>;
      node = node[part] as Record<string, unknown>;
    }
    node[parts.at(-1) as string] = doc._x_;
  }
  return root;
}

/** What a parsed TOML value looks like: numbers stay numbers except whole floats, which smol-toml keeps as numbers too. */
function normalize(value: unknown): unknown {
  if (typeof value === "bigint") return Number(value);
  if (Array.isArray(value)) return value.map(normalize);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalize(v)]));
  }
  return value;
}

const anyKey = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/),
  fc.string({ minLength: 1, maxLength: 8, unit: "binary" }).filter((s) => !/[\uD800-\uDFFF]/.test(s)),
  fc.constantFrom("a.b", 'q"uote', "sp ace", "new\nline", "=", "back\\slash", "ümlaut", "#", "[x]"),
);
const scalar = fc.oneof(
  fc.string({ unit: "binary" }).filter((s) => !/[\uD800-\uDFFF]/.test(s)),
  fc.string({ unit: "grapheme" }),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
  fc.constantFrom(2 ** 53, 1e20, -(2 ** 63), 1.5e300, 5e-324),
);
const { value: configValue } = fc.letrec<{ value: CodexConfigValue; table: CodexConfigObject }>((tie) => ({
  value: fc.oneof({ depthSize: "small" }, scalar, fc.array(tie("value"), { maxLength: 4 }), tie("table")),
  table: fc.dictionary(anyKey, tie("value"), { maxKeys: 4 }),
}));
const topLevel = fc.dictionary(fc.stringMatching(/^[A-Za-z0-9_-]{1,8}$/), configValue, { maxKeys: 5 });

describe("config flattening", () => {
  test("matches the official rendering for ordinary configs", () => {
    assert.deepEqual(flattenConfig({ model: "gpt-5.5", sandbox_workspace_write: { network_access: true }, list: [1, "a"], empty: {} }), [
      'model="gpt-5.5"',
      "sandbox_workspace_write.network_access=true",
      'list=[1, "a"]',
      "empty={}",
    ]);
  });

  test("keys named like Object.prototype members are ordinary keys", () => {
    const config = { valueOf: { "-": [] }, toString: { constructor: 1 } };
    assert.deepEqual(flattenConfig(config), ["valueOf.-=[]", "toString.constructor=1"]);
    assert.deepEqual(normalize(applyLikeCodex(flattenConfig(config))), config);
  });

  test("a key the dotted path cannot carry goes into an inline table", () => {
    assert.deepEqual(flattenConfig({ providers: { "my.provider": { url: "x" } } }), ['providers={"my.provider" = {url = "x"}}']);
  });

  test("property: every override parses back to exactly the value given", () => {
    fc.assert(
      fc.property(topLevel, (config) => {
        const overrides = flattenConfig(config);
        for (const override of overrides) assert.ok(!override.includes("\0"), "NUL cannot be passed in argv");
        assert.deepEqual(normalize(applyLikeCodex(overrides)), normalize(JSON.parse(JSON.stringify(config))));
      }),
      { numRuns: 400 },
    );
  });

  test("values that TOML cannot hold are refused with the path named", () => {
    assert.throws(() => flattenConfig({ a: { b: null as never } }), /at a\.b cannot be null/);
    assert.throws(() => flattenConfig({ a: Number.NaN }), /finite/);
    assert.throws(() => flattenConfig({ a: "\uD800" }), /lone UTF-16 surrogate/);
    assert.throws(() => flattenConfig({ "a.b": 1 }), CodexConfigError);
    assert.throws(() => flattenConfig({ a: new Date() as never }), /plain object, not Date/);
    assert.throws(() => flattenConfig({ a: { b: new Map() as never } }), /plain object, not Map/);
    assert.throws(() => flattenConfig({ a: (() => 1) as never }), /Unsupported Codex config override value at a: function/);
    assert.throws(() => flattenConfig({ a: 1n as never }), /at a: bigint/);
    assert.throws(() => flattenConfig([] as never), /must be a plain object/);
    assert.throws(() => flattenConfig({ a: { "": 1 } }), /keys must be non-empty strings \(at a\.\)/);
  });

  test("undefined values are left out; -0, surrogate pairs and inline tables read back as given", () => {
    assert.deepEqual(flattenConfig({ gone: undefined as never, kept: 1, table: { "x y": 1, skipped: undefined as never } }), ["kept=1", 'table={"x y" = 1}']);
    const values = { zero: -0, emoji: "🎉 ok", table: { "a.b": { c: "🎉" } } };
    const applied = applyLikeCodex(flattenConfig(values));
    assert.ok(Object.is(applied.zero, -0));
    assert.deepEqual([applied.emoji, JSON.stringify(applied.table)], ["🎉 ok", JSON.stringify({ "a.b": { c: "🎉" } })]);
  });

  test("large whole numbers stay numbers instead of overflowing TOML integers", () => {
    assert.deepEqual(flattenConfig({ big: 1e20 }), ["big=1e+20"]);
    assert.equal(applyLikeCodex(flattenConfig({ big: 1e20 })).big, 1e20);
  });
});
