import type { ApprovalDecidedBy, ApprovalDecision, ApprovalRequest } from "./approvals.js";
import type { ThreadGoal } from "./management.js";
import type {
  AgentMessageItem,
  CommandExecutionItem,
  ErrorItem,
  FileChangeItem,
  McpToolCallItem,
  ReasoningItem,
  ThreadItem,
  TodoListItem,
  WebSearchItem,
} from "./items.js";

/** The first event of a turn on a new or resumed thread. */
export interface ThreadStartedEvent {
  /** Always `"thread.started"`. */
  type: "thread.started";
  /** The identifier of the thread. Can be used to resume the thread later. */
  thread_id: string;
}

/** A turn began: the prompt was sent to the model. */
export interface TurnStartedEvent {
  /** Always `"turn.started"`. */
  type: "turn.started";
}

/**
 * Token counts. In `turn.completed` (and `run()`'s `usage`) they are the
 * thread's running total, as `codex exec` reports them: on a resumed thread
 * they include the earlier turns. (Telemetry's `turnUsage` is one turn's own.)
 */
export interface Usage {
  /** Input tokens. */
  input_tokens: number;
  /** Input tokens read from the prompt cache. */
  cached_input_tokens: number;
  /** Input tokens written to the prompt cache (0 when codex does not report it). */
  cache_write_input_tokens: number;
  /** Output tokens. */
  output_tokens: number;
  /** Output tokens spent on reasoning. */
  reasoning_output_tokens: number;
}

/** Extension: what a thread has used, from `thread.usage()`. */
export interface ThreadUsage {
  /** The thread's running token total, as codex last reported it (zero before its first turn here). */
  tokens: Usage;
  /** (app-server) The cost codex estimates for the thread, in US dollars; absent when it reports none (`account/usage/read` needs a ChatGPT sign-in). */
  estimatedCostUsd?: number;
}

/** The turn completed. */
export interface TurnCompletedEvent {
  /** Always `"turn.completed"`. */
  type: "turn.completed";
  /** Token usage: the thread's running total, as `codex exec` reports it. */
  usage: Usage;
  /**
   * Extension: the tokens this turn used itself (`usage` less the thread's
   * total before the turn). Absent only when the total before is unknown (a
   * resumed thread whose session file could not be read).
   */
  turn_usage?: Usage;
}

/**
 * Extension (`retry`): the turn failed for a passing reason and runs again
 * after `delay_ms`. The failed attempt's `turn.failed` is replaced by this;
 * its other events came before it.
 */
export interface TurnRetryingEvent {
  /** Always `"turn.retrying"`. */
  type: "turn.retrying";
  /** The attempt that comes next (2 for the first retry). */
  attempt: number;
  /** How long the SDK waits before it. */
  delay_ms: number;
  /** Why the last attempt failed. */
  error: ThreadError;
}

/** Why a turn waits before it starts: a limit of `rateLimit`, or the model's own rate limits. */
export type RateLimitReason = "turns_per_minute" | "tokens_per_minute" | "model_rate_limit";

/** Extension (`rateLimit`): the turn waits before it starts, until `until` at the latest (it then starts in order). */
export interface RateLimitWaitingEvent {
  /** Always `"rate_limit.waiting"`. */
  type: "rate_limit.waiting";
  /** When the wait ends, in milliseconds since the epoch (`Date.now()`'s clock). */
  until: number;
  /** Which limit it waits for. */
  reason: RateLimitReason;
}

/** A fatal error of a turn. */
export interface ThreadError {
  /** What went wrong (usually the model's or the provider's message). */
  message: string;
}

/** The turn failed. */
export interface TurnFailedEvent {
  /** Always `"turn.failed"`. */
  type: "turn.failed";
  /** Why the turn failed. */
  error: ThreadError;
}

/** A new item was added to the thread, typically in progress. */
export interface ItemStartedEvent {
  /** Always `"item.started"`. */
  type: "item.started";
  /** The item, as it starts. */
  item: ThreadItem;
}

/** An item changed. */
export interface ItemUpdatedEvent {
  /** Always `"item.updated"`. */
  type: "item.updated";
  /** The item, as it is now. */
  item: ThreadItem;
}

/** An item reached a terminal state: success or failure. */
export interface ItemCompletedEvent {
  /** Always `"item.completed"`. */
  type: "item.completed";
  /** The item, complete. */
  item: ThreadItem;
}

/** An error reported by the stream, e.g. a reconnect notice or the reason before `turn.failed`. */
export interface ThreadErrorEvent {
  /** Always `"error"`. */
  type: "error";
  /** What happened, e.g. "Reconnecting... 2/5". */
  message: string;
}

/**
 * An event whose type this SDK does not know (from a newer codex). It is
 * delivered rather than dropped; `event` holds it exactly as codex printed it.
 */
export interface UnknownThreadEvent {
  /** Always `"unknown"`: see `event.type` for codex's own. */
  type: "unknown";
  /** The event as codex printed it; `event.type` is the type codex gave it. */
  event: Readonly<Record<string, unknown>>;
}

/** The kinds of item whose content streams in deltas. */
export type DeltaItemType = "agent_message" | "reasoning" | "command_execution" | "file_change";

/**
 * Extension (app-server): a piece of an item as it is produced, before the
 * item's `item.completed`: agent message text, reasoning summary text, or
 * command output. `run()` ignores these; the completed item holds the whole.
 */
export interface ItemDeltaEvent {
  /** Always `"item.delta"`. */
  type: "item.delta";
  /** The item the piece belongs to (its `item.completed` follows). */
  item_id: string;
  /** The kind of that item. */
  item_type: DeltaItemType;
  /** The new piece of text. */
  delta: string;
}

/**
 * Extension (app-server): the turn's changes to files so far, as one unified
 * diff, each time it changes.
 */
export interface TurnDiffUpdatedEvent {
  /** Always `"turn.diff_updated"`. */
  type: "turn.diff_updated";
  /** The turn's changes so far, as one unified diff. */
  diff: string;
}

/** Extension (app-server, from `thread.watch()`): the thread's goal changed (set, progressed, met, paused ...). */
export interface GoalUpdatedEvent {
  /** Always `"goal.updated"`. */
  type: "goal.updated";
  /** The goal as it is now. */
  goal: ThreadGoal;
}

/** Extension (app-server, from `thread.watch()`): the thread's goal was cleared. */
export interface GoalClearedEvent {
  /** Always `"goal.cleared"`. */
  type: "goal.cleared";
}

/** Extension (app-server): the agent asks for approval or input; the answer follows as `approval.resolved`. */
export interface ApprovalRequestedEvent {
  /** Always `"approval.requested"`. */
  type: "approval.requested";
  /** What is asked, and about which thread and turn. */
  request: ApprovalRequest;
}

/** Extension (app-server): how an approval request was answered, and by whom. */
export interface ApprovalResolvedEvent {
  /** Always `"approval.resolved"`. */
  type: "approval.resolved";
  /** The request answered. */
  request: ApprovalRequest;
  /** The decision sent, or null when the request was answered with an error (no decision possible, e.g. no tokens to refresh). */
  decision: ApprovalDecision | null;
  /** Who decided: the handler, the SDK's default, the timeout, or an error in the handler (then the default). */
  decided_by: ApprovalDecidedBy;
}

/** Every event of a turn: those of `codex exec --experimental-json`, and the app-server's extensions. */
export type ThreadEvent =
  | ThreadStartedEvent
  | TurnStartedEvent
  | TurnCompletedEvent
  | TurnFailedEvent
  | ItemStartedEvent
  | ItemUpdatedEvent
  | ItemCompletedEvent
  | ThreadErrorEvent
  | ItemDeltaEvent
  | TurnDiffUpdatedEvent
  | GoalUpdatedEvent
  | GoalClearedEvent
  | ApprovalRequestedEvent
  | ApprovalResolvedEvent
  | TurnRetryingEvent
  | RateLimitWaitingEvent
  | UnknownThreadEvent;

/** Events that carry an item. */
export type ItemEvent = ItemStartedEvent | ItemUpdatedEvent | ItemCompletedEvent;

/** True for `item.started`, `item.updated` and `item.completed`. */
export function isItemEvent(event: ThreadEvent): event is ItemEvent {
  return event.type === "item.started" || event.type === "item.updated" || event.type === "item.completed";
}

/** True for `thread.started`. */
export function isThreadStartedEvent(event: ThreadEvent): event is ThreadStartedEvent {
  return event.type === "thread.started";
}

/** True for `turn.completed`. */
export function isTurnCompletedEvent(event: ThreadEvent): event is TurnCompletedEvent {
  return event.type === "turn.completed";
}

/** True for `turn.failed`. */
export function isTurnFailedEvent(event: ThreadEvent): event is TurnFailedEvent {
  return event.type === "turn.failed";
}

/** True for an event type this SDK does not know. */
export function isUnknownEvent(event: ThreadEvent): event is UnknownThreadEvent {
  return event.type === "unknown";
}

/** True for an `agent_message` item. */
export function isAgentMessageItem(item: ThreadItem): item is AgentMessageItem {
  return item.type === "agent_message";
}

/** True for a `reasoning` item. */
export function isReasoningItem(item: ThreadItem): item is ReasoningItem {
  return item.type === "reasoning";
}

/** True for a `command_execution` item. */
export function isCommandExecutionItem(item: ThreadItem): item is CommandExecutionItem {
  return item.type === "command_execution";
}

/** True for a `file_change` item. */
export function isFileChangeItem(item: ThreadItem): item is FileChangeItem {
  return item.type === "file_change";
}

/** True for an `mcp_tool_call` item. */
export function isMcpToolCallItem(item: ThreadItem): item is McpToolCallItem {
  return item.type === "mcp_tool_call";
}

/** True for a `web_search` item. */
export function isWebSearchItem(item: ThreadItem): item is WebSearchItem {
  return item.type === "web_search";
}

/** True for a `todo_list` item. */
export function isTodoListItem(item: ThreadItem): item is TodoListItem {
  return item.type === "todo_list";
}

/** True for an `error` item. */
export function isErrorItem(item: ThreadItem): item is ErrorItem {
  return item.type === "error";
}
