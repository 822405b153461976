import "./leaks.js";
import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Codex } from "../../src/index.js";
import type { CodexOptions } from "../../src/index.js";

export const FAKE_APP_SERVER = fileURLToPath(new URL("../fixtures/fake-app-server.mjs", import.meta.url));

/** One step of a fake turn (see test/fixtures/fake-app-server.mjs). */
export type FakeTurnStep = Record<string, unknown>;

export interface FakeAppServerScenario {
  turns?: FakeTurnStep[][];
  silent?: string[];
  overload?: Record<string, number>;
  record?: string;
  stderr?: string;
  state?: string;
  rawReply?: Record<string, string>;
  ignoreEof?: boolean;
  ignoreSigterm?: boolean;
  afterInit?: FakeTurnStep[];
  reply?: Record<string, unknown>;
  replies?: Record<string, unknown[]>;
  after?: Record<string, FakeTurnStep[]>;
  initializeDelayMs?: number;
  exitAfterOverload?: boolean;
}

/** A `Codex` on the app-server transport whose binary is the fake, playing `scenario`. */
export function fakeAppServer(scenario: FakeAppServerScenario, options: CodexOptions = {}): Codex {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  return new Codex({
    transport: "app-server",
    codexPathOverride: FAKE_APP_SERVER,
    ...options,
    // The turn count survives a restart of the fake: a new process plays the next turn, not the first.
    env: { ...env, ...options.env, FAKE_APP_SERVER: JSON.stringify({ state: path.join(mkdtempSync(path.join(os.tmpdir(), "codex-sdk-fake-as-")), "state.json"), ...scenario }) },
  });
}

/** A notification step. */
export function notify(method: string, params: Record<string, unknown>): FakeTurnStep {
  return { notify: method, params: { threadId: "$THREAD", turnId: "$TURN", ...params } };
}

export function itemCompleted(item: Record<string, unknown>): FakeTurnStep {
  return notify("item/completed", { item, completedAtMs: 0 });
}

export function itemStarted(item: Record<string, unknown>): FakeTurnStep {
  return notify("item/started", { item, startedAtMs: 0 });
}

export function agentMessage(text: string, id = "msg_1"): Record<string, unknown> {
  return { type: "agentMessage", id, text, phase: null };
}

export const COMPLETE: FakeTurnStep = { complete: "completed" };

/** A path where the fake records what it received (one JSON line per message). */
export function recordFile(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), "codex-sdk-fake-as-")), "record.jsonl");
}

export function readRecordLines(file: string): Record<string, unknown>[] {
  try {
    return readFileSync(file, "utf8").trim().split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  } catch {
    return [];
  }
}

export { collectTurn } from "./events.js";
