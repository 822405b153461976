import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

test("src/protocol/generated.ts matches what the pinned codex binary's schema generates", () => {
  const script = fileURLToPath(new URL("../../scripts/generate-protocol.mjs", import.meta.url));
  // Throws (with the script's message) when the checked-in types and the binary disagree.
  const out = execFileSync(process.execPath, [script, "--check"], { encoding: "utf8" });
  const pinned = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { dependencies: Record<string, string> }).dependencies["@openai/codex"];
  assert.equal(out.trim(), `src/protocol/generated.ts matches codex ${pinned}`);
});
