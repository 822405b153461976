import diagnostics_channel from "node:diagnostics_channel";
import { TURN_END_CHANNEL, TURN_START_CHANNEL, type TurnEndMessage, type TurnStartMessage } from "../../src/index.js";

/** Records turn start/end telemetry while `fn` runs (the way a test learns codex's pid). */
export class TurnRecorder {
  readonly starts: TurnStartMessage[] = [];
  readonly ends: TurnEndMessage[] = [];
  /** Most turns seen running at once (started, not yet ended). */
  maxActive = 0;
  private startWaiters: (() => void)[] = [];
  private readonly onStart = (message: unknown): void => {
    this.starts.push(message as TurnStartMessage);
    this.maxActive = Math.max(this.maxActive, this.starts.length - this.ends.length);
    for (const wake of this.startWaiters.splice(0)) wake();
  };
  private readonly onEnd = (message: unknown): void => {
    this.ends.push(message as TurnEndMessage);
  };

  constructor() {
    diagnostics_channel.subscribe(TURN_START_CHANNEL, this.onStart);
    diagnostics_channel.subscribe(TURN_END_CHANNEL, this.onEnd);
  }

  /** Resolves once `count` turns have started. */
  async started(count = 1): Promise<TurnStartMessage[]> {
    while (this.starts.length < count) await new Promise<void>((resolve) => this.startWaiters.push(resolve));
    return this.starts;
  }

  close(): void {
    diagnostics_channel.unsubscribe(TURN_START_CHANNEL, this.onStart);
    diagnostics_channel.unsubscribe(TURN_END_CHANNEL, this.onEnd);
  }
}
