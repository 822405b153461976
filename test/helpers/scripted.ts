import "./leaks.js";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startScriptedModel, type ScriptedModel, type ScriptedResponder, type ScriptedResponse } from "../../src/testing/index.js";

/** A fresh empty working directory for the agent. */
export function workspace(): string {
  return mkdtempSync(path.join(os.tmpdir(), "codex-sdk-ws-"));
}

/** Runs `fn` with a scripted model that is closed afterwards, whatever happens. */
export async function withModel<T>(
  responses: readonly ScriptedResponse[] | ScriptedResponder,
  fn: (model: ScriptedModel) => Promise<T>,
): Promise<T> {
  const model = await startScriptedModel(responses);
  try {
    return await fn(model);
  } finally {
    await model.close();
  }
}

/**
 * The text of the user's last message in a Responses API request. Messages
 * codex adds on its own are skipped: an `<environment_context>` update (codex
 * 0.171 sends one when the date changes between two requests of a turn, as
 * at midnight).
 */
export function lastUserText(request: Record<string, unknown>): string {
  const input = request.input as { role?: string; content?: { type: string; text?: string }[] }[];
  const texts = input
    .filter((item) => item.role === "user")
    .map((item) => (item.content ?? []).filter((part) => part.type === "input_text").map((part) => part.text).join("\n"))
    .filter((text) => !text.startsWith("<environment_context>"));
  return texts.at(-1) ?? "";
}
