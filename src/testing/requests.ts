/**
 * A request codex sent to the model: the Responses API's request body, as
 * parsed, with the fields a test usually looks at typed. (A body that was
 * not JSON is kept as `{ raw }`.)
 */
export interface ScriptedRequest {
  /** The model codex asked for. */
  model?: string;
  /** The conversation so far: messages (`role`, `content`), tool calls and their outputs (`call_id`, `output`). */
  input?: ScriptedInputItem[];
  /** With an output schema: `text.format` is `{ type: "json_schema", schema, strict, name }`. */
  text?: ScriptedText;
  /** The tools codex offered (`exec_command`, `apply_patch`, `update_plan` ...). */
  tools?: ScriptedTool[];
  /** The reasoning settings. */
  reasoning?: ScriptedReasoning | null;
  /** The body of a request that was not JSON. */
  raw?: string;
  [field: string]: unknown;
}

/** A request's text settings. */
export interface ScriptedText {
  /** The format codex asked the answer in. */
  format?: ScriptedTextFormat;
}

/** The format codex asked the answer in (`text.format`). */
export interface ScriptedTextFormat {
  /** `"json_schema"` with an output schema. */
  type: string;
  /** The schema's name. */
  name?: string;
  /** The output schema. */
  schema?: unknown;
  /** Strict structured output. */
  strict?: boolean;
}

/** A tool codex offered the model. */
export interface ScriptedTool {
  /** `"function"`, `"custom"`, `"web_search"` ... */
  type: string;
  /** The tool's name (`exec_command`, `apply_patch` ...). */
  name?: string;
  [field: string]: unknown;
}

/** The reasoning settings of a request. */
export interface ScriptedReasoning {
  /** The reasoning effort (`model_reasoning_effort`). */
  effort?: string;
  /** The reasoning summary setting. */
  summary?: string;
}

/** One entry of a request's `input`: a message, a tool call, or a tool call's output. */
export interface ScriptedInputItem {
  /** `"message"`, `"function_call"`, `"function_call_output"`, `"custom_tool_call_output"` ... */
  type?: string;
  /** A message's author: `"user"`, `"assistant"`, `"developer"`. */
  role?: string;
  /** A message's parts (`input_text` with `text`, `input_image` with `image_url` ...), or its text. */
  content?: ScriptedContentPart[] | string;
  /** The tool call an output answers. */
  call_id?: string;
  /** A tool call's output. */
  output?: unknown;
  [field: string]: unknown;
}

/** One part of a message's content. */
export interface ScriptedContentPart {
  /** `"input_text"`, `"output_text"`, `"input_image"` ... */
  type: string;
  /** The text of a text part. */
  text?: string;
  /** The image of an image part. */
  image_url?: string;
  [field: string]: unknown;
}
