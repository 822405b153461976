import { CodexTimeoutError } from "../errors.js";

/**
 * The two limits every turn can run under, whatever runs it: `turnTimeoutMs`
 * (total) and `idleTimeoutMs` (no event for that long). Each fires once, with
 * a `CodexTimeoutError`; the owner decides how to end the turn.
 */
export class TurnTimers {
  private turnTimer: NodeJS.Timeout | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly limits: { turnTimeoutMs?: number | undefined; idleTimeoutMs?: number | undefined },
    private readonly onTimeout: (error: CodexTimeoutError) => void,
  ) {}

  start(): void {
    const { turnTimeoutMs } = this.limits;
    if (turnTimeoutMs !== undefined) {
      this.turnTimer = setTimeout(() => this.fire(new CodexTimeoutError("turn", turnTimeoutMs)), turnTimeoutMs);
    }
    this.activity();
  }

  /** Something happened: the idle limit counts from now. */
  activity(): void {
    const { idleTimeoutMs } = this.limits;
    if (idleTimeoutMs === undefined || this.stopped) return;
    if (this.idleTimer !== undefined) {
      this.idleTimer.refresh();
      return;
    }
    this.idleTimer = setTimeout(() => this.fire(new CodexTimeoutError("idle", idleTimeoutMs)), idleTimeoutMs);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.turnTimer);
    clearTimeout(this.idleTimer);
  }

  private fire(error: CodexTimeoutError): void {
    if (this.stopped) return;
    this.stop();
    this.onTimeout(error);
  }
}
