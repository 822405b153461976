import { CodexAbortError, CodexConfigError, CodexError } from "../errors.js";
import { codexVersionAtLeast } from "../process/codex-version.js";
import type { ThreadItem } from "../items.js";
import { isObject, type JsonObject } from "../json-checks.js";
import type {
  AccountInfo,
  CodexManagement,
  ConfigInfo,
  ListThreadsOptions,
  LoginOptions,
  McpServerInfo,
  ListModelsOptions,
  ModelInfo,
  RateLimits,
  ThreadDetails,
  ThreadInfo,
  ThreadPage,
  ThreadSourceKind,
  ThreadTurn,
} from "../management.js";
import type { ClientParams, ClientResult, SentMethod, Turn } from "../protocol/index.js";
import { validateThreadId } from "../validate-options.js";
import type { AppServerHost } from "./host.js";
import type { Connection } from "./connection.js";
import { mapItem } from "./mapping.js";

const USER_SOURCES: readonly ThreadSourceKind[] = ["cli", "vscode", "exec", "appServer"];
const ALL_SOURCES: readonly ThreadSourceKind[] = [...USER_SOURCES, "subAgent", "subAgentReview", "subAgentCompact", "subAgentThreadSpawn", "subAgentOther", "unknown"];

/**
 * Threads, models, accounts, MCP servers and config over the app-server, for
 * `Codex`'s management methods. Paged lists are read to the end where the
 * method returns everything; items in turns are mapped to this SDK's types.
 */
export class AppServerManagement implements CodexManagement {
  constructor(private readonly transport: AppServerHost) {}

  async listThreads(options: ListThreadsOptions = {}): Promise<ThreadPage> {
    const { sourceKinds = "user" } = options;
    const params: ClientParams<"thread/list"> = {
      sourceKinds: sourceKinds === "user" ? [...USER_SOURCES] : sourceKinds === "all" ? [...ALL_SOURCES] : [...sourceKinds],
    };
    if (options.limit !== undefined) params.limit = options.limit;
    if (options.cursor !== undefined) params.cursor = options.cursor;
    if (options.archived !== undefined) params.archived = options.archived;
    if (options.cwd !== undefined) params.cwd = typeof options.cwd === "string" ? options.cwd : [...options.cwd];
    if (options.searchTerm !== undefined) params.searchTerm = options.searchTerm;
    if (options.sortDirection !== undefined) params.sortDirection = options.sortDirection;
    if (options.sortKey !== undefined) params.sortKey = options.sortKey;
    if (options.includedThreadIds !== undefined) {
      options.includedThreadIds.forEach((id, index) => validateThreadId(id, `listThreads({ includedThreadIds[${index}] })`));
      params.includedThreadIds = [...options.includedThreadIds];
      // An older app-server would ignore the field and list every thread: refused instead.
      await this.transport.connection();
      const version = this.transport.codexVersion;
      if (version !== undefined && !codexVersionAtLeast(version, "0.171")) throw new CodexConfigError(`listThreads({ includedThreadIds }) needs codex 0.171 or later; the app-server is codex ${version}`);
    }
    const page = await this.request("thread/list", params);
    return { data: page.data.map(withoutTurns), nextCursor: page.nextCursor ?? null };
  }

  async readThread(id: string, options: { turns?: boolean | undefined } = {}): Promise<ThreadDetails> {
    validateThreadId(id, "codex.readThread(id)");
    const read = await this.request("thread/read", { threadId: id });
    const details: ThreadDetails = { thread: withoutTurns(read.thread) };
    if (options.turns) {
      // thread/read's includeTurns is deprecated in 0.169: turns come from thread/turns/list, page by page.
      const turns = await this.allPages((cursor) => this.request("thread/turns/list", { threadId: id, sortDirection: "asc", itemsView: "full", ...(cursor ? { cursor } : {}) }));
      details.turns = turns.map(toThreadTurn);
    }
    return details;
  }

  async archiveThread(id: string): Promise<void> {
    validateThreadId(id, "codex.archiveThread(id)");
    await this.request("thread/archive", { threadId: id });
    this.transport.forgetThread(id);
  }

  async unarchiveThread(id: string): Promise<ThreadInfo> {
    validateThreadId(id, "codex.unarchiveThread(id)");
    const response = await this.request("thread/unarchive", { threadId: id });
    // An unarchived thread comes back unloaded: it must be resumed before it runs.
    this.transport.forgetThread(id);
    return withoutTurns(response.thread);
  }

  listModels(options: ListModelsOptions = {}): Promise<ModelInfo[]> {
    const hidden = options.includeHidden === undefined ? {} : { includeHidden: options.includeHidden };
    return this.allPages((cursor) => this.request("model/list", cursor ? { ...hidden, cursor } : hidden));
  }

  async account(): Promise<AccountInfo> {
    return this.request("account/read", {});
  }

  async login(options: LoginOptions): Promise<void> {
    const { signal } = options;
    if (signal?.aborted) throw new CodexAbortError("The login was aborted");
    if ("apiKey" in options) {
      // From now on the key is a secret the SDK hides wherever it writes text.
      this.transport.redactor.add(options.apiKey);
      await this.request("account/login/start", { type: "apiKey", apiKey: options.apiKey });
      return;
    }
    const connection = await this.transport.connection();
    // Listening from the moment the reply is read: the completion may follow in the same chunk.
    let completed: { done: Promise<void>; dispose(): void } | undefined;
    const started = await connection.request(
      "account/login/start",
      { type: "chatgptDeviceCode" },
      { onResult: (result) => void (completed = result.type === "chatgptDeviceCode" ? this.loginCompleted(connection, result.loginId, signal) : undefined) },
    );
    if (completed === undefined || started.type !== "chatgptDeviceCode") throw new CodexError("CODEX_LOGIN", "The login did not start");
    // Waiting for the person to enter the code is waiting on the app-server: Node stays alive.
    const release = connection.hold();
    try {
      await options.deviceCode.onCode({ verificationUrl: started.verificationUrl, userCode: started.userCode });
      await completed.done;
    } finally {
      release();
      completed.dispose();
    }
  }

  async logout(): Promise<void> {
    await this.request("account/logout", undefined);
  }

  async rateLimits(): Promise<RateLimits> {
    return this.request("account/rateLimits/read", undefined);
  }

  mcpServers(): Promise<McpServerInfo[]> {
    return this.allPages((cursor) => this.request("mcpServerStatus/list", cursor ? { cursor } : {}));
  }

  async readConfig(options: { cwd?: string | undefined } = {}): Promise<ConfigInfo> {
    return this.request("config/read", options.cwd === undefined ? {} : { cwd: options.cwd });
  }

  /** Waits for `account/login/completed` of `loginId`; `signal` cancels the login. */
  private loginCompleted(connection: Connection, loginId: string, signal: AbortSignal | undefined): { done: Promise<void>; dispose(): void } {
    let stopListening: () => void = () => undefined;
    let onAbort: (() => void) | undefined;
    const done = new Promise<void>((resolve, reject) => {
      stopListening = this.transport.onGlobalNotification("account/login/completed", (params: JsonObject) => {
        if (params.loginId !== undefined && params.loginId !== null && params.loginId !== loginId) return;
        if (params.success === true) resolve();
        else reject(new CodexError("CODEX_LOGIN", `The login failed: ${typeof params.error === "string" ? this.transport.redactor.redact(params.error) : "no reason given"}`));
      });
      onAbort = () => {
        void connection.request("account/login/cancel", { loginId }).catch(() => undefined);
        reject(new CodexAbortError("The login was aborted"));
      };
      signal?.addEventListener("abort", onAbort, { once: true });
    });
    return {
      done,
      dispose: () => {
        stopListening();
        if (onAbort) signal?.removeEventListener("abort", onAbort);
      },
    };
  }

  /** Every page of a paged list, in order: `page(cursor)` asks for one. */
  private async allPages<T>(page: (cursor: string | undefined) => Promise<{ data: T[]; nextCursor?: string | null }>): Promise<T[]> {
    const all: T[] = [];
    let cursor: string | undefined;
    do {
      const { data, nextCursor } = await page(cursor);
      all.push(...data);
      cursor = nextCursor ?? undefined;
    } while (cursor);
    return all;
  }

  private async request<M extends SentMethod>(method: M, params: ClientParams<M>): Promise<ClientResult<M>> {
    const connection = await this.transport.connection();
    return connection.request(method, params);
  }
}

function withoutTurns(thread: ThreadInfo & { turns?: unknown }): ThreadInfo {
  const { turns, ...rest } = thread;
  void turns;
  return rest;
}

function toThreadTurn(turn: Turn): ThreadTurn {
  const items: ThreadItem[] = [];
  const input: string[] = [];
  for (const item of turn.items) {
    if (item.type === "userMessage") {
      for (const part of item.content) if (part.type === "text") input.push(part.text);
      continue;
    }
    const mapped = isObject(item) ? mapItem(item) : null;
    if (mapped !== null) items.push(mapped);
  }
  return {
    id: turn.id,
    status: turn.status,
    input: input.join("\n\n"),
    items,
    error: turn.error ?? null,
    startedAt: turn.startedAt ?? null,
    completedAt: turn.completedAt ?? null,
    durationMs: turn.durationMs ?? null,
  };
}
