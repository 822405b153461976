import type { DeltaItemType, ThreadEvent, Usage } from "../events.js";
import type { AppServerItem, AppServerItemKinds, ThreadItem, TodoItem } from "../items.js";
import { InvalidEventError, isObject, requireArray, requireNumber, requireObject, requireString, type JsonObject } from "../json-checks.js";
import { NO_USAGE, usageSince } from "../turn/usage.js";

/**
 * App-server notifications, mapped to the events and items `codex exec`
 * prints (the same names and shapes), so both transports yield the same
 * stream for the same turn. Items come from `item/completed`, never from
 * `turn/completed` (which holds a summary); the plan becomes a `todo_list`
 * item; item kinds exec does not have become `app_server_item`s. Each field
 * read is checked: a message of the wrong shape throws `InvalidEventError`.
 */

/** Notifications of a turn that carry nothing a turn's consumer needs (state the SDK tracks, or account-wide news). */
const NO_EVENT = new Set([
  "turn/started",
  "thread/status/changed",
  "thread/tokenUsage/updated",
  "account/rateLimits/updated",
  "serverRequest/resolved",
  "item/reasoning/summaryPartAdded",
  "item/reasoning/textDelta",
  "thread/started",
]);

const DELTAS: Readonly<Record<string, DeltaItemType>> = {
  "item/agentMessage/delta": "agent_message",
  "item/reasoning/summaryTextDelta": "reasoning",
  "item/commandExecution/outputDelta": "command_execution",
  "item/fileChange/outputDelta": "file_change",
};

/** Item kinds whose start `codex exec` does not report (it reports them once, completed). */
const COMPLETED_ONLY = new Set(["agent_message", "reasoning"]);

const EXTENSION_KINDS: ReadonlySet<string> = new Set<keyof AppServerItemKinds>([
  "plan",
  "dynamicToolCall",
  "imageView",
  "imageGeneration",
  "contextCompaction",
  "enteredReviewMode",
  "exitedReviewMode",
  "subAgentActivity",
  "functionCallOutput",
  "hookPrompt",
  "sleep",
]);

/** The events of one turn, built from its notifications. */
export class TurnEventMapper {
  private plan: { id: string; items: TodoItem[] } | undefined;
  /** The thread's running total as of the last notification, once one came. */
  private total: Usage | undefined;

  /**
   * `before` is the thread's running total before this turn, when known
   * (exec reports the thread's total too); unknown for a thread opened on
   * this app-server by a resume or a fork, it is learnt from the turn's
   * first usage notification (its total, less its last response's).
   */
  constructor(
    private readonly turnId: string,
    private before: Usage | undefined,
  ) {}

  /** The thread's running token total as of the last notification (or before the turn), when known. */
  get knownTotal(): Usage | undefined {
    return this.total ?? this.before;
  }

  /** The thread's running token total as of the last notification, as `turn.completed` reports it. */
  get totalUsage(): Usage {
    return this.knownTotal ?? NO_USAGE;
  }

  /** The tokens this turn used itself, when known. */
  get turnUsage(): Usage | undefined {
    if (this.before === undefined) return undefined;
    return this.total === undefined ? NO_USAGE : usageSince(this.total, this.before);
  }

  /** The events one notification of this turn makes (none for the notifications a consumer does not need). */
  map(method: string, params: JsonObject): ThreadEvent[] {
    const deltaType = DELTAS[method];
    if (deltaType !== undefined) {
      return [{ type: "item.delta", item_id: requireString(params, "itemId", method), item_type: deltaType, delta: requireString(params, "delta", method) }];
    }
    switch (method) {
      case "item/started":
      case "item/completed": {
        const item = mapItem(requireObject(params, "item", method));
        if (item === null) return [];
        if (method === "item/started") return COMPLETED_ONLY.has(item.type) ? [] : [{ type: "item.started", item }];
        return [{ type: "item.completed", item }];
      }
      case "turn/plan/updated":
        return [this.planUpdated(requireArray(params, "plan", method))];
      case "turn/diff/updated":
        return [{ type: "turn.diff_updated", diff: requireString(params, "diff", method) }];
      case "thread/tokenUsage/updated": {
        const tokenUsage = requireObject(params, "tokenUsage", method);
        this.total = mapUsage(requireObject(tokenUsage, "total", `${method} tokenUsage`));
        if (this.before === undefined && isObject(tokenUsage.last)) this.before = usageSince(this.total, mapUsage(tokenUsage.last));
        return [];
      }
      case "error": {
        const error = requireObject(params, "error", method);
        return [{ type: "error", message: requireString(error, "message", `${method} error`) }];
      }
      default:
        if (NO_EVENT.has(method)) return [];
        // Known to the app-server, not to exec (a diff update, a warning, a hook ...): delivered, not dropped.
        return [{ type: "unknown", event: { method, ...params } }];
    }
  }

  /** The last events of the turn, from `turn/completed`: the plan's completion, then `turn.completed` or `turn.failed`. */
  finish(turn: JsonObject): { events: ThreadEvent[]; status: string } {
    const status = requireString(turn, "status", "turn/completed turn");
    const events: ThreadEvent[] = [];
    if (this.plan) events.push({ type: "item.completed", item: { id: this.plan.id, type: "todo_list", items: this.plan.items } });
    if (status === "completed") {
      const turnUsage = this.turnUsage;
      events.push(turnUsage === undefined ? { type: "turn.completed", usage: this.totalUsage } : { type: "turn.completed", usage: this.totalUsage, turn_usage: turnUsage });
    } else if (status === "failed") {
      const error = isObject(turn.error) ? turn.error : {};
      const message = typeof error.message === "string" ? error.message : "The turn failed";
      events.push({ type: "turn.failed", error: { message } });
    }
    return { events, status };
  }

  private planUpdated(plan: unknown[]): ThreadEvent {
    const items = plan.map((step, index): TodoItem => {
      if (!isObject(step)) throw new InvalidEventError(`turn/plan/updated: plan[${index}] must be an object`);
      return { text: requireString(step, "step", `turn/plan/updated plan[${index}]`), completed: step.status === "completed" };
    });
    if (this.plan === undefined) {
      this.plan = { id: `plan_${this.turnId}`, items };
      return { type: "item.started", item: { id: this.plan.id, type: "todo_list", items } };
    }
    this.plan.items = items;
    return { type: "item.updated", item: { id: this.plan.id, type: "todo_list", items } };
  }
}

/** An app-server `TokenUsageBreakdown` as exec's `usage`. */
export function mapUsage(total: JsonObject): Usage {
  const number = (field: string): number => requireNumber(total, field, "tokenUsage");
  return {
    input_tokens: number("inputTokens"),
    cached_input_tokens: number("cachedInputTokens"),
    cache_write_input_tokens: typeof total.cacheWriteInputTokens === "number" ? total.cacheWriteInputTokens : 0,
    output_tokens: number("outputTokens"),
    reasoning_output_tokens: number("reasoningOutputTokens"),
  };
}

/** An app-server `ThreadItem` as the item exec prints; null for the echo of the user's message (exec has none). */
export function mapItem(item: JsonObject): ThreadItem | null {
  const id = requireString(item, "id", "item");
  const type = requireString(item, "type", "item");
  const where = `${type} item`;
  switch (type) {
    case "userMessage":
      return null;
    case "agentMessage": {
      const message: ThreadItem = { id, type: "agent_message", text: requireString(item, "text", where) };
      const phase = item.phase;
      if (phase === "commentary" || phase === "partial_answer" || phase === "final_answer") message.phase = phase;
      return message;
    }
    case "reasoning":
      return { id, type: "reasoning", text: stringList(item, "summary", where).join("\n") };
    case "commandExecution":
      return {
        id,
        type: "command_execution",
        command: requireString(item, "command", where),
        aggregated_output: optionalString(item, "aggregatedOutput", where) ?? "",
        exit_code: optionalNumber(item, "exitCode", where) ?? null,
        status: status(item, where, ["inProgress", "completed", "failed", "declined"]),
      };
    case "fileChange":
      return {
        id,
        type: "file_change",
        changes: requireArray(item, "changes", where).map((change, index) => {
          if (!isObject(change)) throw new InvalidEventError(`${where}: changes[${index}] must be an object`);
          const kind = requireObject(change, "kind", `${where} changes[${index}]`);
          const kindType = requireString(kind, "type", `${where} changes[${index}].kind`);
          if (kindType !== "add" && kindType !== "delete" && kindType !== "update") {
            throw new InvalidEventError(`${where}: changes[${index}].kind.type must be add, delete or update`);
          }
          return { path: requireString(change, "path", `${where} changes[${index}]`), kind: kindType };
        }),
        status: status(item, where, ["inProgress", "completed", "failed", "declined"]),
      };
    case "mcpToolCall": {
      const call: ThreadItem = {
        id,
        type: "mcp_tool_call",
        server: requireString(item, "server", where),
        tool: requireString(item, "tool", where),
        arguments: item.arguments,
        status: status(item, where, ["inProgress", "completed", "failed"]),
      };
      if (isObject(item.result)) {
        const result = item.result;
        const content = Array.isArray(result.content) ? (result.content as { type: string }[]) : [];
        call.result = { content, structured_content: result.structuredContent ?? null };
        if (result._meta !== undefined) call.result._meta = result._meta;
      }
      if (isObject(item.error)) call.error = { message: requireString(item.error, "message", `${where} error`) };
      // codex 0.171 added it (nullable); older app-servers do not send it, and then it is absent here too.
      if ("environmentId" in item) call.environment_id = typeof item.environmentId === "string" ? item.environmentId : null;
      return call;
    }
    case "webSearch": {
      const search: ThreadItem = { id, type: "web_search", query: requireString(item, "query", where) };
      if (isObject(item.action)) {
        // As exec prints it: without the fields the app-server sends as null.
        const action = Object.fromEntries(Object.entries(item.action).filter(([, value]) => value !== null));
        search.action = { ...action, type: requireString(item.action, "type", `${where} action`) };
      }
      return search;
    }
    case "collabAgentToolCall":
      return {
        id,
        type: "collab_tool_call",
        tool: requireString(item, "tool", where),
        sender_thread_id: requireString(item, "senderThreadId", where),
        receiver_thread_ids: stringList(item, "receiverThreadIds", where),
        prompt: optionalString(item, "prompt", where) ?? null,
        agents_states: item.agentsStates,
        status: status(item, where, ["inProgress", "completed", "failed"]),
      };
    default:
      if (EXTENSION_KINDS.has(type)) return { id, type: "app_server_item", kind: type, item } as unknown as AppServerItem;
      return { id, type: "unknown", item };
  }
}

function status<S extends string>(item: JsonObject, where: string, allowed: readonly S[]): SnakeStatus<S> {
  const value = requireString(item, "status", where);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InvalidEventError(`${where}: "status" must be one of ${allowed.join(", ")}; got ${JSON.stringify(value)}`);
  }
  return (value === "inProgress" ? "in_progress" : value) as SnakeStatus<S>;
}

type SnakeStatus<S extends string> = S extends "inProgress" ? "in_progress" : S;

function optionalString(item: JsonObject, field: string, where: string): string | undefined {
  const value = item[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "string") throw new InvalidEventError(`${where}: "${field}" must be a string or null`);
  return value;
}

function optionalNumber(item: JsonObject, field: string, where: string): number | undefined {
  const value = item[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== "number") throw new InvalidEventError(`${where}: "${field}" must be a number or null`);
  return value;
}

function stringList(item: JsonObject, field: string, where: string): string[] {
  const value = item[field];
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || value.some((entry) => typeof entry !== "string")) {
    throw new InvalidEventError(`${where}: "${field}" must be a list of strings`);
  }
  return value as string[];
}
