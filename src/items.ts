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
  /** The item's id, unique within its turn (codex's own: `item_0` on exec, the model's on app-server). */
  id: string;
  /** Always `"command_execution"`. */
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
  /** Absolute path of the file. */
  path: string;
  /** Whether the file was added, deleted or updated. */
  kind: PatchChangeKind;
}

/** The status of a file change: `in_progress` on `item.started`, then `completed`, `failed`, or (app-server) `declined`. */
export type PatchApplyStatus = "in_progress" | "completed" | "failed" | "declined";

/** A set of file changes by the agent. */
export interface FileChangeItem {
  /** The item's id, unique within its turn (codex's own: `item_0` on exec, the model's on app-server). */
  id: string;
  /** Always `"file_change"`. */
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
  /** The block's kind: `text`, `image`, `resource` ... */
  type: string;
  [key: string]: unknown;
}

/** A call to an MCP tool. Starts when the call is dispatched, completes when the server answers. */
export interface McpToolCallItem {
  /** The item's id, unique within its turn (codex's own: `item_0` on exec, the model's on app-server). */
  id: string;
  /** Always `"mcp_tool_call"`. */
  type: "mcp_tool_call";
  /** Name of the MCP server handling the request. */
  server: string;
  /** The tool invoked on the MCP server. */
  tool: string;
  /** Arguments forwarded to the tool invocation. */
  arguments: unknown;
  /** Result payload returned by the MCP server for successful calls. */
  result?: {
    /** The content blocks the server returned. */
    content: McpContentBlock[];
    /** The server's metadata, if any. */
    _meta?: unknown;
    /** The server's structured result, if any (null otherwise). */
    structured_content: unknown;
  };
  /** Error message reported for failed calls. */
  error?: {
    /** What went wrong. */
    message: string;
  };
  /** Current status of the tool invocation. */
  status: McpToolCallStatus;
  /**
   * Extension (app-server, codex 0.171 and later): the environment the MCP
   * server runs in, or null for the local one. Absent on exec and on older
   * app-servers.
   */
  environment_id?: string | null;
}

/** Response from the agent: natural-language text, or JSON when structured output is requested. */
export interface AgentMessageItem {
  /** The item's id, unique within its turn (codex's own: `item_0` on exec, the model's on app-server). */
  id: string;
  /** Always `"agent_message"`. */
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
  /** The item's id, unique within its turn (codex's own: `item_0` on exec, the model's on app-server). */
  id: string;
  /** Always `"reasoning"`. */
  type: "reasoning";
  /** The reasoning summary (several summary parts joined by newlines). */
  text: string;
}

/** What a web search did, when codex reports it. */
export interface WebSearchAction {
  /** The kind of action: `search`, `openPage`, `findInPage` ... */
  type: string;
  /** The query searched for, for a search. */
  query?: string;
  [key: string]: unknown;
}

/** A web search request. Completes when results are returned to the agent. */
export interface WebSearchItem {
  /** The item's id, unique within its turn (codex's own: `item_0` on exec, the model's on app-server). */
  id: string;
  /** Always `"web_search"`. */
  type: "web_search";
  /** What was searched for. */
  query: string;
  /** The search action as codex reports it (not in the official SDK's types). */
  action?: WebSearchAction;
}

/** A non-fatal error surfaced as an item. */
export interface ErrorItem {
  /** The item's id, unique within its turn (codex's own: `item_0` on exec, the model's on app-server). */
  id: string;
  /** Always `"error"`. */
  type: "error";
  /** What went wrong (not fatal to the turn). */
  message: string;
}

/** An entry of the agent's to-do list. */
export interface TodoItem {
  /** The step. */
  text: string;
  /** Whether it is done. */
  completed: boolean;
}

/** The agent's running to-do list. Starts when the plan is issued, updates as steps change. */
export interface TodoListItem {
  /** The item's id, unique within its turn (codex's own: `item_0` on exec, the model's on app-server). */
  id: string;
  /** Always `"todo_list"`. */
  type: "todo_list";
  /** The steps, in order. */
  items: TodoItem[];
}

/** The status of a collaboration (sub-agent) tool call. */
export type CollabToolCallStatus = "in_progress" | "completed" | "failed";

/** A call between agents of a multi-agent session (not in the official SDK's types). */
export interface CollabToolCallItem {
  /** The item's id, unique within its turn (codex's own: `item_0` on exec, the model's on app-server). */
  id: string;
  /** Always `"collab_tool_call"`. */
  type: "collab_tool_call";
  /** The collaboration tool called (spawning an agent, sending it input ...). */
  tool: string;
  /** The thread that made the call. */
  sender_thread_id: string;
  /** The threads it concerns. */
  receiver_thread_ids: string[];
  /** The prompt sent, if any. */
  prompt?: string | null;
  /** The state of each agent involved, by thread id. */
  agents_states?: unknown;
  /** Where the call is. */
  status: CollabToolCallStatus;
}

/** The app-server item kinds that `codex exec` does not report, with their protocol types. */
export interface AppServerItemKinds {
  /** A plan the agent wrote (plan mode). */
  plan: P.PlanThreadItem;
  /** A call to a client-defined tool. */
  dynamicToolCall: P.DynamicToolCallThreadItem;
  /** An image the agent looked at. */
  imageView: P.ImageViewThreadItem;
  /** An image the agent generated. */
  imageGeneration: P.ImageGenerationThreadItem;
  /** The thread's history was compacted. */
  contextCompaction: P.ContextCompactionThreadItem;
  /** A review started. */
  enteredReviewMode: P.EnteredReviewModeThreadItem;
  /** A review ended, with its text. */
  exitedReviewMode: P.ExitedReviewModeThreadItem;
  /** A sub-agent started, was interacted with, interrupted or completed. */
  subAgentActivity: P.SubAgentActivityThreadItem;
  /** The output of a function call. */
  functionCallOutput: P.FunctionCallOutputThreadItem;
  /** A prompt a hook added. */
  hookPrompt: P.HookPromptThreadItem;
  /** The agent waited. */
  sleep: P.SleepThreadItem;
}

/**
 * Extension (app-server): an item of a kind `codex exec` does not have (a
 * plan, a context compaction, a review-mode marker ...). `kind` is the
 * app-server's item type and `item` the item as it sent it, typed by the
 * protocol. Nothing is dropped but the echo of the user's own message.
 */
export type AppServerItem = { [K in keyof AppServerItemKinds]: AppServerItemOf<K> }[keyof AppServerItemKinds];

/** An {@link AppServerItem} of kind `K`. */
export interface AppServerItemOf<K extends keyof AppServerItemKinds> {
  /** The item's id. */
  id: string;
  /** Always `"app_server_item"`. */
  type: "app_server_item";
  /** The app-server's item type. */
  kind: K;
  /** The item as the app-server sent it. */
  item: AppServerItemKinds[K];
}

/**
 * An item whose type this SDK does not know (from a newer codex). It is
 * delivered rather than dropped; `item` holds it exactly as codex printed it.
 */
export interface UnknownItem {
  /** The item's id, unique within its turn (codex's own: `item_0` on exec, the model's on app-server). */
  id: string;
  /** Always `"unknown"`: see `item.type` for codex's own. */
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
