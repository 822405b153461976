/**
 * codex-sdk/testing: run the real codex binary offline, against a local
 * server that speaks the OpenAI Responses API and plays back a script.
 */
export { startScriptedModel } from "./scripted-model.js";
export type { ScriptedModel, ScriptedModelOptions, ScriptedResponder } from "./scripted-model.js";
export type { ScriptedContentPart, ScriptedInputItem, ScriptedReasoning, ScriptedRequest, ScriptedText, ScriptedTextFormat, ScriptedTool } from "./requests.js";
export { applyPatch, delay, fail, message, reasoning, responseHeaders, shell, truncate, updatePlan, usage, webSearch } from "./builders.js";
export type {
  DelayPart,
  FailPart,
  HeadersPart,
  OutputItemPart,
  PlanStep,
  ScriptPart,
  ScriptedResponse,
  ScriptedUsage,
  StreamOptions,
  TruncatePart,
  UsagePart,
} from "./builders.js";
