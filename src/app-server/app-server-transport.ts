import { CodexConnectionError, CodexExitError } from "../errors.js";
import type { JsonObject } from "../json-checks.js";
import type { CodexOptions, ThreadOptions, TurnOptions } from "../options.js";
import type { CodexBinary } from "../process/binary.js";
import { PROCESS_DEFAULTS } from "../process/codex-process.js";
import { setUpCodexProcess } from "../process/codex-process-setup.js";
import type { RequestId } from "../protocol/index.js";
import { Redactor } from "../redact.js";
import type { PreparedTurn, ThreadRuntime, ThreadStart, Transport } from "../transport.js";
import { TurnLedger } from "../turn/turn-ledger.js";
import { checkCodexVersion, versionInUserAgent } from "../process/codex-version.js";
import { SDK_VERSION } from "../version.js";
import { AppServerThread } from "./app-server-thread.js";
import { resolveRequest, toApprovalRequest } from "./approvals.js";
import { Connection, type BadMessage, type ServerReply } from "./connection.js";
import type { LinkEvents } from "./message-link.js";
import type { AppServerHost, RoutedThread, StartedTurn, TurnSettings } from "./host.js";
import { AppServerManagement } from "./management.js";
import { RemoteLink } from "./remote-link.js";
import { publishDropped } from "./telemetry.js";

/** What a thread hears while no turn of it runs, and nobody needs. */
const THREAD_STATE_NOTIFICATIONS = new Set(["thread/started", "thread/status/changed", "thread/tokenUsage/updated", "thread/name/updated", "thread/archived", "thread/unarchived", "thread/closed"]);

/** Defaults of the app-server transport's limits. */
const APP_SERVER_DEFAULTS = {
  requestTimeoutMs: 60_000,
  approvalTimeoutMs: 300_000,
  maxRestarts: 5,
  restartWindowMs: 60_000,
  maxRequestsInFlight: 64,
} as const;

/**
 * Start-up is not a request: the answer to `initialize` waits for a cold
 * start of the binary (and, on a new CODEX_HOME, its state databases), which
 * a loaded machine can stretch far beyond a request timeout chosen for
 * ordinary requests. It gets at least this long.
 */
const STARTUP_TIMEOUT_MS = 60_000;
/** How long connecting to a remote app-server may take, by default. */
const REMOTE_CONNECT_TIMEOUT_MS = 10_000;
const CLIENT_INFO = { name: "codex_sdk_ts", title: "codex-sdk", version: SDK_VERSION };

/**
 * The `codex app-server` transport: one long-lived process serves every
 * thread of a `Codex`. It is started on first use, and again on the next
 * call after it died, at most `maxRestarts` times in `restartWindowMs` (then
 * calls fail fast with the last exit). Notifications are routed to threads
 * by id; requests from the app-server go to the thread's turn, or are
 * answered with the safe default.
 */
export class AppServerTransport implements Transport, AppServerHost {
  readonly name = "app-server";
  readonly redactor: Redactor;
  readonly requestTimeoutMs: number;
  readonly management: AppServerManagement = new AppServerManagement(this);
  private readonly globalListeners = new Map<string, Set<(params: JsonObject) => void>>();
  /** The codex process to start; undefined for a remote app-server (`remote`), which the SDK does not start. */
  private readonly local: { binary: CodexBinary; env: Record<string, string>; args: string[] } | undefined;
  private readonly ledger: TurnLedger;
  private readonly threads = new Map<string, RoutedThread>();
  private current: Connection | undefined;
  private starting: Promise<Connection> | undefined;
  private readonly restarts: number[] = [];
  private lastExit: Error | undefined;
  private started = 0;
  /** The codex version the running app-server reported at start-up, when it did. */
  codexVersion: string | undefined;
  private closing: Promise<void> | undefined;

  constructor(private readonly options: CodexOptions) {
    if (options.remote === undefined) {
      const setup = setUpCodexProcess(options);
      this.local = { binary: setup.binary, env: setup.env, args: [...setup.configArgs, "app-server"] };
      this.redactor = setup.redactor;
    } else {
      this.local = undefined;
      this.redactor = Redactor.fromOptions({});
      // The token is a secret: an app-server that echoes it (an error, say) shows [REDACTED].
      if (options.remote.token !== undefined) this.redactor.add(options.remote.token);
    }
    this.ledger = new TurnLedger(options.maxConcurrentTurns);
    this.requestTimeoutMs = options.requestTimeoutMs ?? APP_SERVER_DEFAULTS.requestTimeoutMs;
  }

  /** The codex executable, or for a remote app-server its address. */
  get executablePath(): string {
    return this.local?.binary.executablePath ?? this.options.remote?.url ?? "";
  }

  /** True when the app-server is someone else's (`remote`): nothing it runs is the SDK's to sweep. */
  get isRemote(): boolean {
    return this.local === undefined;
  }

  thread(options: ThreadOptions, start: ThreadStart): ThreadRuntime {
    return new AppServerThread(this, options, start);
  }

  /** Process id of the running app-server, if one runs (for tests and telemetry). */
  get pid(): number | undefined {
    return this.current?.pid;
  }

  /**
   * Ends running turns (they reject with `CodexAbortError`), refuses new ones,
   * stops the app-server (end of stdin, then signals) and resolves once it and
   * every process it started are gone.
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      // Stops the turns now (each records why it ended), then the process goes: they end with that reason.
      const turnsClosed = this.ledger.close();
      for (const thread of this.threads.values()) thread.closeWatchers();
      const connection = this.current ?? (await this.starting?.catch(() => undefined));
      await connection?.close();
      await turnsClosed;
    })();
    return this.closing;
  }

  /** Runs the preparation of a turn under the ledger of turns: refused after close, waited for by close. */
  prepare(start: () => Promise<StartedTurn>): Promise<PreparedTurn> {
    return this.ledger.prepare(() =>
      start().then(({ turn, settled }) => {
        void turn.cleanedUp().then(this.ledger.add(turn));
        return { source: turn, finalize: () => settled };
      }),
    );
  }

  /** A slot under `maxConcurrentTurns`. */
  acquire(signal: AbortSignal | undefined): Promise<() => void> {
    return this.ledger.acquire(signal);
  }

  /** The running app-server, started (or restarted) when there is none. */
  connection(): Promise<Connection> {
    this.ledger.assertOpen();
    if (this.current && !this.current.isClosed) return Promise.resolve(this.current);
    this.starting ??= this.startConnection().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  /** Listens to a notification that names no thread (e.g. `account/login/completed`); returns the way to stop. */
  onGlobalNotification(method: string, listener: (params: JsonObject) => void): () => void {
    const listeners = this.globalListeners.get(method) ?? new Set();
    listeners.add(listener);
    this.globalListeners.set(method, listeners);
    return () => listeners.delete(listener);
  }

  /** Hears each `account/rateLimits/updated` (the model's rate-limit windows, from its response headers). */
  onRateLimits(listener: (params: JsonObject) => void): () => void {
    return this.onGlobalNotification("account/rateLimits/updated", listener);
  }

  /** A thread was archived or unarchived: the objects for it open it again (resume) before their next turn. */
  forgetThread(threadId: string): void {
    this.threads.get(threadId)?.forget();
  }

  /** Where a thread's notifications and requests go, by its id. */
  register(threadId: string, thread: RoutedThread): void {
    this.threads.set(threadId, thread);
  }

  /** The limits and handlers of one turn: turn options first, then thread options, then Codex options. */
  turnContext(thread: ThreadOptions, turn: TurnOptions): TurnSettings {
    const { options } = this;
    return {
      signal: turn.signal,
      turnTimeoutMs: turn.turnTimeoutMs ?? options.turnTimeoutMs,
      idleTimeoutMs: turn.idleTimeoutMs ?? options.idleTimeoutMs,
      killGraceMs: turn.killGraceMs ?? options.killGraceMs ?? PROCESS_DEFAULTS.killGraceMs,
      approvalTimeoutMs: thread.approvalTimeoutMs ?? options.approvalTimeoutMs ?? APP_SERVER_DEFAULTS.approvalTimeoutMs,
      onApproval: thread.onApproval ?? options.onApproval,
      workingDirectory: thread.workingDirectory || process.cwd(),
    };
  }

  private async startConnection(): Promise<Connection> {
    this.checkRestartLimit();
    if (this.started > 0) this.restarts.push(Date.now());
    this.started += 1;
    // A remote app-server that went away is not hammered: each reconnect within the window waits twice as long (up to 2 s).
    if (this.options.remote !== undefined && this.restarts.length > 1) await new Promise((resolve) => setTimeout(resolve, Math.min(2_000, 100 * 2 ** (this.restarts.length - 2))));
    const maxLineBytes = this.options.maxLineBytes ?? PROCESS_DEFAULTS.maxLineBytes;
    const killGraceMs = this.options.killGraceMs ?? PROCESS_DEFAULTS.killGraceMs;
    const remote = this.options.remote;
    const link =
      remote === undefined
        ? { ...(this.local as NonNullable<typeof this.local>), executablePath: this.executablePath, killGraceMs, stderrTailBytes: PROCESS_DEFAULTS.stderrTailBytes }
        : {
            link: (events: LinkEvents) =>
              new RemoteLink({ url: remote.url, token: remote.token, connectTimeoutMs: remote.connectTimeoutMs ?? REMOTE_CONNECT_TIMEOUT_MS, maxMessageBytes: maxLineBytes, closeGraceMs: killGraceMs, redact: (text) => this.redactor.redact(text) }, events),
          };
    const connection: Connection = new Connection({
      ...link,
      maxLineBytes,
      requestTimeoutMs: this.requestTimeoutMs,
      maxInFlight: this.options.maxRequestsInFlight ?? APP_SERVER_DEFAULTS.maxRequestsInFlight,
      overloadRetries: 5,
      overloadInitialDelayMs: 50,
      overloadMaxDelayMs: 2_000,
      redactor: this.redactor,
      handlers: {
        onNotification: (method, params) => this.onNotification(method, params),
        onServerRequest: (id, method, params) => this.onServerRequest(id, method, params),
        onBadMessage: (problem) => this.onBadMessage(problem),
        onExit: (error) => this.onExit(connection, error),
      },
    });
    this.current = connection;
    connection.start();
    try {
      const initialized = await connection.request(
        "initialize",
        { clientInfo: CLIENT_INFO, capabilities: { experimentalApi: false } },
        { timeoutMs: Math.max(this.requestTimeoutMs, STARTUP_TIMEOUT_MS) },
      );
      this.codexVersion = versionInUserAgent(initialized.userAgent);
      checkCodexVersion(this.codexVersion, remote === undefined ? "The app-server" : `The app-server at ${remote.url}`, this.options.allowUntestedCodexVersion);
      connection.notify("initialized");
    } catch (error) {
      connection.kill();
      throw error;
    }
    return connection;
  }

  private checkRestartLimit(): void {
    const maxRestarts = this.options.maxRestarts ?? APP_SERVER_DEFAULTS.maxRestarts;
    const windowMs = this.options.restartWindowMs ?? APP_SERVER_DEFAULTS.restartWindowMs;
    const now = Date.now();
    while (this.restarts.length > 0 && (this.restarts[0] ?? 0) <= now - windowMs) this.restarts.shift();
    if (this.restarts.length < maxRestarts) return;
    const last = this.lastExit;
    const remote = this.options.remote;
    if (remote !== undefined) {
      const reason = last instanceof CodexConnectionError ? last.reason : "dropped";
      throw new CodexConnectionError(
        reason,
        remote.url,
        `Connected to the app-server at ${remote.url} ${this.restarts.length} times again in ${Math.round(windowMs / 1000)} s (maxRestarts ${maxRestarts}, restartWindowMs ${windowMs}); not connecting again until the window passes.${last ? ` The last failure: ${last.message}` : ""}`,
      );
    }
    const detail = last ? ` The last exit: ${last.message}` : "";
    throw new CodexExitError(
      `codex app-server was restarted ${this.restarts.length} times in ${Math.round(windowMs / 1000)} s (maxRestarts ${maxRestarts}, restartWindowMs ${windowMs}); not starting it again until the window passes.${detail}`,
      last instanceof CodexExitError ? last.exitCode : null,
      last instanceof CodexExitError ? last.signal : null,
      last instanceof CodexExitError ? last.stderr : "",
    );
  }

  private onNotification(method: string, params: JsonObject): void {
    const threadId = typeof params.threadId === "string" ? params.threadId : undefined;
    if (threadId === undefined) {
      // Process-wide news (a login completed, rate limits, config warnings ...): to whoever listens.
      for (const listener of this.globalListeners.get(method) ?? []) listener(params);
      return;
    }
    const thread = this.threads.get(threadId);
    if (thread === undefined) publishDropped({ reason: "notification for an unknown thread", method });
    else if (!thread.deliver(method, params) && !THREAD_STATE_NOTIFICATIONS.has(method)) publishDropped({ reason: "notification for no running turn of the thread", method });
  }

  private async onServerRequest(id: RequestId, method: string, params: JsonObject): Promise<ServerReply> {
    const request = toApprovalRequest(id, method, params);
    if (request === undefined) return { error: { code: -32601, message: `codex-sdk does not handle ${method}` } };
    const thread = request.threadId === null ? undefined : this.threads.get(request.threadId);
    if (thread !== undefined) return thread.approve(request);
    // No thread of ours to show it to (an account-wide request): decided with the Codex's handler, quietly.
    const { onApproval, approvalTimeoutMs } = this.turnContext({}, {});
    return (await resolveRequest(request, onApproval, approvalTimeoutMs, undefined)).reply;
  }

  private onBadMessage({ error, threadId }: BadMessage): void {
    if (threadId !== undefined) this.threads.get(threadId)?.badMessage(error);
  }

  private onExit(connection: Connection, error: Error): void {
    this.lastExit = error;
    if (this.current === connection) this.current = undefined;
    for (const thread of this.threads.values()) thread.connectionLost(connection, error);
  }
}
