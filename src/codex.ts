import { inspect } from "node:util";
import { AppServerTransport } from "./app-server/app-server-transport.js";
import { CodexUnsupportedError } from "./errors.js";
import { ExecTransport } from "./exec/exec-transport.js";
import { Guardrails } from "./guard/guardrails.js";
import type { Input } from "./input.js";
import { MANAGEMENT_METHODS, type CodexManagement, type ListThreadsOptions, type ThreadInfo, type ThreadPage } from "./management.js";
import type { CodexOptions, ReviewRequest, ThreadOptions, TurnOptions } from "./options.js";
import { Thread, type StreamedTurn, type Turn } from "./thread.js";
import type { ThreadStart, Transport } from "./transport.js";
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
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type -- Codex has the methods of CodexManagement, declared there once and forwarded in its static block
export interface Codex extends CodexManagement {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- see above
export class Codex {
  readonly #transport: Transport;
  readonly #guardrails: Guardrails;

  /** Validates the options and finds the codex executable; throws a `CodexError` when either fails. */
  constructor(options: CodexOptions = {}) {
    validateCodexOptions(options);
    this.#transport = options.transport === "app-server" ? new AppServerTransport({ ...options }) : new ExecTransport({ ...options });
    this.#guardrails = new Guardrails(options, this.#transport);
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

  /** Extension (app-server): every thread matching `options`, page after page. */
  async *threads(options: Omit<ListThreadsOptions, "cursor"> = {}): AsyncGenerator<ThreadInfo> {
    let cursor: string | null = null;
    do {
      const page: ThreadPage = await this.listThreads(cursor === null ? options : { ...options, cursor });
      yield* page.data;
      cursor = page.nextCursor;
    } while (cursor !== null);
  }

  /**
   * Extension: ends this instance's running turns (they reject with
   * `CodexAbortError`), refuses new ones (`CodexClosedError`), and resolves
   * once every turn's process tree is gone and the cleanup after it (temp
   * files, the sweep for processes its commands left behind) has finished.
   * Idempotent. `await using codex = new Codex()` calls it at the end of the scope.
   */
  close(): Promise<void> {
    this.#guardrails.close();
    return this.#transport.close();
  }

  /** `await using` support: the same as {@link close}. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  /** The transport's management calls; `feature` names the call for the error on a transport that has none. */
  async #management(feature: string): Promise<CodexManagement> {
    const api = this.#transport.management;
    if (api === undefined) throw new CodexUnsupportedError(feature, "app-server");
    return api;
  }

  static {
    // The management calls (declared once, in CodexManagement) forward to the transport's.
    for (const name of MANAGEMENT_METHODS) {
      Object.defineProperty(Codex.prototype, name, {
        value(this: Codex, ...args: unknown[]): Promise<unknown> {
          return this.#management(`codex.${name}()`).then((api) => (api[name] as (...forwarded: unknown[]) => Promise<unknown>).apply(api, args));
        },
        writable: true,
        configurable: true,
      });
    }
  }

  #reviewThread(request: ReviewRequest, options: ThreadOptions): Thread {
    validateReviewRequest(request);
    return this.#thread(options, { kind: "review", request: { ...request } });
  }

  #thread(options: ThreadOptions, start: ThreadStart): Thread {
    validateThreadOptions(options);
    const resolved = resolveThreadPaths(options);
    const runtime = this.#transport.thread(resolved, start);
    return new Thread(runtime, resolved, start.kind === "review", this.#guardrails.turnsOf(runtime, resolved));
  }

  /** Never shows options: they may hold an API key. */
  [inspect.custom](): string {
    return `Codex { transport: ${JSON.stringify(this.#transport.name)}, codexPath: ${JSON.stringify(this.#transport.executablePath)} }`;
  }
}

function reviewInput(request: ReviewRequest): Input {
  return request.instructions ?? "";
}
