/**
 * codex-sdk: drive the OpenAI Codex agent from Node.js. A drop-in superset of
 * `@openai/codex-sdk`: the same names and JSON shapes, plus validated events,
 * clear errors, lifecycle guarantees and offline testing (`codex-sdk/testing`).
 */
export { Codex } from "./codex.js";
export { Thread } from "./thread.js";
export type { RunResult, RunStreamedResult, StreamedTurn, Turn, TypedTurn } from "./thread.js";
export type { JsonSchema, JsonSchemaConverter } from "./output-schema.js";
export type { Input, UserInput } from "./input.js";
export type {
  AccountInfo,
  CodexManagement,
  ConfigInfo,
  DeviceCode,
  GoalSpec,
  ListModelsOptions,
  ListThreadsOptions,
  LoginOptions,
  McpServerInfo,
  ModelInfo,
  RateLimits,
  ThreadDetails,
  ThreadGoal,
  ThreadInfo,
  ThreadPage,
  ThreadSourceKind,
  ThreadTurn,
  WatchOptions,
} from "./management.js";
export type {
  ApprovalAnswer,
  ApprovalContext,
  ApprovalDecidedBy,
  ApprovalDecision,
  ApprovalHandler,
  ApprovalKind,
  ApprovalKinds,
  ApprovalRequest,
  ApprovalRequestOf,
  CommandApprovalKind,
  DecisionFor,
} from "./approvals.js";
export { approvalRules, approvalRulesFromJson } from "./approval-rules.js";
export type { ApprovalRule, ApprovalRulesOptions, CommandRule, FileChangeRule, PermissionsRule, RuleDecision } from "./approval-rules.js";
export type {
  ApprovalMode,
  ApprovalsReviewer,
  CodexConfigObject,
  CodexConfigValue,
  CodexOptions,
  CyberAccessProgram,
  LocalProvider,
  ModelReasoningEffort,
  Personality,
  ReasoningSummary,
  BudgetOptions,
  RemoteAppServer,
  RateLimitOptions,
  RetryOptions,
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
  GoalClearedEvent,
  GoalUpdatedEvent,
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
  ThreadUsage,
  TurnRetryingEvent,
  RateLimitWaitingEvent,
  RateLimitReason,
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
export { CODEX_ERROR_CODES } from "./errors.js";
export type { CodexErrorCode } from "./errors.js";
export type { TurnFailureKind } from "./failure-kind.js";
export {
  CodexAbortError,
  CodexBudgetExceededError,
  CodexClosedError,
  CodexConfigError,
  CodexConnectionError,
  CodexError,
  CodexExitError,
  CodexNoActiveTurnError,
  CodexOutputParseError,
  CodexParseError,
  CodexRpcError,
  CodexSpawnError,
  CodexTimeoutError,
  CodexTurnFailedError,
  CodexThreadNotFoundError,
  CodexUnsupportedError,
} from "./errors.js";
export { ITEM_END_CHANNEL, ITEM_START_CHANNEL, RATE_LIMIT_WAIT_CHANNEL, TURN_END_CHANNEL, TURN_RETRY_CHANNEL, TURN_START_CHANNEL } from "./telemetry.js";
export type { ItemMessage, RateLimitWaitMessage, TurnEndMessage, TurnRetryMessage, TurnStartMessage } from "./telemetry.js";
