import type {
  ApprovalAnswer,
  ApprovalDecidedBy,
  ApprovalDecision,
  ApprovalHandler,
  ApprovalKind,
  ApprovalKinds,
  ApprovalRequest,
} from "../approvals.js";
import { decidedByOf } from "../approval-rules.js";
import { CodexTimeoutError } from "../errors.js";
import { isObject, type JsonObject } from "../json-checks.js";
import { REDACTED } from "../redact.js";
import { waitFor } from "../turn/wait.js";
import { commandsOf } from "./command-line.js";
import type { ServerReply } from "./connection.js";

/**
 * Server-to-client requests: which kind each method is, the SDK's safe
 * default for each (decline, never accept), the check that a handler's
 * decision fits the kind, and the one place a decision is made: handler,
 * default, timeout or error, always exactly one reply.
 */

const KIND_OF_METHOD: Readonly<Record<string, ApprovalKind>> = {
  "item/commandExecution/requestApproval": "command",
  "item/fileChange/requestApproval": "file_change",
  "item/permissions/requestApproval": "permissions",
  "item/tool/requestUserInput": "user_input",
  "mcpServer/elicitation/request": "mcp_elicitation",
  "item/tool/call": "dynamic_tool_call",
  "account/chatgptAuthTokens/refresh": "auth_tokens_refresh",
  "attestation/generate": "attestation",
  applyPatchApproval: "apply_patch_approval",
  execCommandApproval: "exec_command_approval",
};

/** The request a server request is, or undefined for a method this SDK does not know. */
export function toApprovalRequest(id: string | number, method: string, params: JsonObject): ApprovalRequest | undefined {
  const kind = KIND_OF_METHOD[method];
  if (kind === undefined) return undefined;
  const text = (field: string): string | null => (typeof params[field] === "string" ? (params[field] as string) : null);
  // Legacy (v1) requests name the thread "conversationId".
  const threadId = text("threadId") ?? text("conversationId");
  const request = {
    kind,
    id,
    method,
    threadId,
    turnId: text("turnId"),
    params,
    commands: commandsOfRequest(kind, params),
    // Filled in by the turn from the change's item (the request names only the item).
    ...(kind === "file_change" ? { files: null } : {}),
    availableDecisions: availableDecisions(kind, params),
    decide: (decision: ApprovalDecision): ApprovalAnswer => ({ kind, decision }),
  };
  // Not enumerable: events carrying the request stay plain data.
  Object.defineProperty(request, "decide", { enumerable: false });
  return request as unknown as ApprovalRequest;
}

/** The commands of a command request (see `ApprovalRequestOf.commands`); undefined for other kinds. */
function commandsOfRequest(kind: ApprovalKind, params: JsonObject): string[][] | null | undefined {
  const strings = (value: unknown): string[] | undefined => (Array.isArray(value) && value.every((item) => typeof item === "string") ? (value as string[]) : undefined);
  // The shown line, not proposedExecpolicyAmendment: that is a rule codex proposes (for "touch x; echo y" it is
  // ["touch", "x"]), not what runs.
  if (kind === "command") return commandsOf(undefined, typeof params.command === "string" ? params.command : undefined);
  // A legacy command request carries the argv itself.
  if (kind === "exec_command_approval") return commandsOf(strings(params.command), undefined);
  return undefined;
}

/** The decisions that work for a request of `kind` (see `ApprovalRequestOf.availableDecisions`). */
function availableDecisions(kind: ApprovalKind, params: JsonObject): ApprovalDecision[] {
  switch (kind) {
    case "command": {
      // The app-server lists what it proposes (amendments among them) but takes acceptForSession and decline too.
      const offered = Array.isArray(params.availableDecisions) ? params.availableDecisions.filter((decision) => fitsKind(kind, decision)) : [];
      const amendments = offered.filter((decision) => typeof decision !== "string");
      return ["accept", "acceptForSession", ...amendments, "decline", "cancel"] as ApprovalDecision[];
    }
    case "file_change":
      return ["accept", "acceptForSession", "decline", "cancel"];
    case "apply_patch_approval":
    case "exec_command_approval":
      return ["approved", "approved_for_session", "abort"];
    default:
      return [];
  }
}

const DECLINE_REASON = "declined by codex-sdk (no handler decided)";

/** The SDK's answer when no one decides: decline, answer nothing, grant nothing. */
function defaultDecision(kind: ApprovalKind): ApprovalDecision | null {
  switch (kind) {
    case "command":
    case "file_change":
      return "decline";
    case "permissions":
      return { permissions: {}, scope: "turn" };
    case "user_input":
      return { answers: {} };
    case "mcp_elicitation":
      return { action: "decline" };
    case "dynamic_tool_call":
      return { contentItems: [{ type: "inputText", text: DECLINE_REASON }], success: false };
    case "apply_patch_approval":
    case "exec_command_approval":
      return { denied: { rejection: DECLINE_REASON } };
    case "auth_tokens_refresh":
    case "attestation":
      // No answer can be made up: an error says so.
      return null;
  }
}

/** The reply that carries `decision` for a request of `kind`. */
function replyOf(kind: ApprovalKind, decision: ApprovalDecision | null): ServerReply {
  if (decision === null) return { error: { code: -32000, message: `codex-sdk has no ${kind} to give: no handler answered` } };
  switch (kind) {
    case "command":
    case "file_change":
    case "apply_patch_approval":
    case "exec_command_approval":
      return { result: { decision } };
    default:
      return { result: decision };
  }
}

const COMMAND_DECISIONS = new Set(["accept", "acceptForSession", "decline", "cancel"]);
const REVIEW_DECISIONS = new Set(["approved", "approved_for_session", "approved_mcp_policy_amendment", "timed_out", "abort"]);

/** True when `decision` is a decision for a request of `kind` (a handler's answer is checked before it is sent). */
function fitsKind(kind: ApprovalKind, decision: unknown): decision is DecisionOfKind {
  switch (kind) {
    case "command":
      return (
        (typeof decision === "string" && COMMAND_DECISIONS.has(decision)) ||
        isWrapped(decision, "acceptWithExecpolicyAmendment", "execpolicy_amendment", isStringList) ||
        isWrapped(decision, "applyNetworkPolicyAmendment", "network_policy_amendment", isNetworkAmendment)
      );
    case "file_change":
      return typeof decision === "string" && COMMAND_DECISIONS.has(decision);
    case "apply_patch_approval":
    case "exec_command_approval":
      return (
        (typeof decision === "string" && REVIEW_DECISIONS.has(decision)) ||
        isWrapped(decision, "approved_execpolicy_amendment", "proposed_execpolicy_amendment", isStringList) ||
        isWrapped(decision, "network_policy_amendment", "network_policy_amendment", isNetworkAmendment) ||
        isWrapped(decision, "denied", "rejection", (value) => typeof value === "string")
      );
    case "permissions":
      return isObject(decision) && isObject(decision.permissions);
    case "user_input":
      return isObject(decision) && isObject(decision.answers);
    case "mcp_elicitation":
      return isObject(decision) && (decision.action === "accept" || decision.action === "decline" || decision.action === "cancel");
    case "dynamic_tool_call":
      return isObject(decision) && Array.isArray(decision.contentItems) && typeof decision.success === "boolean";
    case "auth_tokens_refresh":
      return isObject(decision) && typeof decision.accessToken === "string" && typeof decision.chatgptAccountId === "string";
    case "attestation":
      return isObject(decision) && typeof decision.token === "string";
  }
}

type DecisionOfKind = ApprovalKinds[ApprovalKind]["decision"];

/** The decision a handler's answer carries for a request of `kind`: from `request.decide()`, or (from JavaScript) a plain decision; undefined when it does not fit. */
function decisionOf(kind: ApprovalKind, answer: unknown): ApprovalDecision | undefined {
  if (isObject(answer) && Object.keys(answer).length === 2 && "kind" in answer && "decision" in answer) {
    return answer.kind === kind && fitsKind(kind, answer.decision) ? answer.decision : undefined;
  }
  return fitsKind(kind, answer) ? answer : undefined;
}

/** `{ [outer]: { [inner]: <fits> } }` and nothing else: the shape of the protocol's decisions with a payload. */
function isWrapped(value: unknown, outer: string, inner: string, fits: (payload: unknown) => boolean): boolean {
  if (!isObject(value) || Object.keys(value).length !== 1) return false;
  const wrapped = value[outer];
  return isObject(wrapped) && Object.keys(wrapped).length === 1 && fits(wrapped[inner]);
}

function isStringList(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string");
}

function isNetworkAmendment(value: unknown): boolean {
  return isObject(value) && (value.action === "allow" || value.action === "deny") && typeof value.host === "string";
}

/** A decision as events show it: tokens handed to codex are never shown. */
export function shownDecision(kind: ApprovalKind, decision: ApprovalDecision | null): ApprovalDecision | null {
  if (decision !== null && (kind === "auth_tokens_refresh" || kind === "attestation") && isObject(decision)) {
    const shown: Record<string, unknown> = { ...(decision as Record<string, unknown>) };
    for (const key of ["accessToken", "token"]) if (key in shown) shown[key] = REDACTED;
    return shown as unknown as ApprovalDecision;
  }
  return decision;
}

/** How a request was answered. */
export interface Resolution {
  reply: ServerReply;
  decision: ApprovalDecision | null;
  decidedBy: ApprovalDecidedBy;
}

/**
 * Asks `handler` (when there is one) and settles on exactly one answer: the
 * handler's, if it fits the kind and comes within `timeoutMs`; otherwise the
 * default. `ended` aborts when the answer is no longer wanted (the turn
 * ended): the default goes out then, so the request is still answered.
 * Never rejects, and a slow handler holds up nothing but this request.
 */
export async function resolveRequest(
  request: ApprovalRequest,
  handler: ApprovalHandler | undefined,
  timeoutMs: number,
  ended: AbortSignal | undefined,
  workingDirectory: string = process.cwd(),
): Promise<Resolution> {
  const fallback = (decidedBy: ApprovalDecidedBy): Resolution => {
    const decision = defaultDecision(request.kind);
    return { reply: replyOf(request.kind, decision), decision, decidedBy };
  };
  if (handler === undefined) return fallback("default");
  const controller = new AbortController();
  const answered = (async (): Promise<Resolution> => {
    try {
      const answer: unknown = await handler(request, { signal: controller.signal, workingDirectory });
      if (answer === undefined) return fallback("default");
      const decision = decisionOf(request.kind, answer);
      if (decision === undefined) return fallback("error");
      return { reply: replyOf(request.kind, decision), decision, decidedBy: (decidedByOf(answer) as ApprovalDecidedBy | undefined) ?? "handler" };
    } catch {
      return fallback("error");
    }
  })();
  try {
    return await waitFor(answered, { signal: ended, timeoutMs });
  } catch (error) {
    // Too slow (a timeout), or no longer wanted (the turn ended): the default goes out, so the request is still answered.
    return fallback(error instanceof CodexTimeoutError ? "timeout" : "default");
  } finally {
    // Whatever won, the handler's work is no longer wanted.
    controller.abort();
  }
}
