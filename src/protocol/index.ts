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

/** The notifications the app-server sends, by method. */
export type NotificationMethod = P.ServerNotification1["method"];
/** The params of a notification. */
export type NotificationParams<M extends NotificationMethod> = Extract<P.ServerNotification1, { method: M }>["params"];

/** The requests the app-server sends to the client, by method. */
export type ServerRequestMethod = P.ServerRequest["method"];
/** The params of a server request. */
export type ServerRequestParams<M extends ServerRequestMethod> = Extract<P.ServerRequest, { method: M }>["params"];

/** The result of each client request this SDK sends. */
export interface ClientResponses {
  initialize: P.InitializeResponse;
  "thread/start": P.ThreadStartResponse;
  "thread/resume": P.ThreadResumeResponse;
  "thread/fork": P.ThreadForkResponse;
  "turn/start": P.TurnStartResponse;
  "turn/steer": P.TurnSteerResponse;
  "turn/interrupt": P.TurnInterruptResponse;
}

/** The result of a client request: typed for the methods above, unknown for the others. */
export type ClientResult<M extends ClientMethod> = M extends keyof ClientResponses ? ClientResponses[M] : unknown;
