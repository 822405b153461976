import { mkdir, mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import type { CodexConfigObject, CodexOptions } from "../options.js";
import type { ScriptPart, ScriptedResponse, ScriptedUsage } from "./builders.js";
import type { ScriptedRequest } from "./requests.js";

/** Options for {@link startScriptedModel}. */
export interface ScriptedModelOptions {
  /**
   * When true (the default), a request beyond the end of the script is answered
   * with HTTP 400 and a message that shows what codex asked for, so the turn
   * fails loudly instead of hanging or passing by accident.
   */
  strict?: boolean;
  /** Model name codex is told to use. Defaults to `gpt-5.5`, which has bundled metadata. */
  model?: string;
  /**
   * The codex executable {@link ScriptedModel.codexOptions} runs (its
   * `codexPathOverride`), to test against another codex than the installed
   * one. Default: the environment variable `CODEX_SDK_TESTING_CODEX_PATH`,
   * else the SDK's own lookup.
   */
  codexPath?: string;
}

/** A running scripted model server. */
export interface ScriptedModel {
  /** Base URL of the Responses API (`http://127.0.0.1:PORT/v1`). */
  readonly url: string;
  /** Every request body codex sent to `/v1/responses`, parsed, in arrival order. */
  readonly requests: readonly ScriptedRequest[];
  /** The HTTP headers of each of {@link requests} (names in lower case), in the same order. */
  readonly requestHeaders: ReadonlyArray<Readonly<Record<string, string>>>;
  /** Descriptions of requests that arrived after the script was used up (strict mode). */
  readonly unexpectedRequests: readonly string[];
  /** The temporary `CODEX_HOME` shared by every `Codex` built from {@link codexOptions}. */
  readonly codexHome: string;
  /**
   * The temporary, empty `HOME` of every codex run from {@link codexOptions}: the
   * login shells codex starts for commands then run no shell profile of this
   * machine (a profile can be slow, or take locks that a killed turn leaves behind).
   */
  readonly home: string;
  /**
   * `CodexOptions` wired to this server: a custom model provider, an isolated
   * `CODEX_HOME` and `HOME`, no retries, and a model with bundled metadata.
   * `extra` is merged on top (its `config` and `env` are merged key by key).
   */
  codexOptions(extra?: CodexOptions): CodexOptions;
  /** Stops the server, ends pending replies and removes the temporary `CODEX_HOME` and `HOME`. */
  close(): Promise<void>;
}

const PROVIDER_ID = "scripted";

/**
 * Decides the answer to each request from the request itself: for concurrent
 * turns, where a fixed list cannot say which turn a request belongs to.
 * `index` counts requests from 0. Returning `undefined` means "not scripted"
 * (refused in strict mode).
 */
export type ScriptedResponder = (request: Readonly<ScriptedRequest>, index: number) => ScriptedResponse | undefined;

/**
 * Starts a local HTTP server that speaks the OpenAI Responses API and plays back
 * `responses`, one element per request that codex makes (each tool call makes
 * codex send another request).
 *
 * @example
 * ```ts
 * const model = await startScriptedModel([message("hi")]);
 * const codex = new Codex(model.codexOptions());
 * const turn = await codex.startThread({ skipGitRepoCheck: true }).run("say hi");
 * await model.close();
 * ```
 */
export async function startScriptedModel(
  responses: readonly ScriptedResponse[] | ScriptedResponder,
  options: ScriptedModelOptions = {},
): Promise<ScriptedModel> {
  const respond: ScriptedResponder = typeof responses === "function" ? responses : (_request, index) => responses[index];
  const scriptLength = typeof responses === "function" ? undefined : responses.length;
  const strict = options.strict ?? true;
  const modelName = options.model ?? "gpt-5.5";
  const codexPath = options.codexPath ?? process.env.CODEX_SDK_TESTING_CODEX_PATH;
  const requests: ScriptedRequest[] = [];
  const requestHeaders: Record<string, string>[] = [];
  const unexpectedRequests: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let nextResponse = 0;

  const server = http.createServer((req, res) => {
    readBody(req)
      .then(async (body) => {
        if (req.method !== "POST" || !req.url?.endsWith("/responses")) {
          sendError(res, 404, `scripted model: no route for ${req.method ?? "?"} ${req.url ?? "?"}`);
          return;
        }
        const parsed = parseJsonObject(body);
        requests.push(parsed);
        requestHeaders.push(headersOf(req));
        const index = nextResponse;
        nextResponse += 1;
        const scripted = respond(parsed, index);
        if (scripted === undefined) {
          const size =
            scriptLength === undefined
              ? "the responder gave no answer"
              : `the script has ${scriptLength} response${scriptLength === 1 ? "" : "s"}`;
          const text = `scripted model: unexpected request #${index + 1} (${size}); codex asked: ${describeRequest(parsed)}`;
          unexpectedRequests.push(text);
          if (strict) sendPlainError(res, 400, text);
          else sendStream(res, [{ kind: "item", item: { type: "message", role: "assistant", content: [] } }]);
          return;
        }
        await answer(res, scripted, timers);
      })
      .catch((error: unknown) => {
        sendError(res, 500, `scripted model: ${String(error)}`);
      });
  });
  // Keep-alive sockets would otherwise hold close() open until codex exits.
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/v1`;
  const root = await mkdtemp(path.join(os.tmpdir(), "codex-sdk-scripted-"));
  const codexHome = path.join(root, "codex-home");
  const home = path.join(root, "home");
  await Promise.all([mkdir(codexHome), mkdir(home)]);

  let closed: Promise<void> | undefined;
  return {
    url,
    requests,
    requestHeaders,
    unexpectedRequests,
    codexHome,
    home,
    codexOptions(extra: CodexOptions = {}): CodexOptions {
      const options = buildCodexOptions(url, { CODEX_HOME: codexHome, HOME: home }, modelName, extra);
      return codexPath === undefined || options.codexPathOverride !== undefined ? options : { ...options, codexPathOverride: codexPath };
    },
    close(): Promise<void> {
      closed ??= (async () => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        // A codex that is still ending may write into CODEX_HOME meanwhile: the removal is tried again then.
        await rm(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
      })();
      return closed;
    },
  };
}

function buildCodexOptions(url: string, homes: { CODEX_HOME: string; HOME: string }, model: string, extra: CodexOptions): CodexOptions {
  const config: CodexConfigObject = {
    model,
    model_provider: PROVIDER_ID,
    model_providers: {
      [PROVIDER_ID]: {
        name: "Scripted model",
        base_url: url,
        wire_api: "responses",
        supports_websockets: false,
        // A scripted failure must fail the turn at once, not after retry back-off.
        stream_max_retries: 0,
        request_max_retries: 0,
      },
    },
    // Plugins would try to sync from the internet on first start.
    features: { plugins: false },
    // So that a scripted updatePlan() works whatever the model's default tool set.
    tools: { update_plan: { enabled: true } },
    ...extra.config,
  };
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined) env[key] = value;
  }
  // The scripted provider needs no key; a real one from the caller's shell must not leak into test turns.
  delete env.CODEX_API_KEY;
  delete env.OPENAI_API_KEY;
  Object.assign(env, homes, extra.env);
  return { ...extra, config, env };
}

async function answer(res: http.ServerResponse, scripted: ScriptedResponse, timers: Set<NodeJS.Timeout>): Promise<void> {
  const parts: readonly ScriptPart[] = isPartList(scripted) ? scripted : [scripted];
  const delayed = parts.find((part) => part.kind === "delay");
  if (delayed !== undefined) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, delayed.ms);
      timers.add(timer);
    });
    if (res.destroyed) return;
    await answer(res, [...parts.filter((part) => part !== delayed), ...toList(delayed.then)], timers);
    return;
  }
  const failure = parts.find((part) => part.kind === "fail");
  const extraHeaders = Object.assign({}, ...parts.map((part) => (part.kind === "headers" ? part.headers : {})), failure?.headers) as Record<string, string>;
  if (failure !== undefined) {
    sendError(res, failure.status, failure.message, extraHeaders);
    return;
  }
  sendStream(res, parts, extraHeaders);
}

function isPartList(response: ScriptedResponse): response is readonly ScriptPart[] {
  return Array.isArray(response);
}

function toList(response: ScriptedResponse): readonly ScriptPart[] {
  return isPartList(response) ? response : [response];
}

let responseCounter = 0;

function sendStream(res: http.ServerResponse, parts: readonly ScriptPart[], headers: Readonly<Record<string, string>> = {}): void {
  responseCounter += 1;
  const responseId = `resp_${responseCounter}`;
  res.writeHead(200, { ...headers, "content-type": "text/event-stream", "cache-control": "no-cache" });
  const send = (type: string, data: Record<string, unknown>): void => {
    res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
  };
  send("response.created", { response: { id: responseId } });
  let usageCounts: ScriptedUsage = {};
  let truncated = false;
  let outputIndex = 0;
  for (const part of parts) {
    if (part.kind === "item") {
      if (part.chunks !== undefined) streamChunks(send, part.item, part.chunks, outputIndex);
      send("response.output_item.done", { output_index: outputIndex, item: part.item });
      outputIndex += 1;
    } else if (part.kind === "usage") {
      usageCounts = { ...usageCounts, ...part.usage };
    } else if (part.kind === "truncate") {
      truncated = true;
    }
  }
  if (!truncated) {
    const input = usageCounts.input_tokens ?? 0;
    const output = usageCounts.output_tokens ?? 0;
    send("response.completed", {
      response: {
        id: responseId,
        usage: {
          input_tokens: input,
          input_tokens_details: { cached_tokens: usageCounts.cached_input_tokens ?? 0 },
          output_tokens: output,
          output_tokens_details: { reasoning_tokens: usageCounts.reasoning_output_tokens ?? 0 },
          total_tokens: input + output,
        },
      },
    });
  }
  res.end();
}

/** The item's start, then its text in pieces, as the Responses API streams them. */
function streamChunks(send: (type: string, data: Record<string, unknown>) => void, item: Readonly<Record<string, unknown>>, chunks: readonly string[], outputIndex: number): void {
  const itemId = item.id;
  if (item.type === "reasoning") {
    send("response.output_item.added", { output_index: outputIndex, item: { type: "reasoning", id: itemId, summary: [] } });
    send("response.reasoning_summary_part.added", { item_id: itemId, output_index: outputIndex, summary_index: 0, part: { type: "summary_text", text: "" } });
    for (const delta of chunks) send("response.reasoning_summary_text.delta", { item_id: itemId, output_index: outputIndex, summary_index: 0, delta });
    return;
  }
  send("response.output_item.added", { output_index: outputIndex, item: { ...item, status: "in_progress", content: [] } });
  send("response.content_part.added", { item_id: itemId, output_index: outputIndex, content_index: 0, part: { type: "output_text", text: "", annotations: [] } });
  for (const delta of chunks) send("response.output_text.delta", { item_id: itemId, output_index: outputIndex, content_index: 0, delta });
}

function sendError(res: http.ServerResponse, status: number, text: string, headers: Readonly<Record<string, string>> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const body = JSON.stringify({ error: { message: text, type: "invalid_request_error", code: null, param: null } });
  res.writeHead(status, { ...headers, "content-type": "application/json" });
  res.end(body);
}

/** Plain text, so codex shows it as is in the turn's failure message. */
function sendPlainError(res: http.ServerResponse, status: number, text: string): void {
  res.writeHead(status, { "content-type": "text/plain; charset=utf-8" });
  res.end(text);
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function headersOf(req: http.IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

function parseJsonObject(body: string): ScriptedRequest {
  try {
    const value: unknown = JSON.parse(body);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      return value as ScriptedRequest;
    }
  } catch {
    // fall through: keep the raw body so a test can still see it
  }
  return { raw: body };
}

/** A short, readable account of what codex asked for: the last input item (a user message or a tool output). */
function describeRequest(body: ScriptedRequest): string {
  const input = body.input;
  if (!Array.isArray(input) || input.length === 0) return JSON.stringify(body).slice(0, 500);
  const last = input[input.length - 1] as Record<string, unknown>;
  if (last.type === "function_call_output" || last.type === "custom_tool_call_output") {
    return `the output of tool call ${String(last.call_id)}: ${JSON.stringify(last.output).slice(0, 400)}`;
  }
  if (last.type === "message") {
    const content = Array.isArray(last.content) ? (last.content as { text?: string }[]) : [];
    const text = content.map((part) => part.text ?? "").join(" ");
    return `a reply to the ${String(last.role)} message ${JSON.stringify(text.slice(0, 400))}`;
  }
  return JSON.stringify(last).slice(0, 500);
}
