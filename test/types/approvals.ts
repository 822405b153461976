// Compile-time checks of the approval handler's typing (run by `npm run typecheck`).
import type { ApprovalHandler, ApprovalRequest, DecisionFor } from "../../src/index.js";

const gate = Promise.resolve();

// Handlers answer with request.decide(...), typed by the request's kind; sync or async.
export const sync: ApprovalHandler = (request) => (request.kind === "command" ? request.decide("accept") : undefined);
export const async: ApprovalHandler = async (request) => {
  await gate;
  return request.kind === "file_change" ? request.decide("acceptForSession") : undefined;
};
export const withContext: ApprovalHandler = async (request, { signal }) => {
  await gate;
  return signal.aborted || request.kind !== "command" ? undefined : request.decide("decline");
};
export const byKind: ApprovalHandler = (request) => {
  if (request.kind === "command") {
    const tests = request.commands?.length === 1 && request.commands[0]?.join(" ") === "npm test";
    return request.decide(tests ? "accept" : "decline");
  }
  if (request.kind === "user_input") return request.decide({ answers: { q: { answers: ["yes"] } } });
  if (request.kind === "permissions") return request.decide({ permissions: {}, scope: "turn" });
  if (request.kind === "exec_command_approval") return request.decide("approved");
  return undefined;
};
export const offered: ApprovalHandler = (request) => {
  if (request.kind !== "command") return undefined;
  // availableDecisions holds this kind's decisions, amendments included.
  const amendment = request.availableDecisions.find((decision) => typeof decision === "object" && "acceptWithExecpolicyAmendment" in decision);
  return amendment === undefined ? undefined : request.decide(amendment);
};
export const inAnObject: { onApproval?: ApprovalHandler | undefined } = {
  onApproval: async (request) => {
    await gate;
    return request.kind === "command" ? request.decide("acceptForSession") : undefined;
  },
};

// The request is a discriminated union: params and commands narrow by kind.
export function describe(request: ApprovalRequest): string {
  switch (request.kind) {
    case "command":
      return (request.commands ?? []).map((argv) => argv.join(" ")).join("; ") || (request.params.command ?? "");
    case "file_change":
      return request.params.reason ?? "";
    case "user_input":
      return request.params.questions.map((question) => question.question).join("\n");
    default:
      return request.kind;
  }
}

// Decisions are typed per kind.
export const commandDecision: DecisionFor<"command"> = "acceptForSession";
export const elicitation: DecisionFor<"mcp_elicitation"> = { action: "decline" };
// @ts-expect-error "maybe" is not a command decision
export const wrong: DecisionFor<"command"> = "maybe";
// @ts-expect-error a legacy "approved" does not answer a command request
export const legacyForCommand: ApprovalHandler = (request) => (request.kind === "command" ? request.decide("approved") : undefined);
// @ts-expect-error a command decision does not answer another kind: permissions take an object
export const wrongKind: ApprovalHandler = (request) => (request.kind === "permissions" ? request.decide("accept") : undefined);
// @ts-expect-error a handler must not answer a typo
export const typo: ApprovalHandler = (request) => (request.kind === "command" ? request.decide("acept") : undefined);
// @ts-expect-error a plain string is not an answer: decide() ties it to the request's kind
export const plain: ApprovalHandler = async () => "accept";
