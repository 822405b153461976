import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

test("src/protocol/generated.ts matches what the pinned codex binary's schema generates", () => {
  const script = fileURLToPath(new URL("../../scripts/generate-protocol.mjs", import.meta.url));
  // Throws (with the script's message) when the checked-in types and the binary disagree.
  const out = execFileSync(process.execPath, [script, "--check"], { encoding: "utf8" });
  assert.match(out, /matches codex 0\.169\.0/);
});
