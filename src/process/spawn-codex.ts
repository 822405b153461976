import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { CodexSpawnError } from "../errors.js";
import type { TaggedTree } from "./watchdog.js";

/** What the owner of a codex process hears from it. */
export interface CodexProcessHandlers {
  /** The process never started (the file is missing, not executable ...). */
  onSpawnError(error: CodexSpawnError): void;
  onExit(code: number | null, signal: NodeJS.Signals | null): void;
  onStdout(chunk: Buffer): void;
  /** stdout ended, or failed (the same for a reader: no more lines). */
  onStdoutEnd(): void;
  onStderr(chunk: Buffer): void;
}

/**
 * Spawns codex (an exec turn, or an app-server) with the tree's tags in its
 * environment and in a process group of its own, so the tree can be signalled
 * as a whole, and wires every stream, so that no error escapes as an
 * unhandled event. Returns undefined when the process could not be started
 * (`onSpawnError` has been called then, or will be).
 */
export function spawnCodex(
  executablePath: string,
  args: readonly string[],
  env: Record<string, string>,
  tree: TaggedTree,
  handlers: CodexProcessHandlers,
): ChildProcessWithoutNullStreams | undefined {
  tree.start();
  let child: ChildProcessWithoutNullStreams;
  try {
    child = spawn(executablePath, args, {
      env: { ...env, ...tree.env },
      stdio: ["pipe", "pipe", "pipe"],
      detached: process.platform !== "win32",
      windowsHide: true,
    });
  } catch (error) {
    handlers.onSpawnError(spawnError(executablePath, error));
    return undefined;
  }
  child.once("error", (error) => {
    if (child.pid === undefined) handlers.onSpawnError(spawnError(executablePath, error));
  });
  child.once("exit", (code, signal) => handlers.onExit(code, signal));
  child.stdout.on("data", (chunk: Buffer) => handlers.onStdout(chunk));
  child.stdout.once("end", () => handlers.onStdoutEnd());
  child.stdout.once("error", () => handlers.onStdoutEnd());
  child.stderr.on("data", (chunk: Buffer) => handlers.onStderr(chunk));
  child.stderr.once("error", () => undefined);
  // A child that exits before reading its input makes a write fail with EPIPE: the exit says more.
  child.stdin.once("error", () => undefined);
  return child;
}

/** Lets go of a finished child's pipes (a leftover may still hold the other ends open). */
export function releaseStreams(child: ChildProcessWithoutNullStreams): void {
  child.stdout.removeAllListeners("data");
  child.stdout.destroy();
  child.stderr.destroy();
  child.stdin.destroy();
}

/** The error for a codex that could not be started, naming the path and the reason. */
function spawnError(path: string, error: unknown): CodexSpawnError {
  const errno = (error as NodeJS.ErrnoException).code;
  const reason = errno === "ENOENT" ? "the file does not exist" : errno === "EACCES" ? "permission denied (is it executable?)" : (error as Error).message;
  return new CodexSpawnError(`Failed to start codex at ${path}: ${reason}`, path, errno, error);
}
