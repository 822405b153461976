import { createHash } from "node:crypto";
import { Redis } from "ioredis";
import { isPositiveInteger } from "../checks.js";
import { CodexConfigError } from "../errors.js";
import { CodexQueueError } from "./errors.js";
import type { QueueBaseOptions, QueueConnection } from "./types.js";

/** A connection to Redis that waits for a restarted server instead of failing commands (as BullMQ needs). */
export function connect(connection: QueueConnection): Redis {
  return new Redis({
    host: connection.host ?? "127.0.0.1",
    port: connection.port ?? 6379,
    ...(connection.username === undefined ? {} : { username: connection.username }),
    ...(connection.password === undefined ? {} : { password: connection.password }),
    ...(connection.db === undefined ? {} : { db: connection.db }),
    ...(connection.tls === undefined ? {} : { tls: connection.tls }),
    maxRetriesPerRequest: null,
    // Reconnect quickly at first, then every second at most: a restarted Redis is found within a second.
    retryStrategy: (times) => Math.min(times * 50, 1000),
    lazyConnect: false,
  });
}

/**
 * Resolves once `client` is connected; fails with `CodexQueueError` after
 * `timeoutMs` (an unreachable Redis would otherwise make every command wait
 * forever, as commands are held until it comes back).
 */
export async function whenReady(client: Redis, connection: QueueConnection, timeoutMs: number): Promise<void> {
  let lastError: Error | undefined;
  const onError = (error: Error): void => {
    lastError = error;
  };
  client.on("error", onError);
  try {
    await new Promise<void>((resolve, reject) => {
      const settle = (error?: Error): void => {
        clearTimeout(timer);
        client.off("ready", onReady);
        client.off("end", onEnd);
        if (error === undefined) resolve();
        else reject(error);
      };
      const where = `${connection.host ?? "127.0.0.1"}:${connection.port ?? 6379}`;
      const onReady = (): void => settle();
      // Closed before it connected: nothing to wait for (and no timer left to hold the process open).
      const onEnd = (): void => settle(new CodexQueueError(`The connection to Redis at ${where} was closed before it was ready`));
      const timer = setTimeout(() => settle(new CodexQueueError(`Redis at ${where} did not answer within ${timeoutMs} ms${lastError ? ` (${lastError.message})` : ""}`)), timeoutMs);
      client.once("ready", onReady);
      client.once("end", onEnd);
    });
  } finally {
    client.off("error", onError);
  }
}

/** Closes a client, whatever state it is in, without waiting for a server that is gone (a client that never connected stops retrying at once). */
export async function disconnect(client: Redis): Promise<void> {
  if (client.status === "end") return;
  if (client.status !== "ready") {
    client.disconnect();
    return;
  }
  await client.quit().catch(() => client.disconnect());
}

/** Runs a Lua script by its hash, loading it when Redis does not have it (first use, or after a restart). */
export async function runScript(client: Redis, script: string, keys: readonly string[], args: readonly (string | number | Buffer)[]): Promise<unknown> {
  const sha = shaOf(script);
  try {
    return await client.evalsha(sha, keys.length, ...keys, ...args);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
    return client.eval(script, keys.length, ...keys, ...args);
  }
}

const shas = new Map<string, string>();
function shaOf(script: string): string {
  let sha = shas.get(script);
  if (sha === undefined) {
    sha = createHash("sha1").update(script).digest("hex");
    shas.set(script, sha);
  }
  return sha;
}

const NAME = /^[A-Za-z0-9_-]{1,64}$/;

/** The checked queue name and connect timeout of queue or worker options. */
export function baseSettings(options: QueueBaseOptions, where: string): { name: string; connectTimeoutMs: number } {
  if (typeof options !== "object" || options === null) throw new CodexConfigError(`${where}: options are required`);
  if (typeof options.connection !== "object" || options.connection === null) throw new CodexConfigError(`${where}.connection: Redis's host and port are required`);
  const name = options.name ?? "codex";
  if (typeof name !== "string" || !NAME.test(name)) throw new CodexConfigError(`${where}.name: letters, digits, "-" and "_" only (1 to 64), got ${JSON.stringify(name)}`);
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  isPositiveInteger(connectTimeoutMs, `${where}.connectTimeoutMs`);
  return { name, connectTimeoutMs };
}
