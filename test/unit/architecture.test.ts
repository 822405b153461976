import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { CODEX_ERROR_CODES } from "../../src/index.js";
import { importCycles, importsOf, sourceFiles } from "../helpers/imports.js";
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

  test("each folder of src/ has a README, and imports only what it says it may", () => {
    const folderOf = (file: string): string => {
      const relative = path.relative(SRC, file);
      return relative.includes(path.sep) ? `src/${relative.split(path.sep)[0]}/` : "src/";
    };
    const folders = [...new Set(sourceFiles(SRC).map(folderOf))];
    const allowed = new Map<string, Set<string>>();
    for (const folder of folders) {
      const readme = readFileSync(path.join(REPO_ROOT, folder, "README.md"), "utf8");
      const line = /^May import: (.*)$/m.exec(readme)?.[1];
      assert.ok(line !== undefined, `${folder}README.md says what the folder may import`);
      // Before a ";" the folder's rule; what follows names files with more ("codex.ts alone also …").
      allowed.set(folder, new Set([...(line.split(";")[0] ?? "").matchAll(/`(src\/[a-z-]*\/?)`/g)].map((match) => match[1] as string)));
    }
    const broken: string[] = [];
    for (const file of sourceFiles(SRC)) {
      for (const target of importsOf(file)) {
        const from = folderOf(file);
        const to = folderOf(target);
        if (from === to || allowed.get(from)?.has(to)) continue;
        // The root's one exception: Codex makes the transports and puts the guardrails in front of them.
        if (path.relative(SRC, file) === "codex.ts" && (to === "src/exec/" || to === "src/app-server/" || to === "src/guard/")) continue;
        broken.push(`${path.relative(SRC, file)} imports ${path.relative(SRC, target)}`);
      }
    }
    assert.deepEqual(broken, []);
  });

  test("no hand-written source file over 400 lines", () => {
    const long = sourceFiles(SRC)
      .filter((file) => file !== GENERATED)
      .map((file) => ({ file: path.relative(SRC, file), lines: readFileSync(file, "utf8").split("\n").length }))
      .filter(({ lines }) => lines > 400);
    assert.deepEqual(long, []);
  });
});
