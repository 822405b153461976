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

/** The text of the user's last message in a Responses API request. */
export function lastUserText(request: Record<string, unknown>): string {
  const input = request.input as { role?: string; content?: { type: string; text?: string }[] }[];
  const user = input.filter((item) => item.role === "user").at(-1);
  return (user?.content ?? []).filter((part) => part.type === "input_text").map((part) => part.text).join("\n");
}
