/**
 * Approvals and questions answered by code (app-server transport). Every
 * request the app-server can send to a client is one `ApprovalRequest` kind,
 * with its params typed from the pinned protocol and the decision it takes.
 * With no handler, a handler that throws, returns something that is not a
 * decision for the kind, or answers after `approvalTimeoutMs`, the SDK
 * declines: it never accepts on its own. Decisions are typed per kind at
 * compile time (`request.decide(...)`).
 */
import type { FileUpdateChange } from "./items.js";
import type * as P from "./protocol/index.js";

/** One kind of request: the app-server method it comes from, its params, and the decision it takes. */
export interface ApprovalKindSpec<Method extends string, Params, Decision> {
  /** The app-server method. */
  method: Method;
  /** The request's params, as the pinned protocol types them. */
  params: Params;
  /** What a handler answers. */
  decision: Decision;
}

/** Every request kind, with the app-server method it comes from. */
export interface ApprovalKinds {
  /** Run a command (`item/commandExecution/requestApproval`). */
  command: ApprovalKindSpec<"item/commandExecution/requestApproval", P.CommandExecutionRequestApprovalParams, P.CommandExecutionApprovalDecision>;
  /** Apply a patch (`item/fileChange/requestApproval`). */
  file_change: ApprovalKindSpec<"item/fileChange/requestApproval", P.FileChangeRequestApprovalParams, P.FileChangeApprovalDecision>;
  /** Grant extra permissions, e.g. network or a directory (`item/permissions/requestApproval`). */
  permissions: ApprovalKindSpec<"item/permissions/requestApproval", P.PermissionsRequestApprovalParams, P.PermissionsRequestApprovalResponse>;
  /** Answer the agent's questions (`item/tool/requestUserInput`, experimental in codex). */
  user_input: ApprovalKindSpec<"item/tool/requestUserInput", P.ToolRequestUserInputParams, P.ToolRequestUserInputResponse>;
  /** An MCP server asks for input (`mcpServer/elicitation/request`). */
  mcp_elicitation: ApprovalKindSpec<"mcpServer/elicitation/request", P.McpServerElicitationRequestParams, P.McpServerElicitationRequestResponse>;
  /** Run a client-defined tool (`item/tool/call`). */
  dynamic_tool_call: ApprovalKindSpec<"item/tool/call", P.DynamicToolCallParams, P.DynamicToolCallResponse>;
  /** Fresh ChatGPT tokens (`account/chatgptAuthTokens/refresh`). */
  auth_tokens_refresh: ApprovalKindSpec<"account/chatgptAuthTokens/refresh", P.ChatgptAuthTokensRefreshParams, P.ChatgptAuthTokensRefreshResponse>;
  /** An attestation token (`attestation/generate`). */
  attestation: ApprovalKindSpec<"attestation/generate", P.AttestationGenerateParams, P.AttestationGenerateResponse>;
  /** Legacy (v1) patch approval (`applyPatchApproval`). */
  apply_patch_approval: ApprovalKindSpec<"applyPatchApproval", P.ApplyPatchApprovalParams, P.ReviewDecision>;
  /** Legacy (v1) command approval (`execCommandApproval`). */
  exec_command_approval: ApprovalKindSpec<"execCommandApproval", P.ExecCommandApprovalParams, P.ReviewDecision>;
}

/** The kind of an approval request: `"command"`, `"file_change"`, `"user_input"` ... */
export type ApprovalKind = keyof ApprovalKinds;

/** The decision a request of kind `K` takes. */
export type DecisionFor<K extends ApprovalKind> = ApprovalKinds[K]["decision"];

/** Request kinds about running a command, which carry {@link ApprovalRequestOf.commands}. */
export type CommandApprovalKind = "command" | "exec_command_approval";

/**
 * A decision made with {@link ApprovalRequestOf.decide}: typed by the request's
 * kind, so an answer of another kind does not compile.
 */
export interface ApprovalAnswer {
  /** The kind of request the decision answers. */
  readonly kind: ApprovalKind;
  /** The decision. */
  readonly decision: ApprovalDecision;
}

/** One request of kind `K`, with its thread and turn. */
export interface ApprovalRequestOf<K extends ApprovalKind> {
  /** The kind of request. */
  kind: K;
  /** The app-server's id of the request. */
  id: string | number;
  /** The app-server method it came as. */
  method: ApprovalKinds[K]["method"];
  /** The thread it concerns (null for account-level requests). */
  threadId: string | null;
  /** The turn it concerns, when it names one. */
  turnId: string | null;
  /** The request as the app-server sent it. */
  params: ApprovalKinds[K]["params"];
  /**
   * For a command: each command it runs, as an argv, after unwrapping the
   * shell codex adds (`/bin/bash -lc 'npm test && npm run lint'` is
   * `[["npm", "test"], ["npm", "run", "lint"]]`). `null` when the line holds
   * something the words alone do not show (a substitution, an expansion, a
   * redirection, a here-document, a glob, a background job ...): decide
   * without it then (decline, or ask a person). Undefined for other kinds.
   */
  commands: K extends CommandApprovalKind ? string[][] | null : undefined;
  /**
   * For a file change: the files it changes (absolute paths, as codex
   * resolved them), from the change's item; `null` when the SDK has not seen
   * the item. Undefined for other kinds.
   */
  files: K extends "file_change" ? FileUpdateChange[] | null : undefined;
  /**
   * The decisions that work for this request: for a command, what the
   * app-server offers plus `"acceptForSession"` and `"decline"` (which it
   * takes without listing them); for a file change, the four strings; for
   * kinds whose decision is an object the handler builds, empty.
   */
  availableDecisions: readonly DecisionFor<K>[];
  /** The answer to return from the handler: `decision`, checked against this request's kind at compile time. */
  decide(decision: DecisionFor<K>): ApprovalAnswer;
}

/** Any approval request, discriminated by `kind`. */
export type ApprovalRequest = { [K in ApprovalKind]: ApprovalRequestOf<K> }[ApprovalKind];

/** Any decision. The SDK checks at run time that it fits the request's kind (else it declines). */
export type ApprovalDecision = DecisionFor<ApprovalKind>;

/** What an approval handler gets besides the request. */
export interface ApprovalContext {
  /** Aborts when the answer is no longer wanted: the turn ended, or `approvalTimeoutMs` passed. */
  signal: AbortSignal;
  /** The thread's working directory (absolute): what codex resolves the agent's relative paths against. */
  workingDirectory: string;
}

/**
 * Answers the app-server's requests: returns (or resolves to) the request's
 * `decide(decision)`, or `undefined` for the SDK's default (decline).
 * Synchronous or async. `decide` takes only the decisions of the request's
 * kind, so once `request.kind` is checked, a decision of another kind does
 * not compile. (From JavaScript, a plain decision is accepted too; the SDK
 * checks it at run time and declines one that does not fit.)
 *
 * @example
 * ```ts
 * const codex = new Codex({
 *   transport: "app-server",
 *   onApproval: (request) => {
 *     if (request.kind === "command") {
 *       const tests = request.commands?.length === 1 && request.commands[0]?.join(" ") === "npm test";
 *       return request.decide(tests ? "accept" : "decline");
 *     }
 *     if (request.kind === "file_change") return request.decide("accept");
 *     return undefined; // the SDK's default: decline
 *   },
 * });
 * ```
 */
export type ApprovalHandler = (request: ApprovalRequest, context: ApprovalContext) => ApprovalAnswer | undefined | Promise<ApprovalAnswer | undefined>;

/**
 * Who made a decision: the handler, the SDK's default (no handler, or it
 * returned undefined), a timeout, an error in the handler, or (with
 * {@link approvalRules}) the rule of that name, or the rules' fallback.
 */
export type ApprovalDecidedBy = "handler" | "default" | "timeout" | "error" | "fallback" | `rule:${string}`;
