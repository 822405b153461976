import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, test } from "node:test";
import { context, trace } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { Codex } from "../../src/index.js";
import { instrumentCodex } from "../../src/otel/index.js";
import { applyPatch, fail, message, shell, usage, webSearch } from "../../src/testing/index.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";
import { withModel, workspace } from "../helpers/scripted.js";

afterEach(() => assertNoProcessesLeft());

/** A tracer provider that keeps finished spans in memory, with async context so spans nest. */
function inMemoryTracing() {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const contextManager = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(contextManager);
  const instrumentation = instrumentCodex({ tracerProvider: provider });
  return {
    exporter,
    tracer: provider.getTracer("test"),
    async close() {
      instrumentation.disable();
      await provider.shutdown();
      context.disable();
      contextManager.disable();
    },
  };
}

function byName(spans: readonly ReadableSpan[], name: string): ReadableSpan[] {
  return spans.filter((span) => span.name === name);
}

function parentOf(span: ReadableSpan): string | undefined {
  return span.parentSpanContext?.spanId;
}

describe("codex-sdk/otel on a real scripted turn", () => {
  for (const transport of ["exec", "app-server"] as const) {
    test(`${transport}: a turn span with GenAI attributes, a child span per tool, nested under the caller's span`, async () => {
      const tracing = inMemoryTracing();
      try {
        await withModel(
          [[shell("echo traced")], [applyPatch("*** Begin Patch\n*** Add File: t.txt\n+x\n*** End Patch\n")], [webSearch("otel"), message("done"), usage({ input_tokens: 7, output_tokens: 3, cached_input_tokens: 1 })]],
          async (model) => {
            await using codex = new Codex(model.codexOptions({ transport }));
            await tracing.tracer.startActiveSpan("caller", async (caller) => {
              await codex.startThread({ skipGitRepoCheck: true, workingDirectory: workspace(), sandboxMode: "workspace-write", model: "gpt-5.5" }).run("go");
              caller.end();
            });
          },
        );
        const spans = tracing.exporter.getFinishedSpans();
        const [turn] = byName(spans, "invoke_agent codex");
        const [caller] = byName(spans, "caller");
        assert.ok(turn && caller, spans.map((span) => span.name).join(", "));
        assert.equal(parentOf(turn), caller.spanContext().spanId, "the turn's span is a child of the caller's");
        assert.equal(turn.attributes["gen_ai.operation.name"], "invoke_agent");
        assert.equal(turn.attributes["gen_ai.request.model"], "gpt-5.5");
        assert.equal(turn.attributes["codex.sandbox"], "workspace-write");
        assert.equal(turn.attributes["codex.transport"], transport);
        assert.equal(turn.attributes["codex.turn.outcome"], "completed");
        assert.match(String(turn.attributes["gen_ai.conversation.id"]), /^[0-9a-f-]{36}$/);
        assert.equal(turn.attributes["gen_ai.usage.input_tokens"], 7);
        assert.equal(turn.attributes["gen_ai.usage.output_tokens"], 3);
        assert.equal(turn.attributes["gen_ai.usage.cache_read.input_tokens"], 1);
        const tools = spans.filter((span) => span.name.startsWith("execute_tool "));
        assert.deepEqual(tools.map((span) => span.name).sort(), ["execute_tool apply_patch", "execute_tool shell", "execute_tool web_search"]);
        for (const tool of tools) {
          assert.equal(parentOf(tool), turn.spanContext().spanId, `${tool.name} is a child of the turn`);
          assert.equal(tool.attributes["gen_ai.operation.name"], "execute_tool");
        }
        assert.equal(byName(spans, "execute_tool shell")[0]?.attributes["process.exit.code"], 0);
      } finally {
        await tracing.close();
      }
    });
  }

  test("a failed turn's span records the error, redacted", async () => {
    const tracing = inMemoryTracing();
    const apiKey = "sk-otel-secret-4242424242";
    try {
      await withModel([fail(400, `Invalid key ${apiKey}`)], async (model) => {
        await using codex = new Codex(model.codexOptions({ apiKey }));
        // The model's error quotes the key: the turn's failure says [REDACTED] instead.
        await assert.rejects(codex.startThread({ skipGitRepoCheck: true }).run("x"), (error: unknown) => error instanceof Error && /Invalid key \[REDACTED\]/.test(error.message) && !error.message.includes(apiKey));
      });
      const [turn] = byName(tracing.exporter.getFinishedSpans(), "invoke_agent codex");
      assert.ok(turn);
      assert.equal(turn.status.code, 2, "ERROR");
      assert.equal(turn.attributes["codex.turn.outcome"], "failed");
      assert.ok(!JSON.stringify({ attributes: turn.attributes, events: turn.events, status: turn.status }).includes(apiKey));
    } finally {
      await tracing.close();
    }
  });

  for (const transport of ["exec", "app-server"] as const) {
    test(`${transport}: each span carries its own turn's tokens, also after a resume; the model is the one used`, async () => {
      const tracing = inMemoryTracing();
      const hundred = (text: string) => [message(text), usage({ input_tokens: 60, output_tokens: 40 })];
      try {
        await withModel([hundred("one"), hundred("two"), hundred("three")], async (model) => {
          // No model in the SDK's options: codex takes it from CODEX_HOME/config.toml.
          const options = model.codexOptions({ transport });
          delete (options.config as Record<string, unknown>).model;
          writeFileSync(path.join(model.codexHome, "config.toml"), 'model = "gpt-5.5"\n');
          const first = new Codex(options);
          const thread = first.startThread({ skipGitRepoCheck: true });
          await thread.run("one");
          await thread.run("two");
          await first.close();
          // A new Codex resumes the thread: its first turn must not report the thread's earlier tokens.
          await using second = new Codex(options);
          const resumed = await second.resumeThread(thread.id as string, { skipGitRepoCheck: true }).run("three");
          assert.equal(resumed.usage?.input_tokens, 180, "turn.completed keeps the official meaning: the thread's running total");
        });
        const turns = byName(tracing.exporter.getFinishedSpans(), "invoke_agent codex");
        assert.deepEqual(turns.map((span) => [span.attributes["gen_ai.usage.input_tokens"], span.attributes["gen_ai.usage.output_tokens"]]), [[60, 40], [60, 40], [60, 40]]);
        assert.deepEqual(turns.map((span) => span.attributes["gen_ai.request.model"]), ["gpt-5.5", "gpt-5.5", "gpt-5.5"]);
      } finally {
        await tracing.close();
      }
    });

    test(`${transport}: a failed turn's span carries the failure's message, redacted`, async () => {
      const tracing = inMemoryTracing();
      const apiKey = "sk-otel-secret-5353535353";
      try {
        await withModel([fail(400, `Quota exceeded for ${apiKey}`)], async (model) => {
          await using codex = new Codex(model.codexOptions({ transport, apiKey }));
          await assert.rejects(codex.startThread({ skipGitRepoCheck: true }).run("x"));
        });
        const [turn] = byName(tracing.exporter.getFinishedSpans(), "invoke_agent codex");
        assert.ok(turn);
        assert.equal(turn.attributes["codex.turn.outcome"], "failed");
        assert.equal(turn.attributes["error.type"], "turn_failed");
        assert.match(turn.status.message ?? "", /Quota exceeded for \[REDACTED\]/);
        assert.ok(turn.events.some((event) => /Quota exceeded/.test(String(event.attributes?.["exception.message"]))));
      } finally {
        await tracing.close();
      }
    });
  }

  test("nothing is traced once disabled", async () => {
    const tracing = inMemoryTracing();
    await tracing.close();
    await withModel([[message("quiet")]], async (model) => {
      await using codex = new Codex(model.codexOptions());
      await codex.startThread({ skipGitRepoCheck: true }).run("x");
    });
    assert.deepEqual(tracing.exporter.getFinishedSpans(), []);
    assert.equal(trace.getActiveSpan(), undefined);
  });
});
