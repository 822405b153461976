import { closeSync, fstatSync, openSync, readdirSync, readSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Usage } from "../events.js";

/**
 * What `codex exec` does not print but its session file records: the
 * thread's token total before a turn (a resumed thread's first turn needs
 * it to know what the turn itself used) and the model a turn used. codex
 * writes a thread's events to `$CODEX_HOME/sessions/YYYY/MM/DD/rollout-<time>-<thread id>.jsonl`;
 * this reads its tail. Best effort: anything unexpected gives `undefined`.
 */

/** What the end of a thread's session file says. */
export interface SessionFacts {
  /** The thread's running token total, as of its last model response. */
  total?: Usage | undefined;
  /** The model of the thread's last turn. */
  model?: string | undefined;
}

const TAIL_BYTES = 256 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The directory codex keeps threads in, for a child with this environment. */
export function codexHomeOf(env: Readonly<Record<string, string>>): string {
  return env.CODEX_HOME ?? path.join(env.HOME ?? os.homedir(), ".codex");
}

/** The facts at the end of thread `threadId`'s session file, or undefined when it cannot be found or read. */
export function readSessionFacts(codexHome: string, threadId: string): SessionFacts | undefined {
  try {
    const file = findSessionFile(codexHome, threadId);
    return file === undefined ? undefined : factsOf(readTail(file));
  } catch {
    return undefined;
  }
}

/**
 * Thread ids are UUIDv7: their first 48 bits are the creation time, which
 * names the day directory (local or UTC; a day either side covers both).
 */
function findSessionFile(codexHome: string, threadId: string): string | undefined {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-7/i.test(threadId)) return undefined;
  const createdAt = Number.parseInt(threadId.replace(/-/g, "").slice(0, 12), 16);
  const suffix = `-${threadId.toLowerCase()}.jsonl`;
  const days = new Set<string>();
  for (const offset of [-DAY_MS, 0, DAY_MS]) {
    const day = new Date(createdAt + offset);
    days.add(path.join(String(day.getFullYear()), pad(day.getMonth() + 1), pad(day.getDate())));
    days.add(path.join(String(day.getUTCFullYear()), pad(day.getUTCMonth() + 1), pad(day.getUTCDate())));
  }
  for (const day of days) {
    const dir = path.join(codexHome, "sessions", day);
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    const name = names.find((entry) => entry.toLowerCase().endsWith(suffix));
    if (name !== undefined) return path.join(dir, name);
  }
  return undefined;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/** The last `TAIL_BYTES` of the file, from its first whole line. */
function readTail(file: string): string {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    const length = Math.min(size, TAIL_BYTES);
    const buffer = Buffer.alloc(length);
    readSync(fd, buffer, 0, length, size - length);
    const text = buffer.toString("utf8");
    return length < size ? text.slice(text.indexOf("\n") + 1) : text;
  } finally {
    closeSync(fd);
  }
}

function factsOf(text: string): SessionFacts {
  const facts: SessionFacts = {};
  const lines = text.split("\n");
  for (let i = lines.length - 1; i >= 0 && (facts.total === undefined || facts.model === undefined); i -= 1) {
    const line = lines[i] as string;
    if (facts.total === undefined && line.includes('"token_count"')) facts.total = totalOf(line);
    else if (facts.model === undefined && line.includes('"turn_context"')) facts.model = modelOf(line);
  }
  return facts;
}

function totalOf(line: string): Usage | undefined {
  const entry = JSON.parse(line) as { payload?: { type?: string; info?: { total_token_usage?: Record<string, unknown> } | null } };
  const total = entry.payload?.type === "token_count" ? entry.payload.info?.total_token_usage : undefined;
  if (total === undefined) return undefined;
  const count = (field: string): number => (typeof total[field] === "number" ? total[field] : 0);
  return {
    input_tokens: count("input_tokens"),
    cached_input_tokens: count("cached_input_tokens"),
    cache_write_input_tokens: count("cache_write_input_tokens"),
    output_tokens: count("output_tokens"),
    reasoning_output_tokens: count("reasoning_output_tokens"),
  };
}

function modelOf(line: string): string | undefined {
  const entry = JSON.parse(line) as { type?: string; payload?: { model?: unknown } };
  return entry.type === "turn_context" && typeof entry.payload?.model === "string" ? entry.payload.model : undefined;
}
