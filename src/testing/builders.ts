/**
 * Response builders for the scripted model. Each builder returns one part of
 * a scripted reply; an element of the script is one part or an array of parts
 * and answers exactly one request that codex sends.
 */

/** Token counts reported in `response.completed`. */
export interface ScriptedUsage {
  /** Input tokens. */
  input_tokens?: number;
  /** Of those, tokens read from the prompt cache. */
  cached_input_tokens?: number;
  /** Output tokens. */
  output_tokens?: number;
  /** Of those, reasoning tokens. */
  reasoning_output_tokens?: number;
}

/** An output item the model streams back (Responses API `output_item`). */
export interface OutputItemPart {
  /** Always `"item"`. */
  readonly kind: "item";
  /** The Responses API output item. */
  readonly item: Readonly<Record<string, unknown>>;
  /** Streamed in these pieces (`output_text` or reasoning-summary deltas) before the whole item. */
  readonly chunks?: readonly string[];
}

/** Options of {@link message} and {@link reasoning}. */
export interface StreamOptions {
  /**
   * Stream the text in these pieces before the whole item, as a real model
   * does: over the app-server transport each piece becomes an `item.delta`
   * event. They must join to the text.
   */
  chunks?: readonly string[];
}

/** Token usage for the response it appears in. */
export interface UsagePart {
  /** Always `"usage"`. */
  readonly kind: "usage";
  /** The counts. */
  readonly usage: ScriptedUsage;
}

/** Answer the request with an HTTP error instead of a stream. */
export interface FailPart {
  /** Always `"fail"`. */
  readonly kind: "fail";
  /** The HTTP status. */
  readonly status: number;
  /** The error message in the body. */
  readonly message: string;
  /** Response headers (e.g. `retry-after`), beside `content-type`. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** HTTP headers of the response it appears in (e.g. codex's rate-limit headers `x-codex-primary-used-percent` ...). */
export interface HeadersPart {
  /** Always `"headers"`. */
  readonly kind: "headers";
  /** Header names and values. */
  readonly headers: Readonly<Record<string, string>>;
}

/** End the event stream before `response.completed`. */
export interface TruncatePart {
  /** Always `"truncate"`. */
  readonly kind: "truncate";
}

/** Wait before answering. */
export interface DelayPart {
  /** Always `"delay"`. */
  readonly kind: "delay";
  /** How long to wait. */
  readonly ms: number;
  /** The answer after the wait. */
  readonly then: ScriptedResponse;
}

/** One part of a scripted reply. */
export type ScriptPart = OutputItemPart | UsagePart | FailPart | TruncatePart | DelayPart | HeadersPart;

/** The reply to one request: a single part or several output parts in one response. */
export type ScriptedResponse = ScriptPart | readonly ScriptPart[];

let nextId = 0;
/** Ids only need to be unique within a process; a counter keeps them readable in failures. */
function id(prefix: string): string {
  nextId += 1;
  return `${prefix}_${nextId}`;
}

/** An assistant message with the given text; with `chunks`, streamed in those pieces first. */
export function message(text: string, options: StreamOptions = {}): OutputItemPart {
  return withChunks(
    {
      kind: "item",
      item: {
        type: "message",
        id: id("msg"),
        role: "assistant",
        status: "completed",
        content: [{ type: "output_text", text, annotations: [] }],
      },
    },
    text,
    options,
  );
}

/** A reasoning summary; with `chunks`, streamed in those pieces first. */
export function reasoning(text: string, options: StreamOptions = {}): OutputItemPart {
  return withChunks(
    {
      kind: "item",
      item: {
        type: "reasoning",
        id: id("rs"),
        summary: [{ type: "summary_text", text }],
      },
    },
    text,
    options,
  );
}

function withChunks(part: OutputItemPart, text: string, options: StreamOptions): OutputItemPart {
  if (options.chunks === undefined) return part;
  if (options.chunks.join("") !== text) throw new Error(`chunks ${JSON.stringify(options.chunks)} do not join to ${JSON.stringify(text)}`);
  return { ...part, chunks: [...options.chunks] };
}

/** One step of a plan: what, and how far. */
export interface PlanStep {
  /** What the step is. */
  step: string;
  /** How far it is. */
  status: "pending" | "in_progress" | "completed";
}

/**
 * An `update_plan` tool call: codex shows the plan as a `todo_list` item (and
 * asks again). `codexOptions()` turns the tool on (`tools.update_plan.enabled`).
 */
export function updatePlan(steps: readonly PlanStep[], explanation?: string): OutputItemPart {
  return {
    kind: "item",
    item: {
      type: "function_call",
      id: id("fc"),
      call_id: id("call"),
      name: "update_plan",
      arguments: JSON.stringify(explanation === undefined ? { plan: steps } : { explanation, plan: steps }),
    },
  };
}

/** A shell command (an `exec_command` tool call). Codex runs it and sends another request with its output. */
export function shell(command: string): OutputItemPart {
  return {
    kind: "item",
    item: {
      type: "function_call",
      id: id("fc"),
      call_id: id("call"),
      name: "exec_command",
      arguments: JSON.stringify({ cmd: command }),
    },
  };
}

/**
 * An `apply_patch` tool call. `patch` uses codex's patch format, e.g.
 * `*** Begin Patch\n*** Add File: a.txt\n+hello\n*** End Patch\n`.
 */
export function applyPatch(patch: string): OutputItemPart {
  return {
    kind: "item",
    item: {
      type: "custom_tool_call",
      id: id("ctc"),
      call_id: id("call"),
      name: "apply_patch",
      input: patch,
    },
  };
}

/** A completed web search call. */
export function webSearch(query: string): OutputItemPart {
  return {
    kind: "item",
    item: {
      type: "web_search_call",
      id: id("ws"),
      status: "completed",
      action: { type: "search", query },
    },
  };
}

/**
 * Answer with HTTP `status` and an OpenAI-style error body carrying `message`.
 * codex 0.169 shows the message of a 400/401/403/404 in the turn's failure; for
 * a 429 or 5xx it shows its own generic text instead. `options.retryAfterSeconds`
 * sends a `retry-after` header, `options.headers` any others.
 */
export function fail(status: number, errorMessage: string, options: { retryAfterSeconds?: number; headers?: Readonly<Record<string, string>> } = {}): FailPart {
  const headers = { ...options.headers, ...(options.retryAfterSeconds === undefined ? {} : { "retry-after": String(options.retryAfterSeconds) }) };
  return Object.keys(headers).length === 0 ? { kind: "fail", status, message: errorMessage } : { kind: "fail", status, message: errorMessage, headers };
}

/**
 * Send these HTTP headers with the response: codex reads its rate-limit
 * headers (`x-codex-primary-used-percent`, `x-codex-primary-window-minutes`,
 * `x-codex-primary-reset-at` ...) into the app-server's `account/rateLimits/updated`.
 */
export function responseHeaders(headers: Readonly<Record<string, string>>): HeadersPart {
  return { kind: "headers", headers: { ...headers } };
}

/** Stream the other parts, then end the stream without `response.completed`. */
export function truncate(): TruncatePart {
  return { kind: "truncate" };
}

/** Wait `ms` milliseconds, then answer with `response`. */
export function delay(ms: number, response: ScriptedResponse): DelayPart {
  return { kind: "delay", ms, then: response };
}

/** Report these token counts in `response.completed`. */
export function usage(counts: ScriptedUsage): UsagePart {
  return { kind: "usage", usage: counts };
}
