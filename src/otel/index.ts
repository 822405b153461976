/**
 * codex-sdk/otel: OpenTelemetry spans for Codex turns, made from the SDK's
 * diagnostics channels. One span per turn (`invoke_agent codex`), with the
 * thread, model, sandbox, transport, outcome and the turn's own token usage
 * under the GenAI semantic-convention names (`gen_ai.usage.input_tokens` ...); a child span
 * per command execution, file change, MCP tool call and web search
 * (`execute_tool <name>`); errors recorded, already redacted. Needs
 * `@opentelemetry/api` (an optional peer dependency) and a tracer provider.
 *
 * @example
 * ```ts
 * import { instrumentCodex } from "codex-sdk/otel";
 * const instrumentation = instrumentCodex(); // uses the global tracer provider
 * // ... run turns ...
 * instrumentation.disable();
 * ```
 */
import diagnostics_channel from "node:diagnostics_channel";
import { context, SpanKind, SpanStatusCode, trace, type Span, type Tracer, type TracerProvider } from "@opentelemetry/api";
import type { ThreadItem } from "../items.js";
import {
  ITEM_END_CHANNEL,
  ITEM_START_CHANNEL,
  TURN_END_CHANNEL,
  TURN_START_CHANNEL,
  type ItemMessage,
  type TurnEndMessage,
  type TurnStartMessage,
} from "../telemetry.js";
import { SDK_VERSION } from "../version.js";

/** Options of {@link instrumentCodex}. */
export interface InstrumentationOptions {
  /** The provider to take the tracer from. Default: the global one. */
  tracerProvider?: TracerProvider | undefined;
  /** Or a tracer to use as is. */
  tracer?: Tracer | undefined;
}

/** A running instrumentation. */
export interface CodexInstrumentation {
  /** Stops making spans (open ones are ended as they are). */
  disable(): void;
}

const TRACER_NAME = "codex-sdk";

/** Item kinds that are tools the agent ran, and the tool name each span gets. */
function toolName(item: ThreadItem): string | undefined {
  switch (item.type) {
    case "command_execution":
      return "shell";
    case "file_change":
      return "apply_patch";
    case "mcp_tool_call":
      return `${item.server}.${item.tool}`;
    case "web_search":
      return "web_search";
    default:
      return undefined;
  }
}

/** Subscribes to the SDK's channels and makes spans until `disable()`. */
export function instrumentCodex(options: InstrumentationOptions = {}): CodexInstrumentation {
  const tracer = options.tracer ?? (options.tracerProvider ?? trace.getTracerProvider()).getTracer(TRACER_NAME, SDK_VERSION);
  const turns = new Map<number, Span>();
  const items = new Map<string, Span>();

  const onTurnStart = (message: unknown): void => {
    const start = message as TurnStartMessage;
    // Started in the caller's context: the turn's span is a child of whatever span the caller is in.
    const span = tracer.startSpan("invoke_agent codex", {
      kind: SpanKind.CLIENT,
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.provider.name": "openai",
        "gen_ai.agent.name": "codex",
        ...(start.threadId ? { "gen_ai.conversation.id": start.threadId } : {}),
        ...(start.model ? { "gen_ai.request.model": start.model } : {}),
        ...(start.sandbox ? { "codex.sandbox": start.sandbox } : {}),
        "codex.transport": start.transport,
        ...start.annotations,
        "codex.turn.mode": start.mode,
        ...(start.pid !== undefined ? { "process.pid": start.pid } : {}),
      },
    });
    turns.set(start.turnId, span);
  };

  const onItemStart = (message: unknown): void => {
    const { turnId, item } = message as ItemMessage;
    const parent = turns.get(turnId);
    const name = toolName(item);
    if (parent === undefined || name === undefined) return;
    items.set(`${turnId}:${item.id}`, startToolSpan(tracer, parent, name, item));
  };

  const onItemEnd = (message: unknown): void => {
    const { turnId, item } = message as ItemMessage;
    const parent = turns.get(turnId);
    const name = toolName(item);
    if (parent === undefined || name === undefined) return;
    const key = `${turnId}:${item.id}`;
    // Items reported only completed (a web search) get a span of their own, started now.
    const span = items.get(key) ?? startToolSpan(tracer, parent, name, item);
    items.delete(key);
    endToolSpan(span, item);
  };

  const onTurnEnd = (message: unknown): void => {
    const end = message as TurnEndMessage;
    const span = turns.get(end.turnId);
    if (span === undefined) return;
    turns.delete(end.turnId);
    if (end.threadId) span.setAttribute("gen_ai.conversation.id", end.threadId);
    span.setAttribute("codex.turn.outcome", end.outcome);
    if (end.model) span.setAttribute("gen_ai.request.model", end.model);
    // This turn's own tokens (never the thread's running total: summing spans must give what was spent).
    if (end.turnUsage) {
      span.setAttribute("gen_ai.usage.input_tokens", end.turnUsage.input_tokens);
      span.setAttribute("gen_ai.usage.output_tokens", end.turnUsage.output_tokens);
      span.setAttribute("gen_ai.usage.cache_read.input_tokens", end.turnUsage.cached_input_tokens);
      span.setAttribute("codex.usage.reasoning_output_tokens", end.turnUsage.reasoning_output_tokens);
    }
    if (end.error) {
      // The SDK redacted the message before publishing it.
      span.recordException({ name: end.error.name, message: end.error.message, ...(end.error.code ? { code: end.error.code } : {}) });
      span.setAttribute("error.type", end.outcome === "failed" ? "turn_failed" : (end.error.code ?? end.error.name));
      span.setStatus({ code: SpanStatusCode.ERROR, message: end.error.message });
    }
    // Tools still open when the turn ended (an interrupted command) end with it.
    for (const [key, tool] of items) {
      if (!key.startsWith(`${end.turnId}:`)) continue;
      tool.setStatus({ code: SpanStatusCode.ERROR, message: "the turn ended first" });
      tool.end();
      items.delete(key);
    }
    span.end();
  };

  const subscriptions: [string, (message: unknown) => void][] = [
    [TURN_START_CHANNEL, onTurnStart],
    [ITEM_START_CHANNEL, onItemStart],
    [ITEM_END_CHANNEL, onItemEnd],
    [TURN_END_CHANNEL, onTurnEnd],
  ];
  for (const [name, handler] of subscriptions) diagnostics_channel.subscribe(name, handler);
  return {
    disable(): void {
      for (const [name, handler] of subscriptions) diagnostics_channel.unsubscribe(name, handler);
    },
  };
}

function startToolSpan(tracer: Tracer, parent: Span, name: string, item: ThreadItem): Span {
  return tracer.startSpan(
    `execute_tool ${name}`,
    {
      kind: SpanKind.INTERNAL,
      attributes: { "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": name, "gen_ai.tool.call.id": item.id, "codex.item.type": item.type },
    },
    trace.setSpan(context.active(), parent),
  );
}

function endToolSpan(span: Span, item: ThreadItem): void {
  if (item.type === "command_execution") {
    if (typeof item.exit_code === "number") span.setAttribute("process.exit.code", item.exit_code);
    span.setAttribute("codex.item.status", item.status);
    if (item.status !== "completed") span.setStatus({ code: SpanStatusCode.ERROR, message: `command ${item.status}` });
  } else if (item.type === "file_change" || item.type === "mcp_tool_call") {
    span.setAttribute("codex.item.status", item.status);
    if (item.status === "failed") span.setStatus({ code: SpanStatusCode.ERROR, message: `${item.type} failed` });
  }
  span.end();
}
