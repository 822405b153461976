import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildConfigArgs } from "../../src/config/config-args.js";
import { findCodexBinary } from "../../src/process/binary.js";
import type { ScriptedModel } from "../../src/testing/index.js";
import { pollUntil } from "./poll.js";
import { freePort } from "./redis.js";

/**
 * A real `codex app-server --listen …` that the test starts itself (the SDK
 * only connects to it), wired to the scripted model, with a capability
 * token; stopped, killed and started again on the same address by the test.
 */
export interface RemoteAppServerProcess {
  /** The address to give `remote.url`. */
  readonly url: string;
  /** The capability token it accepts (ws only). */
  readonly token: string;
  readonly pid: number;
  /** Kills it (SIGKILL to its group) and waits until it is gone. */
  kill(): Promise<void>;
  /** Starts it again, on the same address and CODEX_HOME. */
  restart(): Promise<void>;
}

export async function startRemoteAppServer(model: ScriptedModel, options: { unix?: boolean } = {}): Promise<RemoteAppServerProcess> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-remote-"));
  const token = `token-${Math.random().toString(36).slice(2)}-${Date.now()}`;
  const tokenFile = path.join(dir, "token");
  writeFileSync(tokenFile, token, { mode: 0o600 });
  const socketPath = path.join(dir, "app-server.sock");
  const url = options.unix ? `unix://${socketPath}` : `ws://127.0.0.1:${await freePort()}`;
  const { config, env } = model.codexOptions();
  const args = [
    ...buildConfigArgs({ config }),
    "app-server",
    "--listen",
    url,
    ...(options.unix ? [] : ["--ws-auth", "capability-token", "--ws-token-file", tokenFile]),
  ];
  let child: ChildProcess;
  const start = async (): Promise<void> => {
    // The codex under test (CI runs the suites again on the older tested version).
    child = spawn(process.env.CODEX_SDK_TESTING_CODEX_PATH ?? findCodexBinary().executablePath, args, { env, detached: true, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    const listening = new Promise<void>((resolve, reject) => {
      child.stderr?.on("data", (chunk: Buffer) => {
        stderr += chunk.toString("utf8");
        if (stderr.includes("listening on")) resolve();
      });
      child.once("exit", (code) => reject(new Error(`the app-server exited (${code}) before it listened: ${stderr}`)));
    });
    // Heard once it listens (ws); a later exit (the test kills it) is no failure.
    listening.catch(() => undefined);
    if (options.unix) await pollUntil(() => (existsSync(socketPath) ? true : undefined), "the app-server's socket appears", 30_000);
    else await listening;
    child.stderr?.resume();
  };
  await start();
  return {
    url,
    token,
    get pid(): number {
      return child.pid as number;
    },
    async kill(): Promise<void> {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, "exit");
      process.kill(-(child.pid as number), "SIGKILL");
      await exited;
    },
    restart: start,
  };
}
