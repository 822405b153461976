/**
 * Thread items: the units of work in a thread. Field names and shapes are those
 * codex prints (snake_case), the same as `@openai/codex-sdk`, widened where the
 * CLI really emits more than the official types admit.
 */
import type * as P from "./protocol/index.js";

/** The status of a command execution. `declined` when the command was refused by policy. */
export type CommandExecutionStatus = "in_progress" | "completed" | "failed" | "declined";

/** A command executed by the agent. */
export interface CommandExecutionItem {
  id: string;
  type: "command_execution";
  /** The command line executed by the agent. */
  command: string;
  /** Aggregated stdout and stderr captured while the command was running. */
  aggregated_output: string;
  /** Set when the command exits; `null` (or absent) while it is still running. */
  exit_code?: number | null;
  /** Current status of the command execution. */
  status: CommandExecutionStatus;
}

/** Indicates the type of the file change. */
export type PatchChangeKind = "add" | "delete" | "update";

/** One file touched by a patch. */
export interface FileUpdateChange {
  path: string;
  kind: PatchChangeKind;
}

/** The status of a file change: `in_progress` on `item.started`, then `completed`, `failed`, or (app-server) `declined`. */
export type PatchApplyStatus = "in_progress" | "completed" | "failed" | "declined";

/** A set of file changes by the agent. */
export interface FileChangeItem {
  id: string;
  type: "file_change";
  /** Individual file changes that comprise the patch. */
  changes: FileUpdateChange[];
  /** Whether the patch is being applied, succeeded or failed. */
  status: PatchApplyStatus;
}

/** The status of an MCP tool call. */
export type McpToolCallStatus = "in_progress" | "completed" | "failed";

/** A content block of an MCP tool result (text, image, resource ...), as the MCP server returned it. */
export interface McpContentBlock {
  type: string;
  [key: string]: unknown;
}

/** A call to an MCP tool. Starts when the call is dispatched, completes when the server answers. */
export interface McpToolCallItem {
  id: string;
  type: "mcp_tool_call";
  /** Name of the MCP server handling the request. */
  server: string;
  /** The tool invoked on the MCP server. */
  tool: string;
  /** Arguments forwarded to the tool invocation. */
  arguments: unknown;
  /** Result payload returned by the MCP server for successful calls. */
  result?: {
    content: McpContentBlock[];
    _meta?: unknown;
    structured_content: unknown;
  };
  /** Error message reported for failed calls. */
  error?: {
    message: string;
  };
  /** Current status of the tool invocation. */
  status: McpToolCallStatus;
}

/** Response from the agent: natural-language text, or JSON when structured output is requested. */
export interface AgentMessageItem {
  id: string;
  type: "agent_message";
  /** Either natural-language text or JSON when structured output is requested. */
  text: string;
  /**
   * Extension (app-server, when the model reports it): whether this message is
   * commentary while the agent works, or (part of) its final answer.
   */
  phase?: "commentary" | "partial_answer" | "final_answer";
}

/** The agent's reasoning summary. */
export interface ReasoningItem {
  id: string;
  type: "reasoning";
  text: string;
}

/** What a web search did, when codex reports it. */
export interface WebSearchAction {
  type: string;
  query?: string;
  [key: string]: unknown;
}

/** A web search request. Completes when results are returned to the agent. */
export interface WebSearchItem {
  id: string;
  type: "web_search";
  query: string;
  /** The search action as codex reports it (not in the official SDK's types). */
  action?: WebSearchAction;
}

/** A non-fatal error surfaced as an item. */
export interface ErrorItem {
  id: string;
  type: "error";
  message: string;
}

/** An entry of the agent's to-do list. */
export interface TodoItem {
  text: string;
  completed: boolean;
}

/** The agent's running to-do list. Starts when the plan is issued, updates as steps change. */
export interface TodoListItem {
  id: string;
  type: "todo_list";
  items: TodoItem[];
}

/** The status of a collaboration (sub-agent) tool call. */
export type CollabToolCallStatus = "in_progress" | "completed" | "failed";

/** A call between agents of a multi-agent session (not in the official SDK's types). */
export interface CollabToolCallItem {
  id: string;
  type: "collab_tool_call";
  tool: string;
  sender_thread_id: string;
  receiver_thread_ids: string[];
  prompt?: string | null;
  agents_states?: unknown;
  status: CollabToolCallStatus;
}

/** The app-server item kinds that `codex exec` does not report, with their protocol types. */
export interface AppServerItemKinds {
  plan: P.PlanThreadItem;
  dynamicToolCall: P.DynamicToolCallThreadItem;
  imageView: P.ImageViewThreadItem;
  imageGeneration: P.ImageGenerationThreadItem;
  contextCompaction: P.ContextCompactionThreadItem;
  enteredReviewMode: P.EnteredReviewModeThreadItem;
  exitedReviewMode: P.ExitedReviewModeThreadItem;
  subAgentActivity: P.SubAgentActivityThreadItem;
  functionCallOutput: P.FunctionCallOutputThreadItem;
  hookPrompt: P.HookPromptThreadItem;
  sleep: P.SleepThreadItem;
}

/**
 * Extension (app-server): an item of a kind `codex exec` does not have (a
 * plan, a context compaction, a review-mode marker ...). `kind` is the
 * app-server's item type and `item` the item as it sent it, typed by the
 * protocol. Nothing is dropped but the echo of the user's own message.
 */
export type AppServerItem = {
  [K in keyof AppServerItemKinds]: { id: string; type: "app_server_item"; kind: K; item: AppServerItemKinds[K] };
}[keyof AppServerItemKinds];

/**
 * An item whose type this SDK does not know (from a newer codex). It is
 * delivered rather than dropped; `item` holds it exactly as codex printed it.
 */
export interface UnknownItem {
  id: string;
  type: "unknown";
  /** The item as codex printed it; `item.type` is the type codex gave it. */
  item: Readonly<Record<string, unknown>>;
}

/** Every kind of thread item. */
export type ThreadItem =
  | AgentMessageItem
  | ReasoningItem
  | CommandExecutionItem
  | FileChangeItem
  | McpToolCallItem
  | WebSearchItem
  | TodoListItem
  | ErrorItem
  | CollabToolCallItem
  | AppServerItem
  | UnknownItem;
