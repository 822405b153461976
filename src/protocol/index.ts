/**
 * Names over the generated app-server protocol types (./generated.ts, made
 * from the pinned binary's schema): params by method, and the responses of the
 * requests this SDK sends. Nothing here is typed by hand but the list of
 * which response belongs to which method, which the schema does not state.
 */
import type * as P from "./generated.js";

export type * from "./generated.js";

/** Every request the client can send, by method. */
export type ClientMethod = P.ClientRequest["method"];
/** The params of a client request. */
export type ClientParams<M extends ClientMethod> = Extract<P.ClientRequest, { method: M }>["params"];

/**
 * The result of every client request this SDK sends. `Connection.request`
 * takes only these methods, so a request the SDK starts sending must be
 * added here first, with its response type from the generated protocol.
 */
export interface ClientResponses {
  initialize: P.InitializeResponse;
  "thread/start": P.ThreadStartResponse;
  "thread/resume": P.ThreadResumeResponse;
  "thread/fork": P.ThreadForkResponse;
  "thread/read": P.ThreadReadResponse;
  "thread/list": P.ThreadListResponse;
  "thread/turns/list": P.ThreadTurnsListResponse;
  "thread/archive": P.ThreadArchiveResponse;
  "thread/unarchive": P.ThreadUnarchiveResponse;
  "thread/name/set": P.ThreadSetNameResponse;
  "thread/revert": P.ThreadRevertResponse;
  "thread/compact/start": P.ThreadCompactStartResponse;
  "thread/goal/set": P.ThreadGoalSetResponse;
  "thread/goal/get": P.ThreadGoalGetResponse;
  "thread/goal/clear": P.ThreadGoalClearResponse;
  "turn/start": P.TurnStartResponse;
  "turn/steer": P.TurnSteerResponse;
  "turn/interrupt": P.TurnInterruptResponse;
  "review/start": P.ReviewStartResponse;
  "model/list": P.ModelListResponse;
  "account/read": P.GetAccountResponse;
  "account/login/start": P.LoginAccountResponse;
  "account/login/cancel": P.CancelLoginAccountResponse;
  "account/logout": P.LogoutAccountResponse;
  "account/rateLimits/read": P.GetAccountRateLimitsResponse;
  "account/usage/read": P.GetAccountTokenUsageResponse;
  "mcpServerStatus/list": P.ListMcpServerStatusResponse;
  "config/read": P.ConfigReadResponse;
}

/** A method this SDK sends (a client request with its response in {@link ClientResponses}). */
export type SentMethod = keyof ClientResponses & ClientMethod;

/** The result of a client request this SDK sends. */
export type ClientResult<M extends SentMethod> = ClientResponses[M];
