import { execFile } from "node:child_process";
import { mkdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { CodexConfigError } from "../errors.js";
import type { QueueWorkspace } from "./types.js";

const run = promisify(execFile);

/** A ref name git takes, that cannot be read as an option. */
const REF = /^(?!-)(?!.*\.\.)[A-Za-z0-9._/-]{1,200}$/;

/** Checks a workspace on the producer: values from an app's users must not reach git as options. */
export function checkWorkspace(workspace: QueueWorkspace): void {
  if (typeof workspace !== "object" || workspace === null) throw new CodexConfigError("TurnRequest.workspace: { git: { url, ref } } or { path }");
  if ("git" in workspace) {
    const { url, ref } = workspace.git ?? {};
    if (typeof url !== "string" || url === "" || url.startsWith("-") || /[\0\n\r]/.test(url) || /^ext::/i.test(url)) {
      throw new CodexConfigError(`TurnRequest.workspace.git.url: a repository URL or path, got ${JSON.stringify(url)}`);
    }
    if (ref !== undefined && (typeof ref !== "string" || !REF.test(ref))) throw new CodexConfigError(`TurnRequest.workspace.git.ref: a branch, tag or ref name, got ${JSON.stringify(ref)}`);
    return;
  }
  if ("path" in workspace) {
    if (typeof workspace.path !== "string" || !path.isAbsolute(workspace.path) || workspace.path.includes("\0")) {
      throw new CodexConfigError(`TurnRequest.workspace.path: an absolute path every worker sees, got ${JSON.stringify(workspace.path)}`);
    }
    return;
  }
  throw new CodexConfigError("TurnRequest.workspace: { git: { url, ref } } or { path }");
}

/** A turn's working directory, and how to keep what the turn did in it. */
export interface PreparedWorkspace {
  directory: string;
  /** Commits and pushes what the turn changed (git), returning the commit; undefined for other workspaces. */
  publish(threadId: string): Promise<string | undefined>;
  /** Removes what the worker made for the turn. */
  dispose(): Promise<void>;
}

/** Git runs without the machine's or user's configuration, and never through the `ext::` transport. */
function git(cwd: string, args: readonly string[]): Promise<{ stdout: string }> {
  return run("git", ["-c", "protocol.ext.allow=never", "-c", "user.name=codex-sdk worker", "-c", "user.email=codex-sdk@localhost", "-c", "commit.gpgsign=false", ...args], {
    cwd,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1", GIT_TERMINAL_PROMPT: "0" },
    maxBuffer: 16 * 1024 * 1024,
  });
}

/**
 * Prepares the turn's directory under `scratch` (the attempt's own):
 * a fresh empty one, the shared `path`, or a checkout of the thread's last
 * commit (`commit`, from the thread's published state) or else of `ref`.
 */
export async function prepareWorkspace(workspace: QueueWorkspace | null, scratch: string, commit: string | undefined, threadId: string | null): Promise<PreparedWorkspace> {
  if (workspace !== null && "path" in workspace) {
    await requireDirectory(workspace.path);
    return { directory: workspace.path, publish: async () => undefined, dispose: async () => {} };
  }
  const directory = path.join(scratch, "workspace");
  await mkdir(directory, { recursive: true });
  const dispose = (): Promise<void> => rm(directory, { recursive: true, force: true });
  if (workspace === null) return { directory, publish: async () => undefined, dispose };

  const { url, ref } = workspace.git;
  const threadRef = (id: string): string => `refs/codex/${id}`;
  await git(directory, ["init", "--quiet"]);
  let seen = "";
  if (commit !== undefined && threadId !== null) {
    await git(directory, ["fetch", "--quiet", "--", url, `+${threadRef(threadId)}:refs/remotes/thread`]);
    seen = (await git(directory, ["rev-parse", "refs/remotes/thread"])).stdout.trim();
    await git(directory, ["checkout", "--quiet", "--detach", commit]);
  } else {
    await git(directory, ["fetch", "--quiet", "--", url, `+${ref ?? "HEAD"}:refs/remotes/base`]);
    await git(directory, ["checkout", "--quiet", "--detach", "refs/remotes/base"]);
  }
  return {
    directory,
    dispose,
    publish: async (id) => {
      await git(directory, ["add", "--all"]);
      const changed = (await git(directory, ["status", "--porcelain"])).stdout.trim() !== "";
      if (changed) await git(directory, ["commit", "--quiet", "--no-verify", "-m", `codex turn on thread ${id}`]);
      const head = (await git(directory, ["rev-parse", "HEAD"])).stdout.trim();
      // Another worker's push since this one fetched is refused, not overwritten.
      await git(directory, ["push", "--quiet", `--force-with-lease=${threadRef(id)}:${seen}`, "--", url, `+HEAD:${threadRef(id)}`]);
      return head;
    },
  };
}

async function requireDirectory(dir: string): Promise<void> {
  const found = await stat(dir).catch(() => undefined);
  if (found?.isDirectory() !== true) throw new CodexConfigError(`TurnRequest.workspace.path: ${JSON.stringify(dir)} is not a directory on this worker`);
}
