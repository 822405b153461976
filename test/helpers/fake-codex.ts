import "./leaks.js";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Codex } from "../../src/index.js";
import { collectTurn } from "./events.js";
import type { CodexOptions, ThreadEvent } from "../../src/index.js";

export const FAKE_CODEX = fileURLToPath(new URL("../fixtures/fake-codex.mjs", import.meta.url));

/** One step of the fake codex's scenario (see test/fixtures/fake-codex.mjs). */
export type FakeStep = Record<string, unknown>;

export interface FakeScenario {
  steps?: FakeStep[];
  record?: string;
  skipStdin?: boolean;
}

/** A `Codex` whose binary is the fake, playing `scenario`. */
export function fakeCodex(scenario: FakeScenario, options: CodexOptions = {}): Codex {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return new Codex({
    codexPathOverride: FAKE_CODEX,
    ...options,
    env: { ...env, ...options.env, FAKE_CODEX_SCENARIO: JSON.stringify(scenario) },
  });
}

/** A scenario step printing these events as JSON lines. */
export function lines(...events: unknown[]): FakeStep {
  return { stdout: events.map((event) => `${JSON.stringify(event)}\n`).join("") };
}

/** A path where the fake writes what it was given: args, env, stdin. */
export function recordPath(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), "codex-sdk-record-")), "record.json");
}

export interface Recorded {
  args: string[];
  env: Record<string, string>;
  stdin: string;
  /** The output schema file's content, when there was one. */
  schema?: unknown;
}

export function readRecord(file: string): Recorded {
  return JSON.parse(readFileSync(file, "utf8")) as Recorded;
}

export const THREAD_STARTED = { type: "thread.started", thread_id: "thread-1" };
export const TURN_STARTED = { type: "turn.started" };
export const USAGE = {
  input_tokens: 10,
  cached_input_tokens: 2,
  cache_write_input_tokens: 0,
  output_tokens: 5,
  reasoning_output_tokens: 1,
};
export const TURN_COMPLETED = { type: "turn.completed", usage: USAGE };

export function agentMessage(text: string, id = "item_1"): unknown {
  return { type: "item.completed", item: { id, type: "agent_message", text } };
}

/** The events of a simple successful turn answering `text`. */
export function simpleTurn(text = "hello"): FakeStep {
  return lines(THREAD_STARTED, TURN_STARTED, agentMessage(text), TURN_COMPLETED);
}

/** Runs a streamed turn of the fake, collecting events until the end or an error. */
export function collect(steps: FakeStep[], codexOptions: CodexOptions = {}): Promise<{ events: ThreadEvent[]; error: unknown }> {
  return collectTurn(fakeCodex({ steps }, codexOptions));
}
