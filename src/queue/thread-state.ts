import { copyFile, mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Redis } from "ioredis";
import { CodexQueueError } from "./errors.js";
import type { Keys } from "./records.js";

/** A thread's published state, as a turn starts from it. */
export interface ThreadState {
  version: string;
  /** The rollout's path inside a `CODEX_HOME`, and its bytes. */
  rolloutPath: string;
  rollout: Buffer;
  /** The last commit of a git workspace. */
  commit: string | undefined;
}

/** The thread's published state; `CodexQueueError` for a thread the queue never ran. */
export async function loadThreadState(client: Redis, keys: Keys, threadId: string): Promise<ThreadState> {
  const thread = keys.thread(threadId);
  const [fields, rollout] = await Promise.all([client.hgetall(thread.state), client.getBuffer(thread.rollout)]);
  if (fields.version === undefined || fields.path === undefined || rollout === null) {
    throw new CodexQueueError(`Thread ${threadId} has no published turn in this queue: a queued turn continues only a thread the queue started`);
  }
  return { version: fields.version, rolloutPath: fields.path, rollout, commit: fields.commit === "" ? undefined : fields.commit };
}

/** Where codex keeps rollouts, relative to `CODEX_HOME`: the only place a restored one may be written. */
const ROLLOUT_PATH = /^sessions\/(?:[0-9]+\/)*rollout-[A-Za-z0-9T:._-]+\.jsonl$/;

/** Writes the rollout into a fresh `CODEX_HOME`: codex rebuilds its indexes from it when the thread is resumed. */
export async function restoreRollout(home: string, state: ThreadState): Promise<void> {
  // The path comes from Redis: one that could leave the home's sessions (`..`, an absolute path) is refused.
  if (!ROLLOUT_PATH.test(state.rolloutPath)) {
    throw new CodexQueueError(`The stored thread's rollout path is not a rollout under sessions/: ${JSON.stringify(state.rolloutPath)}`);
  }
  const file = path.join(home, state.rolloutPath);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, state.rollout);
}

/** The rollout of `threadId` in `home`, relative to it, and its bytes. */
export async function readRollout(home: string, threadId: string): Promise<{ rolloutPath: string; rollout: Buffer }> {
  const found = await findFile(path.join(home, "sessions"), `${threadId}.jsonl`);
  if (found === undefined) throw new CodexQueueError(`codex wrote no rollout for thread ${threadId}`);
  return { rolloutPath: path.relative(home, found), rollout: await readFile(found) };
}

async function findFile(dir: string, suffix: string): Promise<string | undefined> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = await findFile(full, suffix);
      if (found !== undefined) return found;
    } else if (entry.name.startsWith("rollout-") && entry.name.endsWith(suffix)) {
      return full;
    }
  }
  return undefined;
}

/** Files of the worker's `home/` template that each attempt's `CODEX_HOME` gets (settings and login, never state). */
const TEMPLATE_FILES = ["config.toml", "auth.json"];

export async function makeHome(template: string, home: string): Promise<void> {
  await mkdir(home, { recursive: true });
  for (const name of TEMPLATE_FILES) {
    await copyFile(path.join(template, name), path.join(home, name)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== "ENOENT") throw error;
    });
  }
}
