// Compile-time checks of the approval handler's typing (run by `npm run typecheck`).
import type { ApprovalHandler, ApprovalRequest, DecisionFor } from "../../src/index.js";

const gate = Promise.resolve();

// Async handlers returning literal decisions type-check, whatever their shape.
export const expression: ApprovalHandler = async () => "cancel";
export const noParameters: ApprovalHandler = async () => {
  await gate;
  return "decline";
};
export const withContext: ApprovalHandler = async (_request, { signal }) => {
  await gate;
  return signal.aborted ? undefined : "accept";
};
export const byKind: ApprovalHandler = async (request) => {
  if (request.kind === "command") return request.params.command === "ls" ? "accept" : "decline";
  if (request.kind === "user_input") return { answers: { q: { answers: ["yes"] } } };
  if (request.kind === "permissions") return { permissions: {}, scope: "turn" };
  return undefined;
};
export const inAnObject: { onApproval?: ApprovalHandler | undefined } = {
  onApproval: async () => {
    await gate;
    return "acceptForSession";
  },
};

// The request is a discriminated union: params narrow by kind.
export function describe(request: ApprovalRequest): string {
  switch (request.kind) {
    case "command":
      return request.params.command ?? "";
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
// @ts-expect-error a handler must not answer a typo
export const typo: ApprovalHandler = async () => "acept";
