import { inspect } from "node:util";
import { CodexOutputParseError, CodexTurnFailedError } from "./errors.js";
import type { ThreadEvent, Usage } from "./events.js";
import type { TurnMode } from "./exec/args.js";
import type { CodexExec } from "./exec/codex-exec.js";
import { normalizeInput, type Input } from "./input.js";
import type { ThreadItem } from "./items.js";
import type { ThreadOptions, TurnOptions } from "./options.js";
import { validateTurnOptions } from "./validate-options.js";

/** A completed turn. */
export interface Turn {
  /** Every item completed during the turn, in order. */
  items: ThreadItem[];
  /** Text of the last agent message ("" when there was none). */
  finalResponse: string;
  /** Token usage, or null when codex reported none. */
  usage: Usage | null;
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

/** The result of `runStreamed()`. */
export interface StreamedTurn {
  /** The turn's events, in the order codex printed them. Starts the turn when first read. */
  events: AsyncGenerator<ThreadEvent>;
}

/** Alias for `StreamedTurn`: the result of `runStreamed()`. */
export type RunStreamedResult = StreamedTurn;

/** A conversation with the agent. One thread runs consecutive turns. */
export class Thread {
  readonly #exec: CodexExec;
  readonly #options: ThreadOptions;
  #id: string | null;
  /** How the next turn starts: a new thread, a resume, or (once) a fork or review. */
  #nextMode: TurnMode;

  /**
   * @internal Threads are made by `Codex.startThread()`, `resumeThread()` and `forkThread()`.
   */
  constructor(exec: CodexExec, options: ThreadOptions, id: string | null, firstMode?: TurnMode) {
    this.#exec = exec;
    this.#options = options;
    this.#id = id;
    this.#nextMode = firstMode ?? (id === null ? { kind: "new" } : { kind: "resume", threadId: id });
  }

  /** The thread's id: null until the first turn reports `thread.started`. */
  get id(): string | null {
    return this.#id;
  }

  /** Runs a turn and streams its events as codex produces them. */
  async runStreamed(input: Input, turnOptions: TurnOptions = {}): Promise<StreamedTurn> {
    return { events: this.#start(input, turnOptions) };
  }

  /** Runs a turn to its end. Rejects with `CodexTurnFailedError` when the turn fails. */
  async run(input: Input, turnOptions: TurnOptions = {}): Promise<Turn> {
    const events = this.#start(input, turnOptions);
    const items: ThreadItem[] = [];
    let finalResponse = "";
    let usage: Usage | null = null;
    let failure: string | undefined;
    for await (const event of events) {
      if (event.type === "item.completed") {
        if (event.item.type === "agent_message") finalResponse = event.item.text;
        items.push(event.item);
      } else if (event.type === "turn.completed") {
        usage = event.usage;
      } else if (event.type === "turn.failed") {
        failure ??= event.error.message;
      }
    }
    if (failure !== undefined) throw new CodexTurnFailedError(failure);
    const turn: Turn = { items, finalResponse, usage };
    if (turnOptions.outputSchema !== undefined) {
      const parsed = parseOutput(finalResponse);
      if (parsed instanceof CodexOutputParseError) turn.outputError = parsed;
      else turn.output = parsed.value;
    }
    return turn;
  }

  #start(input: Input, turnOptions: TurnOptions): AsyncGenerator<ThreadEvent> {
    validateTurnOptions(turnOptions);
    const { prompt, images } = normalizeInput(input);
    const mode = this.#nextMode;
    return this.#exec.startTurn({
      mode,
      thread: this.#options,
      prompt,
      images,
      turn: turnOptions,
      threadId: () => this.#id,
      onEvent: (event) => {
        if (event.type === "thread.started") {
          this.#id = event.thread_id;
          // Later turns continue this thread, whatever the first one was.
          this.#nextMode = { kind: "resume", threadId: event.thread_id };
        }
      },
    });
  }

  /** Shows the id and mode, never options (they may name secrets). */
  [inspect.custom](): string {
    return `Thread { id: ${JSON.stringify(this.#id)} }`;
  }
}

function parseOutput(text: string): { value: unknown } | CodexOutputParseError {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (error) {
    const shown = text.length > 200 ? `${text.slice(0, 200)}…` : text;
    return new CodexOutputParseError(
      `The final response is not valid JSON although an outputSchema was given: ${JSON.stringify(shown)}`,
      text,
      error,
    );
  }
}
