import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { codexHomeOf, readSessionFacts } from "../../src/exec/session-file.js";

/** What the end of a thread's session file says (exec: a resumed thread's earlier total, the model used). */

const ID = "01a23cee-ddae-7bc1-9933-24806cee6864"; // a UUIDv7: created 2026-12-03
const tokenCount = (input: number, extra: Record<string, unknown> = {}): string =>
  JSON.stringify({ type: "event_msg", payload: { type: "token_count", info: { total_token_usage: { input_tokens: input, cached_input_tokens: 1, output_tokens: 2, reasoning_output_tokens: 0, ...extra } } } });

function sessionFile(lines: string[], id = ID, day = "2026/12/03"): string {
  const home = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-session-"));
  mkdirSync(path.join(home, "sessions", day), { recursive: true });
  writeFileSync(path.join(home, "sessions", day, `rollout-2026-12-03T17-23-37-${id}.jsonl`), `${lines.join("\n")}\n`);
  return home;
}

describe("readSessionFacts", () => {
  test("the last total and the last turn's model", () => {
    const home = sessionFile([JSON.stringify({ type: "turn_context", payload: { model: "old" } }), tokenCount(10), JSON.stringify({ type: "turn_context", payload: { model: "gpt-5.5" } }), tokenCount(30), '{"type":"event_msg","payload":{"type":"task_complete"}}']);
    assert.deepEqual(readSessionFacts(home, ID), { total: { input_tokens: 30, cached_input_tokens: 1, cache_write_input_tokens: 0, output_tokens: 2, reasoning_output_tokens: 0 }, model: "gpt-5.5" });
  });

  test("a file larger than the tail read: its last whole lines still say it", () => {
    const filler = JSON.stringify({ type: "response_item", payload: { text: "x".repeat(1000) } });
    const home = sessionFile([tokenCount(5), ...Array.from({ length: 400 }, () => filler), tokenCount(50)]);
    assert.equal(readSessionFacts(home, ID)?.total?.input_tokens, 50);
  });

  test("what it cannot say is undefined: no file, a name that is not a UUIDv7, a count without totals, a context without a model, an unreadable file", () => {
    const home = sessionFile([JSON.stringify({ type: "turn_context", payload: {} }), JSON.stringify({ type: "event_msg", payload: { type: "token_count", info: null } })]);
    assert.deepEqual(readSessionFacts(home, ID), { total: undefined, model: undefined });
    assert.equal(readSessionFacts(home, "01a23cee-ddae-7bc1-9933-000000000000"), undefined, "no such file");
    assert.equal(readSessionFacts(home, "my named thread"), undefined, "a name: no time to find its day by");
    assert.equal(readSessionFacts(path.join(home, "nowhere"), ID), undefined);
    const broken = sessionFile([`{"payload":{"type":"token_count"`]);
    assert.equal(readSessionFacts(broken, ID), undefined, "a line that is not JSON: best effort gives nothing");
  });

  test("codexHomeOf: CODEX_HOME, else HOME's .codex, else the user's", () => {
    assert.equal(codexHomeOf({ CODEX_HOME: "/a" }), "/a");
    assert.equal(codexHomeOf({ HOME: "/h" }), "/h/.codex");
    assert.equal(codexHomeOf({}), path.join(os.homedir(), ".codex"));
  });
});
