/**
 * codex-sdk: drive the OpenAI Codex agent from Node.js. A drop-in superset of
 * `@openai/codex-sdk`: the same names and JSON shapes, plus validated events,
 * clear errors, lifecycle guarantees and offline testing (`codex-sdk/testing`).
 */
export { Codex } from "./codex.js";
export { Thread } from "./thread.js";
export type { RunResult, RunStreamedResult, StreamedTurn, Turn } from "./thread.js";
export type { Input, UserInput } from "./input.js";
export type {
  ApprovalContext,
  ApprovalDecidedBy,
  ApprovalDecision,
  ApprovalHandler,
  ApprovalKind,
  ApprovalKinds,
  ApprovalRequest,
  ApprovalRequestOf,
  DecisionFor,
} from "./approvals.js";
export type {
  ApprovalMode,
  CodexConfigObject,
  CodexConfigValue,
  CodexOptions,
  CyberAccessProgram,
  LocalProvider,
  ModelReasoningEffort,
  ReviewRequest,
  SandboxMode,
  ThreadOptions,
  TurnOptions,
  WebSearchMode,
} from "./options.js";
export type {
  AgentMessageItem,
  AppServerItem,
  AppServerItemKinds,
  CollabToolCallItem,
  CollabToolCallStatus,
  CommandExecutionItem,
  CommandExecutionStatus,
  ErrorItem,
  FileChangeItem,
  FileUpdateChange,
  McpContentBlock,
  McpToolCallItem,
  McpToolCallStatus,
  PatchApplyStatus,
  PatchChangeKind,
  ReasoningItem,
  ThreadItem,
  TodoItem,
  TodoListItem,
  UnknownItem,
  WebSearchAction,
  WebSearchItem,
} from "./items.js";
export type {
  ApprovalRequestedEvent,
  ApprovalResolvedEvent,
  DeltaItemType,
  ItemDeltaEvent,
  TurnDiffUpdatedEvent,
  ItemCompletedEvent,
  ItemEvent,
  ItemStartedEvent,
  ItemUpdatedEvent,
  ThreadError,
  ThreadErrorEvent,
  ThreadEvent,
  ThreadStartedEvent,
  TurnCompletedEvent,
  TurnFailedEvent,
  TurnStartedEvent,
  UnknownThreadEvent,
  Usage,
} from "./events.js";
export {
  isAgentMessageItem,
  isCommandExecutionItem,
  isErrorItem,
  isFileChangeItem,
  isItemEvent,
  isMcpToolCallItem,
  isReasoningItem,
  isThreadStartedEvent,
  isTodoListItem,
  isTurnCompletedEvent,
  isTurnFailedEvent,
  isUnknownEvent,
  isWebSearchItem,
} from "./events.js";
export {
  CodexAbortError,
  CodexClosedError,
  CodexConfigError,
  CodexError,
  CodexExitError,
  CodexNoActiveTurnError,
  CodexOutputParseError,
  CodexParseError,
  CodexRpcError,
  CodexSpawnError,
  CodexTimeoutError,
  CodexTurnFailedError,
  CodexUnsupportedError,
} from "./errors.js";
export { TURN_END_CHANNEL, TURN_START_CHANNEL } from "./telemetry.js";
export type { TurnEndMessage, TurnStartMessage } from "./telemetry.js";
