import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { after, describe, test } from "node:test";
import ts from "typescript";
import { readSnippets, REPO_ROOT, snippetModule } from "../helpers/snippets.js";

/**
 * Every TypeScript snippet of the README and docs compiles as a user would
 * compile it (`strict`), against this repository's sources: code a reader
 * copies must not fail before it runs. (The runnable ones are run by
 * test/integration/docs-snippets.test.ts.)
 */

// Inside the repository, so that "zod" and the other packages resolve from its node_modules.
const dir = mkdtempSync(path.join(REPO_ROOT, ".snippets-"));
after(() => rmSync(dir, { recursive: true, force: true }));

describe("the README's and docs' TypeScript snippets", () => {
  const snippets = readSnippets();

  test("there are snippets to check, in the README and in docs/", () => {
    assert.ok(snippets.some((snippet) => snippet.where.startsWith("README.md")));
    assert.ok(snippets.some((snippet) => snippet.where.startsWith("docs/")));
  });

  test("each compiles with strict TypeScript", () => {
    const files = snippets.map((snippet, index) => {
      const file = path.join(dir, `snippet-${index}.ts`);
      writeFileSync(file, snippetModule(snippet));
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      noUncheckedIndexedAccess: true,
      exactOptionalPropertyTypes: false,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      lib: ["lib.es2022.d.ts", "lib.esnext.disposable.d.ts"],
      types: ["node"],
      skipLibCheck: true,
    });
    const problems: string[] = [];
    files.forEach((file, index) => {
      for (const diagnostic of ts.getPreEmitDiagnostics(program, program.getSourceFile(file))) {
        const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
        const line = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
        problems.push(`${snippets[index]?.where} (module line ${line}): ${message}`);
      }
    });
    assert.deepEqual(problems, []);
  });
});
