import type { ThreadEvent } from "../events.js";
import type { ThreadItem } from "../items.js";
import { InvalidEventError, isObject, requireArray, requireNumber, requireObject, requireString, type JsonObject } from "../json-checks.js";

/**
 * Turns one line of codex's stdout into a validated {@link ThreadEvent}.
 * Known events are checked field by field and returned as the very object
 * `JSON.parse` produced (so their JSON is exactly what codex printed); event
 * and item types this SDK does not know are wrapped as `unknown` variants.
 */

export function parseEvent(line: string): ThreadEvent {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    // Not JSON.parse's message: it quotes a piece of the line, which may be a piece of a secret.
    throw new InvalidEventError("not JSON");
  }
  if (!isObject(value)) throw new InvalidEventError("not a JSON object");
  return validateEvent(value);
}

function validateEvent(event: JsonObject): ThreadEvent {
  const type = event.type;
  switch (type) {
    case "thread.started":
      requireString(event, "thread_id", type);
      return event as unknown as ThreadEvent;
    case "turn.started":
      return event as unknown as ThreadEvent;
    case "turn.completed": {
      const usage = requireObject(event, "usage", type);
      for (const field of USAGE_FIELDS) requireNumber(usage, field, `${type} usage`);
      // Older codex builds omit it; the official SDK fills in 0 too.
      usage.cache_write_input_tokens ??= 0;
      requireNumber(usage, "cache_write_input_tokens", `${type} usage`);
      return event as unknown as ThreadEvent;
    }
    case "turn.failed":
      requireString(requireObject(event, "error", type), "message", `${type} error`);
      return event as unknown as ThreadEvent;
    case "item.started":
    case "item.updated":
    case "item.completed":
      event.item = validateItem(requireObject(event, "item", type));
      return event as unknown as ThreadEvent;
    case "error":
      requireString(event, "message", type);
      return event as unknown as ThreadEvent;
    default:
      if (typeof type !== "string") throw new InvalidEventError('event has no string "type"');
      return { type: "unknown", event };
  }
}

const USAGE_FIELDS = ["input_tokens", "cached_input_tokens", "output_tokens", "reasoning_output_tokens"] as const;

function validateItem(item: JsonObject): ThreadItem {
  requireString(item, "id", "item");
  const type = item.type;
  const where = `${String(type)} item`;
  switch (type) {
    case "agent_message":
    case "reasoning":
      requireString(item, "text", where);
      break;
    case "command_execution":
      requireString(item, "command", where);
      requireString(item, "aggregated_output", where);
      requireString(item, "status", where);
      if (item.exit_code !== undefined && item.exit_code !== null) requireNumber(item, "exit_code", where);
      break;
    case "file_change":
      for (const change of requireArray(item, "changes", where)) {
        if (!isObject(change)) throw new InvalidEventError(`${where}: "changes" holds a non-object`);
        requireString(change, "path", `${where} change`);
        requireString(change, "kind", `${where} change`);
      }
      requireString(item, "status", where);
      break;
    case "mcp_tool_call":
      requireString(item, "server", where);
      requireString(item, "tool", where);
      requireString(item, "status", where);
      break;
    case "web_search":
      requireString(item, "query", where);
      break;
    case "todo_list":
      for (const todo of requireArray(item, "items", where)) {
        if (!isObject(todo)) throw new InvalidEventError(`${where}: "items" holds a non-object`);
        requireString(todo, "text", `${where} entry`);
        if (typeof todo.completed !== "boolean") {
          throw new InvalidEventError(`${where} entry: "completed" must be a boolean`);
        }
      }
      break;
    case "error":
      requireString(item, "message", where);
      break;
    case "collab_tool_call":
      requireString(item, "tool", where);
      requireString(item, "status", where);
      break;
    default:
      if (typeof type !== "string") throw new InvalidEventError('item has no string "type"');
      return { id: item.id as string, type: "unknown", item };
  }
  return item as unknown as ThreadItem;
}
