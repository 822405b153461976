import { inspect } from "node:util";
import { CodexConfigError, CodexOutputParseError, CodexTurnFailedError } from "./errors.js";
import type { ThreadEvent, ThreadUsage, Usage } from "./events.js";
import { normalizeInput, requirePrompt, type Input, type NormalizedInput } from "./input.js";
import type { ThreadItem } from "./items.js";
import type { GoalSpec, ThreadGoal, WatchOptions } from "./management.js";
import type { ThreadOptions, TurnOptions } from "./options.js";
import type { ThreadRuntime, TurnRunner } from "./transport.js";
import { parseOutput, resolveOutputSchema, validateOutput, type ResolvedOutputSchema } from "./output-schema.js";
import { checkDirectories, resolveTurnPaths, validateTurnOptions } from "./validate-options.js";
import type { StandardSchemaV1 } from "@standard-schema/spec";

/** A completed turn. */
export interface Turn {
  /** Every item completed during the turn, in order. */
  items: ThreadItem[];
  /** Text of the last agent message ("" when there was none). */
  finalResponse: string;
  /** Token usage, or null when codex reported none: the thread's running total (on a resumed thread it includes the earlier turns). */
  usage: Usage | null;
  /** Extension: the tokens this turn used itself (`turn.completed`'s `turn_usage`); absent when unknown. */
  turnUsage?: Usage;
  /**
   * Extension: with `outputSchema`, the final response parsed as JSON. Absent
   * without a schema, and when the response is not JSON (see `outputError`).
   */
  output?: unknown;
  /**
   * Extension: with `outputSchema`, why `output` is absent: the final response
   * (a refusal, say) is not JSON. The turn still resolves, with the text in
   * `finalResponse`, as with the official SDK.
   */
  outputError?: CodexOutputParseError;
}

/** Alias for `Turn`: the result of `run()`. */
export type RunResult = Turn;

/** The result of `run()` with a Standard Schema (zod ...) as `outputSchema`: `output` is the validated, typed response. */
export type TypedTurn<T> = Turn & {
  /** The final response, parsed and validated with the turn's schema. */
  output: T;
};

/** The result of `runStreamed()`. */
export interface StreamedTurn {
  /** The turn's events, in the order codex produced them. Starts the turn when first read. */
  events: AsyncGenerator<ThreadEvent>;
}

/** Alias for `StreamedTurn`: the result of `runStreamed()`. */
export type RunStreamedResult = StreamedTurn;

/** A conversation with the agent. One thread runs consecutive turns. */
export class Thread {
  readonly #runtime: ThreadRuntime;
  /** What runs the turns: the runtime, behind the `Codex`'s guardrails. */
  readonly #turns: TurnRunner;
  readonly #options: ThreadOptions;
  /** A review's thread: its first turn's input is the review's instructions, which may be absent. */
  #isReview: boolean;

  /**
   * @internal Threads are made by `Codex.startThread()`, `resumeThread()` and `forkThread()`.
   */
  constructor(runtime: ThreadRuntime, options: ThreadOptions = {}, isReview = false, turns: TurnRunner = runtime) {
    this.#runtime = runtime;
    this.#turns = turns;
    this.#options = options;
    this.#isReview = isReview;
  }

  /** The thread's id: null until the first turn reports `thread.started`. */
  get id(): string | null {
    return this.#runtime.id;
  }

  /** Runs a turn and streams its events as codex produces them. */
  async runStreamed(input: Input, turnOptions: TurnOptions = {}): Promise<StreamedTurn> {
    validateTurnOptions(turnOptions);
    // No await unless a schema must be loaded: one would let a close() or an interrupt() in before the turn is asked for.
    const schema = this.#schema(turnOptions);
    return { events: this.#start(input, turnOptions, schema instanceof Promise ? await schema : schema) };
  }

  /**
   * Runs a turn to its end. Rejects with `CodexTurnFailedError` when the turn
   * fails. With a Standard Schema (zod ...) as `outputSchema`, `output` is the
   * validated response, typed; one that does not match rejects with
   * `CodexOutputParseError` (its `issues` say why).
   */
  run<S extends StandardSchemaV1>(input: Input, turnOptions: TurnOptions & { outputSchema: S }): Promise<TypedTurn<StandardSchemaV1.InferOutput<S>>>;
  run(input: Input, turnOptions?: TurnOptions): Promise<Turn>;
  async run(input: Input, turnOptions: TurnOptions = {}): Promise<Turn> {
    validateTurnOptions(turnOptions);
    const resolving = this.#schema(turnOptions);
    const schema = resolving instanceof Promise ? await resolving : resolving;
    const events = this.#start(input, turnOptions, schema);
    const items: ThreadItem[] = [];
    let finalResponse = "";
    let usage: Usage | null = null;
    let turnUsage: Usage | undefined;
    let failure: string | undefined;
    for await (const event of events) {
      if (event.type === "item.completed") {
        if (event.item.type === "agent_message") finalResponse = event.item.text;
        items.push(event.item);
      } else if (event.type === "turn.completed") {
        usage = event.usage;
        turnUsage = event.turn_usage;
      } else if (event.type === "turn.failed") {
        failure ??= event.error.message;
      } else if (event.type === "turn.retrying") {
        // The result is the last attempt's.
        items.length = 0;
        finalResponse = "";
      }
    }
    if (failure !== undefined) throw new CodexTurnFailedError(failure);
    const turn: Turn = { items, finalResponse, usage };
    if (turnUsage !== undefined) turn.turnUsage = turnUsage;
    if (schema?.standard) {
      turn.output = await validateOutput(finalResponse, schema.standard);
    } else if (schema) {
      const parsed = parseOutput(finalResponse);
      if (parsed instanceof CodexOutputParseError) turn.outputError = parsed;
      else turn.output = parsed.value;
    }
    return turn;
  }

  /**
   * Extension (app-server): adds input to the turn that is running on this
   * thread, as if the user typed more while the agent works. Rejects with
   * `CodexNoActiveTurnError` when no turn is running, and with
   * `CodexUnsupportedError` on the exec transport.
   */
  async steer(input: Input): Promise<void> {
    const normalized = normalizeInput(input);
    requirePrompt(normalized);
    return this.#runtime.steer(normalized);
  }

  /**
   * Extension (app-server): stops the turn that is running on this thread
   * without stopping the app-server. The turn rejects with `CodexAbortError`,
   * and no process it started outlives it. Resolves once it has ended; does
   * nothing when no turn runs. On exec it rejects with `CodexUnsupportedError`:
   * abort the turn's `signal` there instead.
   */
  async interrupt(): Promise<void> {
    return this.#runtime.interrupt();
  }

  /**
   * Extension: what the thread has used: its running token total as codex
   * last reported it (for a thread resumed over exec, read from its session
   * file), and on app-server the cost codex estimates when it reports one.
   */
  async usage(): Promise<ThreadUsage> {
    return this.#runtime.usage();
  }

  /** Extension (app-server): names the thread (shown by `listThreads` and `readThread`). */
  async setName(name: string): Promise<void> {
    return this.#runtime.setName(name);
  }

  /**
   * Extension (app-server): drops the last `turns` turns (default 1) from the
   * thread: `readThread` no longer shows them, and the model is no longer sent
   * them. Waits for a running turn to end first.
   */
  async rollback(turns = 1): Promise<void> {
    if (!Number.isInteger(turns) || turns < 1) throw new CodexConfigError("rollback(turns): turns must be a positive integer");
    return this.#runtime.rollback(turns);
  }

  /** Extension (app-server): compacts the thread's history (a summary replaces it); resolves when done. */
  async compact(): Promise<void> {
    return this.#runtime.compact();
  }

  /**
   * Extension (app-server): sets the thread's goal. With `status: "active"` the
   * app-server **runs turns on this thread by itself** until the goal is met,
   * paused, out of budget or cleared: their events come from {@link watch},
   * and `run()` on the thread is refused meanwhile. `"paused"` records it only.
   */
  async setGoal(goal: GoalSpec): Promise<ThreadGoal> {
    return this.#runtime.setGoal(goal);
  }

  /** Extension (app-server): the thread's goal, or null. */
  async getGoal(): Promise<ThreadGoal | null> {
    return this.#runtime.getGoal();
  }

  /** Extension (app-server): clears the thread's goal (an active goal's turns stop). */
  async clearGoal(): Promise<void> {
    return this.#runtime.clearGoal();
  }

  /**
   * Extension (app-server): the events of the turns the thread runs without a
   * `run()` (an active goal's, a compaction): the same events as `runStreamed`,
   * plus `goal.updated` / `goal.cleared`. Ends when `signal` aborts (nothing
   * is yielded after the abort, not even events that arrived before it) or
   * the `Codex` closes.
   */
  watch(options: WatchOptions = {}): AsyncGenerator<ThreadEvent> {
    return this.#runtime.watch(options);
  }

  #schema(turnOptions: TurnOptions): ResolvedOutputSchema | Promise<ResolvedOutputSchema> | undefined {
    return turnOptions.outputSchema === undefined ? undefined : resolveOutputSchema(turnOptions.outputSchema, turnOptions.toJsonSchema);
  }

  /** The turn's events (nothing runs until they are read); a resolved schema goes to codex as JSON Schema. */
  #start(input: Input, turnOptions: TurnOptions, schema: ResolvedOutputSchema | undefined): AsyncGenerator<ThreadEvent> {
    const { outputSchema: _given, ...given } = turnOptions;
    void _given;
    const rest = resolveTurnPaths(given);
    return this.#turns.runTurn(this.#turnInput(input), schema ? { ...rest, outputSchema: schema.jsonSchema } : rest);
  }

  /** The input of a turn, checked with everything it needs before anything starts. */
  #turnInput(input: Input): NormalizedInput {
    const normalized = normalizeInput(input);
    if (this.#isReview) this.#isReview = false;
    else requirePrompt(normalized);
    checkDirectories(this.#options);
    return normalized;
  }

  /** Shows the id, never options (they may name secrets). */
  [inspect.custom](): string {
    return `Thread { id: ${JSON.stringify(this.#runtime.id)} }`;
  }
}
