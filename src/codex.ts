import { inspect } from "node:util";
import { AppServerTransport } from "./app-server/app-server-transport.js";
import { CodexUnsupportedError } from "./errors.js";
import { ExecTransport } from "./exec/exec-transport.js";
import type { Input } from "./input.js";
import type {
  AccountInfo,
  ConfigInfo,
  ListThreadsOptions,
  LoginOptions,
  McpServerInfo,
  ModelInfo,
  RateLimits,
  ThreadDetails,
  ThreadInfo,
  ThreadPage,
} from "./management.js";
import type { CodexOptions, ReviewRequest, ThreadOptions, TurnOptions } from "./options.js";
import { Thread, type StreamedTurn, type Turn } from "./thread.js";
import type { ManagementApi, ThreadStart, Transport } from "./transport.js";
import { resolveThreadPaths, validateCodexOptions, validateReviewRequest, validateThreadId, validateThreadOptions } from "./validate-options.js";

/**
 * The entry point: starts, resumes and forks threads, and runs reviews.
 *
 * @example
 * ```ts
 * const codex = new Codex();
 * const thread = codex.startThread({ workingDirectory: "/repo" });
 * const turn = await thread.run("Explain this repository");
 * console.log(turn.finalResponse);
 * ```
 */
export class Codex {
  readonly #transport: Transport;

  /** Validates the options and finds the codex executable; throws a `CodexError` when either fails. */
  constructor(options: CodexOptions = {}) {
    validateCodexOptions(options);
    this.#transport = options.transport === "app-server" ? new AppServerTransport({ ...options }) : new ExecTransport({ ...options });
  }

  /** Starts a new conversation with the agent. Nothing runs until the first turn. */
  startThread(options: ThreadOptions = {}): Thread {
    return this.#thread(options, { kind: "new" });
  }

  /**
   * Continues a thread by id (threads are stored under `$CODEX_HOME/sessions`).
   * @param id The id of the thread to resume.
   */
  resumeThread(id: string, options: ThreadOptions = {}): Thread {
    validateThreadId(id, "resumeThread(id)");
    return this.#thread(options, { kind: "resume", threadId: id });
  }

  /**
   * Extension: a new thread that starts as a copy of thread `id` (`codex exec fork`).
   * Its `id` is the new thread's once the first turn starts; `id` itself is untouched.
   */
  forkThread(id: string, options: ThreadOptions = {}): Thread {
    validateThreadId(id, "forkThread(id)");
    return this.#thread(options, { kind: "fork", threadId: id });
  }

  /** Extension: runs a code review (`codex exec review`) of uncommitted changes, a base branch or a commit. */
  review(request: ReviewRequest, options: ThreadOptions = {}, turnOptions: TurnOptions = {}): Promise<Turn> {
    return this.#reviewThread(request, options).run(reviewInput(request), turnOptions);
  }

  /** Extension: like {@link review}, streaming the events. */
  reviewStreamed(
    request: ReviewRequest,
    options: ThreadOptions = {},
    turnOptions: TurnOptions = {},
  ): Promise<StreamedTurn> {
    return this.#reviewThread(request, options).runStreamed(reviewInput(request), turnOptions);
  }

  /**
   * Extension (app-server): one page of threads, newest first. By default the
   * threads people and programs started, `codex exec`'s included (the
   * app-server alone would leave those out); `sourceKinds: "all"` adds
   * sub-agents'. Pass `nextCursor` as `cursor` for the next page.
   */
  listThreads(options: ListThreadsOptions = {}): Promise<ThreadPage> {
    return this.#management("codex.listThreads()").then((api) => api.listThreads(options));
  }

  /** Extension (app-server): every thread matching `options`, page after page. */
  async *threads(options: Omit<ListThreadsOptions, "cursor"> = {}): AsyncGenerator<ThreadInfo> {
    let cursor: string | null = null;
    do {
      const page: ThreadPage = await this.listThreads(cursor === null ? options : { ...options, cursor });
      yield* page.data;
      cursor = page.nextCursor;
    } while (cursor !== null);
  }

  /** Extension (app-server): a thread's summary, and with `{ turns: true }` its turns (oldest first) with their items. */
  readThread(id: string, options: { turns?: boolean } = {}): Promise<ThreadDetails> {
    return this.#managementOf("codex.readThread()", id).then((api) => api.readThread(id, options));
  }

  /** Extension (app-server): moves a thread out of the default list (`listThreads({ archived: true })` shows it). */
  archiveThread(id: string): Promise<void> {
    return this.#managementOf("codex.archiveThread()", id).then((api) => api.archiveThread(id));
  }

  /** Extension (app-server): brings an archived thread back; its `Thread` resumes it before the next turn. */
  unarchiveThread(id: string): Promise<ThreadInfo> {
    return this.#managementOf("codex.unarchiveThread()", id).then((api) => api.unarchiveThread(id));
  }

  /** Extension (app-server): the models codex can use with the configured provider. */
  listModels(): Promise<ModelInfo[]> {
    return this.#management("codex.listModels()").then((api) => api.listModels());
  }

  /** Extension (app-server): the account codex is logged in with. */
  account(): Promise<AccountInfo> {
    return this.#management("codex.account()").then((api) => api.account());
  }

  /**
   * Extension (app-server): logs in with an API key, or with ChatGPT through a
   * device code (`onCode` shows the address and code to the person; resolves
   * when they have completed it; `signal` cancels). Keys never appear in
   * errors, events, telemetry or `util.inspect`.
   */
  login(options: LoginOptions): Promise<void> {
    return this.#management("codex.login()").then((api) => api.login(options));
  }

  /** Extension (app-server): logs out. */
  logout(): Promise<void> {
    return this.#management("codex.logout()").then((api) => api.logout());
  }

  /** Extension (app-server): the account's rate limits (needs an OpenAI login). */
  rateLimits(): Promise<RateLimits> {
    return this.#management("codex.rateLimits()").then((api) => api.rateLimits());
  }

  /** Extension (app-server): the status of every configured MCP server. */
  mcpServers(): Promise<McpServerInfo[]> {
    return this.#management("codex.mcpServers()").then((api) => api.mcpServers());
  }

  /** Extension (app-server): codex's effective configuration, and where each value comes from. */
  readConfig(options: { cwd?: string } = {}): Promise<ConfigInfo> {
    return this.#management("codex.readConfig()").then((api) => api.readConfig(options));
  }

  /**
   * Extension: ends this instance's running turns (they reject with
   * `CodexAbortError`), refuses new ones (`CodexClosedError`), and resolves
   * once every turn's process tree is gone and the cleanup after it (temp
   * files, the sweep for processes its commands left behind) has finished.
   * Idempotent. `await using codex = new Codex()` calls it at the end of the scope.
   */
  close(): Promise<void> {
    return this.#transport.close();
  }

  /** `await using` support: the same as {@link close}. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  async #management(feature: string): Promise<ManagementApi> {
    const api = this.#transport.management;
    if (api === undefined) throw new CodexUnsupportedError(feature, "app-server");
    return api;
  }

  /** The management API, for a call about thread `id` (checked as any thread id given by the caller). */
  async #managementOf(feature: string, id: string): Promise<ManagementApi> {
    const api = await this.#management(feature);
    validateThreadId(id, `${feature.slice(0, -1)}id)`);
    return api;
  }

  #reviewThread(request: ReviewRequest, options: ThreadOptions): Thread {
    validateReviewRequest(request);
    return this.#thread(options, { kind: "review", request: { ...request } });
  }

  #thread(options: ThreadOptions, start: ThreadStart): Thread {
    validateThreadOptions(options);
    const resolved = resolveThreadPaths(options);
    return new Thread(this.#transport.thread(resolved, start), resolved, start.kind === "review");
  }

  /** Never shows options: they may hold an API key. */
  [inspect.custom](): string {
    return `Codex { transport: ${JSON.stringify(this.#transport.name)}, codexPath: ${JSON.stringify(this.#transport.executablePath)} }`;
  }
}

function reviewInput(request: ReviewRequest): Input {
  return request.instructions ?? "";
}
