import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { delay, message, startScriptedModel } from "../../src/testing/index.js";

/** The scripted model's HTTP side on its own: what codex would meet on each unusual request. */

async function post(url: string, body: string, signal?: AbortSignal): Promise<{ status: number; text: string }> {
  const response = await fetch(`${url}/responses`, { method: "POST", body, headers: { "content-type": "application/json" }, ...(signal ? { signal } : {}) });
  return { status: response.status, text: await response.text() };
}

describe("startScriptedModel over HTTP", () => {
  test("a route that is not /responses is a 404; a body that is not JSON is kept raw", async () => {
    const model = await startScriptedModel([message("one")]);
    try {
      const other = await fetch(`${model.url}/models`);
      assert.equal(other.status, 404);
      assert.match(await other.text(), /no route for GET \/v1\/models/);
      const raw = await post(model.url, "not json");
      assert.equal(raw.status, 200);
      assert.deepEqual(model.requests[0], { raw: "not json" });
      assert.equal(model.requestHeaders[0]?.["content-type"], "application/json");
    } finally {
      await model.close();
    }
  });

  test("strict: a request past the script is a 400 that says which and what codex asked", async () => {
    const model = await startScriptedModel([message("one")]);
    try {
      await post(model.url, "{}");
      const toolOutput = await post(model.url, JSON.stringify({ input: [{ type: "function_call_output", call_id: "call_7", output: "hello" }] }));
      assert.equal(toolOutput.status, 400);
      assert.match(toolOutput.text, /unexpected request #2 \(the script has 1 response\); codex asked: the output of tool call call_7: "hello"/);
      const userMessage = await post(model.url, JSON.stringify({ input: [{ type: "message", role: "user", content: [{ type: "input_text", text: "hi there" }] }] }));
      assert.match(userMessage.text, /a reply to the user message "hi there"/);
      const other = await post(model.url, JSON.stringify({ input: [] }));
      assert.match(other.text, /codex asked: \{"input":\[\]\}/);
      assert.equal(model.unexpectedRequests.length, 3);
    } finally {
      await model.close();
    }
  });

  test("a responder with no answer is refused, or (not strict) answered with an empty message", async () => {
    const strict = await startScriptedModel(() => undefined);
    const loose = await startScriptedModel(() => undefined, { strict: false });
    try {
      assert.match((await post(strict.url, "{}")).text, /the responder gave no answer/);
      const answered = await post(loose.url, "{}");
      assert.equal(answered.status, 200);
      assert.match(answered.text, /response\.completed/);
      assert.equal(loose.unexpectedRequests.length, 1);
    } finally {
      await Promise.all([strict.close(), loose.close()]);
    }
  });

  test("a delayed answer whose client has gone is dropped; close() ends what still waits", async () => {
    const arrived: (() => void)[] = [];
    const arrivals = [new Promise<void>((resolve) => arrived.push(resolve)), new Promise<void>((resolve) => arrived.push(resolve))];
    const model = await startScriptedModel((_request, index) => {
      arrived[index]?.();
      return index === 0 ? delay(20, message("late")) : delay(60_000, message("never"));
    });
    try {
      const gone = new AbortController();
      const first = post(model.url, "{}", gone.signal).catch((error: unknown) => error);
      await arrivals[0];
      gone.abort();
      assert.ok((await first) instanceof Error);
      const second = post(model.url, "{}").catch((error: unknown) => error);
      await arrivals[1];
      await model.close();
      assert.ok((await second) instanceof Error, "the waiting request ends with the server");
    } finally {
      await model.close();
    }
  });
});
