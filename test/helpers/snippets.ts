import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The TypeScript snippets of the README and docs, as modules that can be
 * type-checked and (those marked `<!-- snippet: run -->` on the line before
 * their fence) run. A snippet may use a few names it does not define
 * (`codex`, `thread`, `id`, `signal` ...): a prelude declares them, and the
 * snippet's own code sits in a block, so its own declarations win.
 */

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** One fenced snippet. */
export interface Snippet {
  /** Where it is, for messages: `README.md:21`. */
  where: string;
  code: string;
  /** Marked to be run, not only compiled. */
  run: boolean;
}

const ENTRIES: Readonly<Record<string, string>> = {
  "codex-sdk": "src/index.ts",
  "codex-sdk/testing": "src/testing/index.ts",
  "codex-sdk/otel": "src/otel/index.ts",
};

/** Every `ts` snippet of README.md and docs/*.md. */
export function readSnippets(): Snippet[] {
  const files = ["README.md", ...readdirSync(path.join(REPO_ROOT, "docs")).filter((name) => name.endsWith(".md")).map((name) => `docs/${name}`)];
  const found: Snippet[] = [];
  for (const file of files) {
    const lines = readFileSync(path.join(REPO_ROOT, file), "utf8").split("\n");
    for (let i = 0; i < lines.length; i += 1) {
      const fence = /^```(ts|typescript)\s*$/.exec(lines[i] ?? "");
      if (!fence) continue;
      const end = lines.indexOf("```", i + 1);
      if (end === -1) throw new Error(`${file}:${i + 1}: a snippet that does not end`);
      found.push({ where: `${file}:${i + 1}`, code: lines.slice(i + 1, end).join("\n"), run: (lines[i - 1] ?? "").trim() === "<!-- snippet: run -->" });
      i = end;
    }
  }
  return found;
}

/** The names a snippet may use without defining them. */
const PRELUDE = `
declare const codex: __sdk.Codex;
declare const thread: __sdk.Thread;
declare const id: string;
declare const signal: AbortSignal;
declare const patch: string;
declare function ask(question: string): Promise<string>;
`;

/**
 * The snippet as a module: its imports (pointed at this repository's
 * sources) first, then the prelude, then its code in a block of its own.
 */
export function snippetModule(snippet: Snippet): string {
  const imports: string[] = [];
  const body: string[] = [];
  // Imports and ambient declarations belong at the top of a module, not in a block.
  for (const line of snippet.code.split("\n")) (/^(import|declare)\s/.test(line) ? imports : body).push(line);
  const resolved = imports.map((line) => line.replace(/from "(codex-sdk(?:\/[a-z]+)?)"/, (whole, name: string) => (ENTRIES[name] ? `from ${JSON.stringify(path.join(REPO_ROOT, ENTRIES[name]))}` : whole)));
  return [
    ...resolved,
    `import * as __sdk from ${JSON.stringify(path.join(REPO_ROOT, "src/index.ts"))};`,
    PRELUDE,
    "{",
    // Values a snippet may use without importing them.
    "const { Codex } = __sdk;",
    "void Codex;",
    "{",
    ...body,
    "}",
    "}",
    "export {};",
  ].join("\n");
}
