import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { execFile, execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { after, afterEach, describe, test } from "node:test";
import { pathToFileURL } from "node:url";
import { message, startScriptedModel, type ScriptedRequest } from "../../src/testing/index.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";
import { readSnippets, REPO_ROOT, snippetModule } from "../helpers/snippets.js";

/**
 * The README's and docs' snippets marked `<!-- snippet: run -->` run as
 * written, with the real codex: `new Codex()` with no options finds a
 * scripted model through the `config.toml` of a temporary `CODEX_HOME`
 * (codex reads it as it reads a user's), and the placeholder directories
 * (`/path/to/repo`, `/repo`) become a temporary repository. Each must end by
 * itself (an unhandled rejection, or a process that keeps Node alive, fails
 * it) and leave nothing running.
 */

afterEach(() => assertNoProcessesLeft());

const dir = mkdtempSync(path.join(REPO_ROOT, ".snippets-"));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
after(() => rmSync(dir, { recursive: true, force: true }));

/** A value that fits a (strict) JSON Schema, for a structured-output turn. */
function example(schema: unknown): unknown {
  const node = (schema ?? {}) as Record<string, unknown>;
  if (Array.isArray(node.enum)) return node.enum[0];
  if ("const" in node) return node.const;
  const choice = (node.anyOf ?? node.oneOf) as unknown[] | undefined;
  if (choice !== undefined) return example(choice[0]);
  switch (Array.isArray(node.type) ? node.type[0] : node.type) {
    case "object":
      return Object.fromEntries(Object.entries((node.properties ?? {}) as Record<string, unknown>).map(([key, child]) => [key, example(child)]));
    case "array":
      return [example(node.items)];
    case "number":
    case "integer":
      return 1;
    case "boolean":
      return true;
    case "null":
      return null;
    default:
      return "text";
  }
}

function answer(request: Readonly<ScriptedRequest>): ReturnType<typeof message>[] {
  const format = request.text?.format;
  return [message(format?.type === "json_schema" ? JSON.stringify(example(format.schema)) : "Done.")];
}

function run(file: string, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // tsx by path: the snippet runs in a directory of its own, where no node_modules resolves it.
    const child = execFile(process.execPath, ["--import", TSX, file], { cwd, env, timeout: 90_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? ((error as { code?: number }).code ?? null) : 0, stdout, stderr });
    });
    child.stdin?.end();
  });
}

describe("the README's and docs' runnable snippets run as written (real codex, scripted model)", () => {
  const runnable = readSnippets().filter((snippet) => snippet.run);

  test("there are runnable snippets", () => {
    assert.ok(runnable.length >= 3);
  });

  for (const [index, snippet] of runnable.entries()) {
    test(snippet.where, async () => {
      const model = await startScriptedModel((request) => answer(request));
      const root = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-snippet-"));
      const [home, codexHome, repo] = ["home", "codex-home", "repo"].map((name) => path.join(root, name)) as [string, string, string];
      for (const made of [home, codexHome, repo]) mkdirSync(made);
      execFileSync("git", ["init", "-q", repo]);
      writeFileSync(
        path.join(codexHome, "config.toml"),
        [
          'model = "gpt-5.5"',
          'model_provider = "scripted"',
          "[model_providers.scripted]",
          'name = "Scripted model"',
          `base_url = ${JSON.stringify(model.url)}`,
          'wire_api = "responses"',
          "supports_websockets = false",
          "stream_max_retries = 0",
          "request_max_retries = 0",
          "[features]",
          "plugins = false",
        ].join("\n"),
      );
      const code = snippetModule({ ...snippet, code: snippet.code.replaceAll('"/path/to/repo"', JSON.stringify(repo)).replaceAll('"/repo"', JSON.stringify(repo)) });
      const file = path.join(dir, `run-${index}.ts`);
      writeFileSync(file, code);
      const env: NodeJS.ProcessEnv = { ...process.env, HOME: home, CODEX_HOME: codexHome };
      delete env.CODEX_API_KEY;
      delete env.OPENAI_API_KEY;
      try {
        const result = await run(file, repo, env);
        assert.equal(result.code, 0, `${snippet.where} exited with ${result.code}:\n${result.stderr.slice(-3000)}`);
        // A testing snippet starts a scripted model of its own; the others run their turns against this one.
        if (!snippet.code.includes("startScriptedModel")) assert.ok(model.requests.length > 0, "it ran turns against the model");
        assert.deepEqual(model.unexpectedRequests, []);
      } finally {
        await model.close();
        rmSync(root, { recursive: true, force: true });
      }
    });
  }
});
