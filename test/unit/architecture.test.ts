import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { CODEX_ERROR_CODES } from "../../src/index.js";
import { importCycles, sourceFiles } from "../helpers/imports.js";
import { REPO_ROOT } from "../helpers/snippets.js";

/** The shape of the code: what the design asks of it, checked. */

const SRC = path.join(REPO_ROOT, "src");
const GENERATED = path.join(SRC, "protocol", "generated.ts");

describe("the code's shape", () => {
  test("no import cycle anywhere in src/ (type-only imports count too)", () => {
    const cycles = importCycles(sourceFiles(SRC)).map((cycle) => cycle.map((file) => path.relative(SRC, file)).join(" → "));
    assert.deepEqual(cycles, []);
  });

  test("the cycle finder finds a cycle when there is one", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-cycle-"));
    writeFileSync(path.join(dir, "a.ts"), 'import type { B } from "./b.js";\nexport type A = B;\n');
    writeFileSync(path.join(dir, "b.ts"), 'export type { A as B } from "./a.js";\n');
    writeFileSync(path.join(dir, "c.ts"), 'import { x } from "./a.js";\n');
    assert.deepEqual(importCycles(sourceFiles(dir)).map((cycle) => cycle.map((file) => path.basename(file))), [["a.ts", "b.ts", "a.ts"]]);
  });

  test("the README's error table names every error code, and nothing else", () => {
    const readme = readFileSync(path.join(REPO_ROOT, "README.md"), "utf8");
    const table = readme.slice(readme.indexOf("### Errors"), readme.indexOf("### Telemetry"));
    const documented = [...table.matchAll(/^\| `\w+` \| `(CODEX_[A-Z_]+)` \|/gm)].map((match) => match[1]);
    assert.deepEqual([...documented].sort(), [...CODEX_ERROR_CODES].sort());
  });

  test("no hand-written source file over 400 lines", () => {
    const long = sourceFiles(SRC)
      .filter((file) => file !== GENERATED)
      .map((file) => ({ file: path.relative(SRC, file), lines: readFileSync(file, "utf8").split("\n").length }))
      .filter(({ lines }) => lines > 400);
    assert.deepEqual(long, []);
  });
});
