/**
 * Compile-time drop-in check (run by `npm run typecheck`): code written against
 * `@openai/codex-sdk` 0.163 types compiles unchanged against ours.
 */
import type * as Official from "@openai/codex-sdk";
import { Codex, Thread } from "../../src/index.js";
import type * as Ours from "../../src/index.js";

type Assert<T extends true> = T;
type Extends<A, B> = [A] extends [B] ? true : false;

// Every option object a user built for the official SDK is accepted by ours.
export type OptionsAccepted = [
  Assert<Extends<Official.CodexOptions, Ours.CodexOptions>>,
  Assert<Extends<Official.ThreadOptions, Ours.ThreadOptions>>,
  Assert<Extends<Official.TurnOptions, Ours.TurnOptions>>,
  Assert<Extends<Official.Input, Ours.Input>>,
  Assert<Extends<Official.UserInput, Ours.UserInput>>,
  Assert<Extends<Official.SandboxMode, Ours.SandboxMode>>,
  Assert<Extends<Official.ApprovalMode, Ours.ApprovalMode>>,
  Assert<Extends<Official.ModelReasoningEffort, Ours.ModelReasoningEffort>>,
  Assert<Extends<Official.WebSearchMode, Ours.WebSearchMode>>,
  Assert<Extends<Official.CyberAccessProgram, Ours.CyberAccessProgram>>,
];

// Results keep every field the official results have.
export type ResultsCompatible = [
  Assert<Extends<Ours.Usage, Official.Usage>>,
  Assert<Extends<Ours.AgentMessageItem, Official.AgentMessageItem>>,
  Assert<Extends<Ours.ThreadStartedEvent, Official.ThreadStartedEvent>>,
  Assert<Extends<Ours.TurnFailedEvent, Official.TurnFailedEvent>>,
  Assert<Extends<keyof Official.RunResult, keyof Ours.RunResult>>,
];

// Typical official-SDK code, unchanged but for the import.
export async function typicalUsage(): Promise<string> {
  const codex = new Codex({ apiKey: "k", config: { a: { b: 1 } } });
  const thread: Thread = codex.startThread({ workingDirectory: "/tmp", skipGitRepoCheck: true });
  const turn = await thread.run("hi", { outputSchema: { type: "object" } });
  let text = turn.finalResponse;
  for (const item of turn.items) {
    if (item.type === "command_execution") text += item.command + item.aggregated_output + String(item.exit_code);
    if (item.type === "file_change") text += item.changes.map((c) => `${c.kind}:${c.path}`).join();
    if (item.type === "todo_list") text += item.items.filter((t) => t.completed).length;
    if (item.type === "mcp_tool_call") text += item.server + item.tool + (item.error?.message ?? "");
  }
  const { events } = await codex.resumeThread(thread.id ?? "x").runStreamed([{ type: "text", text: "again" }]);
  for await (const event of events) {
    switch (event.type) {
      case "thread.started":
        text += event.thread_id;
        break;
      case "item.completed":
        text += event.item.id;
        break;
      case "turn.completed":
        text += event.usage.input_tokens + event.usage.cached_input_tokens;
        break;
      case "turn.failed":
        text += event.error.message;
        break;
      case "error":
        text += event.message;
        break;
    }
  }
  return text;
}
