import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, test } from "node:test";
import { fileURLToPath } from "node:url";
import { Codex, CodexAbortError, CodexNoActiveTurnError, CodexTurnFailedError, type ThreadEvent, type Turn } from "../../src/index.js";
import {
  applyPatch,
  delay,
  fail,
  message,
  reasoning,
  shell,
  updatePlan,
  usage,
  webSearch,
  type ScriptedModel,
  type ScriptedResponse,
} from "../../src/testing/index.js";
import { assertNoProcessesLeft, isRunning } from "../helpers/leaks.js";
import { pollUntil } from "../helpers/poll.js";
import { lastUserText, withModel, workspace } from "../helpers/scripted.js";
import { TurnRecorder } from "../helpers/telemetry.js";

afterEach(() => assertNoProcessesLeft());

const TRANSPORTS = ["exec", "app-server"] as const;

/** A turn's result with the ids codex made up and the working directory (they differ between runs) replaced. */
function withoutIds(turn: Turn, dir: string): unknown {
  return JSON.parse(JSON.stringify(turn, (key, value: unknown) => (key === "id" ? "<id>" : value)).replaceAll(dir, "<dir>"));
}

/** The kinds of events, without the app-server's extensions (exec has no deltas, diffs or approvals). */
function shape(events: ThreadEvent[]): string[] {
  return events
    .filter((event) => event.type !== "item.delta" && event.type !== "turn.diff_updated" && !event.type.startsWith("approval."))
    .map((event) => ("item" in event ? `${event.type}:${event.item.type}` : event.type));
}

interface Scenario {
  name: string;
  script: ScriptedResponse[];
  thread?: Parameters<Codex["startThread"]>[0];
  turn?: Parameters<ReturnType<Codex["startThread"]>["run"]>[1];
}

const SCENARIOS: Scenario[] = [
  { name: "a message with usage", script: [[message("Hello"), usage({ input_tokens: 12, cached_input_tokens: 2, output_tokens: 3, reasoning_output_tokens: 1 })]] },
  { name: "reasoning, a command and a message", script: [[reasoning("look first"), shell("echo from-the-shell")], [message("Listed")]] },
  {
    name: "a patch under workspace-write",
    script: [[applyPatch("*** Begin Patch\n*** Add File: hello.txt\n+patched\n*** End Patch\n")], [message("patched")]],
    thread: { sandboxMode: "workspace-write" },
  },
  { name: "a web search", script: [[webSearch("codex sdk"), message("found")]] },
  { name: "a plan", script: [[updatePlan([{ step: "one", status: "completed" }, { step: "two", status: "in_progress" }])], [message("planned")]] },
  {
    name: "structured output",
    script: [[message('{"answer":"42"}')]],
    turn: { outputSchema: { type: "object", properties: { answer: { type: "string" } }, required: ["answer"], additionalProperties: false } },
  },
];

describe("one API, two transports: the same scripted scenarios give the same results", () => {
  for (const scenario of SCENARIOS) {
    test(scenario.name, async () => {
      const results: { turn: unknown; events: string[]; requests: number }[] = [];
      for (const transport of TRANSPORTS) {
        // The script twice: once for runStreamed() (the events), once for run() (the result), each on a new thread.
        await withModel([...scenario.script, ...scenario.script], async (model) => {
          await using codex = new Codex(model.codexOptions({ transport }));
          const options = { skipGitRepoCheck: true, ...scenario.thread };
          const { events } = await codex.startThread({ ...options, workingDirectory: workspace() }).runStreamed("go", scenario.turn);
          const seen: ThreadEvent[] = [];
          for await (const event of events) seen.push(event);
          const dir = workspace();
          const turn = await codex.startThread({ ...options, workingDirectory: dir }).run("go", scenario.turn);
          results.push({ turn: withoutIds(turn, dir), events: shape(seen), requests: model.requests.length });
        });
      }
      const [exec, appServer] = results;
      assert.ok(exec && appServer);
      assert.deepEqual(appServer.events, exec.events, "the same events");
      assert.deepEqual(appServer.turn, exec.turn, "the same result");
      assert.equal(appServer.requests, exec.requests);
    });
  }

  test("a failing model: both fail the turn with the server's message", async () => {
    const messages: string[] = [];
    for (const transport of TRANSPORTS) {
      await withModel([fail(400, "Invalid prompt: scripted rejection")], async (model) => {
        await using codex = new Codex(model.codexOptions({ transport }));
        const error = await codex.startThread({ skipGitRepoCheck: true }).run("x").then(() => undefined, (e: unknown) => e);
        assert.ok(error instanceof CodexTurnFailedError, `${transport}: ${String(error)}`);
        messages.push(error.message);
      });
    }
    assert.match(messages[1] ?? "", /Invalid prompt: scripted rejection/);
    assert.equal(messages[1], messages[0]);
  });

  test("usage means the same: the thread's running total, on both", async () => {
    for (const transport of TRANSPORTS) {
      await withModel([[message("one"), usage({ input_tokens: 10, output_tokens: 5 })], [message("two"), usage({ input_tokens: 10, output_tokens: 5 })]], async (model) => {
        await using codex = new Codex(model.codexOptions({ transport }));
        const thread = codex.startThread({ skipGitRepoCheck: true });
        const first = await thread.run("a");
        const second = await thread.run("b");
        assert.deepEqual([first.usage?.input_tokens, second.usage?.input_tokens], [10, 20], transport);
      });
    }
  });
});

describe("threads move between transports under one CODEX_HOME", () => {
  for (const [first, second] of [
    ["exec", "app-server"],
    ["app-server", "exec"],
  ] as const) {
    test(`a thread started on ${first} is resumed on ${second}`, async () => {
      await withModel([[message("remembered")], [message("second answer")]], async (model) => {
        const dir = workspace();
        let id: string | null;
        {
          await using codex = new Codex(model.codexOptions({ transport: first }));
          const thread = codex.startThread({ skipGitRepoCheck: true, workingDirectory: dir });
          await thread.run("remember the word banana");
          id = thread.id;
        }
        assert.ok(id);
        await using codex = new Codex(model.codexOptions({ transport: second }));
        const resumed = codex.resumeThread(id, { skipGitRepoCheck: true, workingDirectory: dir });
        assert.equal((await resumed.run("what was the word?")).finalResponse, "second answer");
        assert.equal(resumed.id, id);
        const history = JSON.stringify(model.requests[1]?.input);
        assert.match(history, /remember the word banana/);
        assert.match(history, /remembered/);
      });
    });
  }
});

describe("app-server: live deltas", () => {
  test("message and reasoning text arrive in pieces before the completed item; run() gets the whole", async () => {
    await withModel(
      [[reasoning("think it through", { chunks: ["think", " it", " through"] }), message("Hello world", { chunks: ["Hel", "lo ", "world"] })], [message("plain")]],
      async (model) => {
        await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
        const thread = codex.startThread({ skipGitRepoCheck: true });
        const { events } = await thread.runStreamed("x");
        const seen: ThreadEvent[] = [];
        for await (const event of events) seen.push(event);
        const deltas = (type: string) => seen.flatMap((event) => (event.type === "item.delta" && event.item_type === type ? [event.delta] : []));
        assert.deepEqual(deltas("reasoning"), ["think", " it", " through"]);
        assert.deepEqual(deltas("agent_message"), ["Hel", "lo ", "world"]);
        const lastDelta = seen.map((event) => event.type === "item.delta" && event.item_type === "agent_message").lastIndexOf(true);
        const completed = seen.findIndex((event) => event.type === "item.completed" && event.item.type === "agent_message");
        assert.ok(lastDelta < completed, "deltas come before the item's completion");
        const turn = await thread.run("again");
        assert.equal(turn.finalResponse, "plain");
        assert.ok(turn.items.every((item) => item.type === "agent_message"));
      },
    );
  });

  test("a command's output arrives as it is printed", async () => {
    await withModel([[shell("echo first; sleep 0.3; echo second; sleep 0.3; echo third")], [message("done")]], async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const { events } = await codex.startThread({ skipGitRepoCheck: true, sandboxMode: "danger-full-access" }).runStreamed("x");
      const seen: ThreadEvent[] = [];
      for await (const event of events) seen.push(event);
      const output = seen.flatMap((event) => (event.type === "item.delta" && event.item_type === "command_execution" ? [event.delta] : []));
      assert.ok(output.join("").includes("third"), `deltas: ${JSON.stringify(output)}`);
      // As printed: in pieces 0.3 s apart, each before the item completed. (codex 0.169 sends no delta for
      // output printed the instant the command starts, here "first": the completed item has it.)
      assert.ok(output.length >= 2 && !output[0]?.includes("third"), `deltas: ${JSON.stringify(output)}`);
      const doneAt = seen.findIndex((event) => event.type === "item.completed" && event.item.type === "command_execution");
      const deltaPositions = seen.flatMap((event, index) => (event.type === "item.delta" && event.item_type === "command_execution" ? [index] : []));
      assert.ok(deltaPositions.every((index) => index < doneAt), "the output came before the completed item");
      const done = seen[doneAt];
      assert.ok(done?.type === "item.completed" && done.item.type === "command_execution");
      assert.equal(done.item.aggregated_output, "first\nsecond\nthird\n");
    });
  });
});

describe("app-server: steer", () => {
  test("adds input to the running turn; the model's next request carries it", async () => {
    await withModel([delay(1500, message("slow first answer")), [message("answer after steer")]], async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const thread = codex.startThread({ skipGitRepoCheck: true });
      await assert.rejects(thread.steer("nothing runs"), CodexNoActiveTurnError);
      const { events } = await thread.runStreamed("first prompt");
      const seen: ThreadEvent[] = [];
      for await (const event of events) {
        seen.push(event);
        if (event.type === "turn.started") await thread.steer("also consider this");
      }
      assert.equal(seen.at(-1)?.type, "turn.completed");
      assert.ok(model.requests.some((request) => lastUserText(request) === "also consider this"), "the steer reached the model");
      await assert.rejects(thread.steer("too late"), CodexNoActiveTurnError);
    });
  });

  test("a second run() on a busy thread waits its turn instead of steering it", async () => {
    await withModel([delay(300, message("first")), [message("second")]], async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const thread = codex.startThread({ skipGitRepoCheck: true });
      const [first, second] = await Promise.all([thread.run("one"), thread.run("two")]);
      assert.equal(first.finalResponse, "first");
      assert.equal(second.finalResponse, "second");
      assert.deepEqual(model.requests.map((request) => lastUserText(request)), ["one", "two"]);
    });
  });

  test("steer() and interrupt() right after run() reach the turn that was asked for", async () => {
    await withModel([delay(30_000, message("thrown away by the steer")), [message("answer after steer")]], async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const thread = codex.startThread({ skipGitRepoCheck: true });
      const first = thread.run("first prompt");
      await thread.steer("steered right away");
      assert.equal((await first).finalResponse, "answer after steer");
      assert.equal(lastUserText(model.requests.at(-1) ?? {}), "steered right away");
      const second = thread.run("never sent");
      await thread.interrupt();
      await assert.rejects(second, CodexAbortError);
      assert.ok(!model.requests.some((request) => lastUserText(request) === "never sent"), "the interrupted turn never reached the model");
    });
  });
});

describe("app-server: many threads, one process", () => {
  test("20 threads run turns at once over one app-server", async () => {
    const recorder = new TurnRecorder();
    try {
      await withModel((request) => [message(`echo: ${lastUserText(request)}`)], async (model: ScriptedModel) => {
        await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
        const turns = await Promise.all(Array.from({ length: 20 }, (_, i) => codex.startThread({ skipGitRepoCheck: true }).run(`prompt ${i}`)));
        assert.deepEqual(turns.map((turn) => turn.finalResponse), Array.from({ length: 20 }, (_, i) => `echo: prompt ${i}`));
        assert.equal(new Set(recorder.starts.map((start) => start.pid)).size, 1, "one process served them all");
        assert.ok(recorder.maxActive > 1, "turns overlapped");
      });
    } finally {
      recorder.close();
    }
  });

  test("images, outputSchema and thread options reach the model", async () => {
    const dir = workspace();
    const image = path.join(dir, "pixel.png");
    const png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";
    (await import("node:fs")).writeFileSync(image, Buffer.from(png, "base64"));
    await withModel([[message('{"seen":true}')]], async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const schema = { type: "object", properties: { seen: { type: "boolean" } }, required: ["seen"], additionalProperties: false };
      const turn = await codex
        .startThread({ skipGitRepoCheck: true, workingDirectory: dir, modelReasoningEffort: "high" })
        .run([{ type: "text", text: "What is this?" }, { type: "local_image", path: image }], { outputSchema: schema });
      assert.deepEqual(turn.output, { seen: true });
      const request = model.requests[0] ?? {};
      assert.match(JSON.stringify(request.input), /data:image\/png;base64,/);
      assert.deepEqual((request.text as { format?: { schema?: unknown } }).format?.schema, schema);
      assert.equal((request.reasoning as { effort?: string }).effort, "high");
      assert.equal(readFileSync(image).length > 0, true);
    });
  });
});

describe("an app-server Codex that is never closed", () => {
  test("does not keep Node alive once nothing waits on it; the app-server still ends with the program", async () => {
    await withModel([message("answered")], async (model) => {
      const fixture = fileURLToPath(new URL("../fixtures/forgets-close.ts", import.meta.url));
      const child = spawn(process.execPath, ["--import", "tsx", fixture], {
        env: { ...process.env, CODEX_SDK_TEST_OPTIONS: JSON.stringify(model.codexOptions()) },
        stdio: ["ignore", "pipe", "inherit"],
      });
      let stdout = "";
      child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
      // Before the fix the program never ended: the test's own timeout is the bound.
      const [code] = (await once(child, "exit")) as [number | null];
      assert.equal(code, 0);
      const result = JSON.parse(stdout) as { finalResponse: string; listed: number; pid: number };
      assert.deepEqual([result.finalResponse, result.listed], ["answered", 1]);
      assert.ok(result.pid > 0);
      // The app-server ends after the program (its input closes): it may still be writing to CODEX_HOME for a moment.
      await pollUntil(() => (isRunning(result.pid) ? undefined : true), "the app-server ends after the program", 10_000);
    });
    // The app-server saw its input end (and the watchdog its parent go): nothing it started is left.
    await assertNoProcessesLeft();
  });
});
