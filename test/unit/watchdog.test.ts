import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { afterEach, describe, test } from "node:test";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { hasNoEnvironmentForGood, killTagged, TagEntryIndex } from "../../src/process/process-tree.js";
import { SESSION_TAG_VAR, TURN_TAG_VAR, WATCHDOG_SCRIPT } from "../../src/process/watchdog.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";
import { pollUntil } from "../helpers/poll.js";

/** The sweep mechanisms on their own: the sh watchdog's two paths, and the Linux /proc sweep. */

const started: ChildProcess[] = [];
afterEach(async () => {
  for (const child of started.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await assertNoProcessesLeft();
});

/** A detached process (its own session, like the tools codex starts) with extra environment. */
function victim(env: Record<string, string>, command = "exec sleep 1000"): ChildProcess {
  const child = spawn("sh", ["-c", command], { env: { ...process.env, ...env } as Record<string, string>, detached: true, stdio: ["ignore", "pipe", "ignore"] });
  started.push(child);
  return child;
}

function watchdog(session: string): ChildProcess {
  const child = spawn("/bin/sh", ["-c", WATCHDOG_SCRIPT, "codex-sdk-watchdog", session], { stdio: ["pipe", "ignore", "inherit"] });
  started.push(child);
  return child;
}

describe("watchdog", { timeout: 20_000 }, () => {
  test("at EOF it ends every process of its session (SIGTERM, then SIGKILL for one that ignores it)", async () => {
    const session = "session-a";
    const plain = victim({ [SESSION_TAG_VAR]: session });
    const stubborn = victim({ [SESSION_TAG_VAR]: session }, "trap '' TERM; sleep 1000 & wait; sleep 1000");
    const bystander = victim({ [SESSION_TAG_VAR]: "another-session" });
    const dog = watchdog(session);
    dog.stdin?.end();
    await once(dog, "exit");
    assert.notEqual(plain.signalCode ?? (await once(plain, "exit"))[1], null);
    assert.equal(stubborn.signalCode ?? (await once(stubborn, "exit"))[1], "SIGKILL");
    assert.equal(bystander.exitCode, null, "another session's process is left alone");
    assert.equal(bystander.signalCode, null);
  });

  test("at EOF it also ends what a tagged session leader (codex) started without the tag, in its session", async () => {
    const session = "session-c";
    // The leader carries the tag (as codex does); its child has dropped it (as an MCP server) and stays in its session.
    // The child prints its pid once it runs without the tag, so only the session can find it when the watchdog looks.
    const leader = victim({ [SESSION_TAG_VAR]: session }, `env -u ${SESSION_TAG_VAR} sh -c 'echo $$; exec sleep 1000' & wait`);
    const untagged = await firstLine(leader);
    const elsewhere = victim({}, "exec sleep 1000");
    const dog = watchdog(session);
    dog.stdin?.end();
    await once(dog, "exit");
    await processGone(untagged);
    assert.equal(elsewhere.exitCode, null, "a process of another session is left alone");
    assert.equal(elsewhere.signalCode, null);
  });

  test("`end <tag>` ends that turn's processes only", async () => {
    const target = victim({ [TURN_TAG_VAR]: "turn-1" });
    const other = victim({ [TURN_TAG_VAR]: "turn-2" });
    const dog = watchdog("session-b");
    dog.stdin?.write("end turn-1\n");
    const [, signal] = await once(target, "exit");
    assert.equal(signal, "SIGKILL");
    assert.equal(other.exitCode, null);
    assert.equal(other.signalCode, null);
    dog.stdin?.end();
    await once(dog, "exit");
  });
});

describe("finding a tag in an environment", () => {
  const environ = (...entries: string[]) => Buffer.from(entries.map((entry) => `${entry}\0`).join(""));
  const index = new TagEntryIndex(["T=one", "T=two", "U=one", "T=ü-1"]);

  test("whole entries only, at the start or after a NUL, whatever the number of tagEntries", () => {
    assert.equal(index.find(environ("T=one", "PATH=/bin")), "T=one");
    assert.equal(index.find(environ("PATH=/bin", "T=two")), "T=two");
    assert.equal(index.find(environ("U=one")), "U=one");
    assert.equal(index.find(environ("MY_T=one", "T=one-more", "T=on")), undefined, "another name, a longer value, a shorter one");
    assert.equal(index.find(environ("PATH=/bin:T=one")), undefined, "inside another value");
    assert.equal(index.find(Buffer.from("PATH=/bin\0T=two")), "T=two", "the last entry without its NUL");
  });

  test("a variable given twice is looked at each time; values are UTF-8", () => {
    assert.equal(index.find(environ("T=other", "PATH=/bin", "T=one")), "T=one");
    assert.equal(index.find(environ("T=ü-1")), "T=ü-1");
    assert.equal(new TagEntryIndex([]).find(environ("T=one")), undefined);
  });
});

describe("Linux /proc sweep", { timeout: 20_000 }, () => {
  test("kills exactly the processes carrying a tagEntry, whole entries only", async () => {
    const target = victim({ [TURN_TAG_VAR]: "t-exact" });
    // Listening before the sweep: the exit may be reported while the sweep is still awaited.
    const targetExit = once(target, "exit");
    const prefix = victim({ [TURN_TAG_VAR]: "t-exact-but-longer" });
    const sincePid = Math.min(target.pid ?? 0, prefix.pid ?? 0);
    // Sweep until the fresh victims are readable (mid-exec they show an empty environment).
    let result = await killTagged([{ tagEntry: `${TURN_TAG_VAR}=t-exact`, sincePid }, { tagEntry: `${TURN_TAG_VAR}=t-none`, sincePid }]);
    const matched = new Set(result.matched);
    while (result.unsure && !matched.has(`${TURN_TAG_VAR}=t-exact`)) {
      result = await killTagged([{ tagEntry: `${TURN_TAG_VAR}=t-exact`, sincePid }]);
      for (const tagEntry of result.matched) matched.add(tagEntry);
    }
    assert.deepEqual([...matched], [`${TURN_TAG_VAR}=t-exact`]);
    const [, signal] = await targetExit;
    assert.equal(signal, "SIGKILL");
    assert.equal(prefix.exitCode, null, "a longer value is not a match");
  });

  test("finds the tag in an environment larger than its read buffer (64 KiB)", async () => {
    // The tag comes after 200 KB of other variables (one may hold at most 128 KiB).
    const padding = Object.fromEntries([1, 2, 3, 4].map((n) => [`CODEX_SDK_TEST_PADDING_${n}`, "x".repeat(50_000)]));
    const target = victim({ ...padding, [TURN_TAG_VAR]: "t-big" });
    const targetExit = once(target, "exit");
    const sincePid = target.pid ?? 0;
    let result = await killTagged([{ tagEntry: `${TURN_TAG_VAR}=t-big`, sincePid }]);
    while (result.unsure && result.matched.size === 0) result = await killTagged([{ tagEntry: `${TURN_TAG_VAR}=t-big`, sincePid }]);
    assert.deepEqual([...result.matched], [`${TURN_TAG_VAR}=t-big`]);
    assert.equal((await targetExit)[1], "SIGKILL");
  });

  test("ends what is left in the session of an exited leader, untagged, and nothing in a session whose leader lives", async () => {
    // Each sh leads a session of its own (as codex does) and starts a sleep without the SDK's tags.
    const orphaned = victim({}, "sleep 1000 & echo $! ; exit 0");
    const living = victim({}, "sleep 1000 & echo $! ; wait");
    const orphanedExit = once(orphaned, "exit");
    const [orphanPid, livingChildPid] = await Promise.all([firstLine(orphaned), firstLine(living)]);
    await orphanedExit;
    const orphanExit = processGone(orphanPid);
    const sessionOf = (leader: ChildProcess) => ({ tagEntry: `${TURN_TAG_VAR}=none`, sincePid: leader.pid ?? 0, session: leader.pid ?? 0 });
    try {
      const result = await killTagged([sessionOf(orphaned), sessionOf(living)]);
      assert.equal(result.matched.size, 1, "the orphaned session's sleep was ended");
      await orphanExit;
      assert.ok(existsSync(`/proc/${livingChildPid}`), "the living session's sleep is left alone");
      assert.ok(existsSync(`/proc/${living.pid ?? 0}`), "a session leader is never a leftover");
    } finally {
      process.kill(livingChildPid, "SIGKILL");
    }
  });

  // Depending on the kernel, reading the environment of a zombie or a kernel thread fails (ESRCH) or
  // gives nothing; a process in the middle of exec gives nothing for an instant.
  test("a zombie or a kernel thread has no environment for good; a live process with none must be read again", async () => {
    // sh forks a child that exits at once and then execs sleep, which never reaps it: a zombie.
    const parent = victim({}, "true & exec sleep 1000");
    const zombie = await zombieChildOf(parent.pid ?? 0);
    const zombieStat = readFileSync(`/proc/${zombie}/stat`, "utf8");
    assert.equal(hasNoEnvironmentForGood(zombieStat), true);
    assert.equal(hasNoEnvironmentForGood(readFileSync("/proc/2/stat", "utf8")), true, "kthreadd is a kernel thread");
    assert.equal(hasNoEnvironmentForGood(undefined), true, "gone");
    // A running user process (here: this one) with an empty environment is mid-exec or mid-exit.
    assert.equal(hasNoEnvironmentForGood(readFileSync("/proc/self/stat", "utf8")), false);
    // "comm" may hold spaces and parentheses: fields are read after the last ")".
    assert.equal(hasNoEnvironmentForGood("123 (a) b) (c) Z 1 1 1 0 -1 4194304"), true);
    assert.equal(hasNoEnvironmentForGood("123 (a) b) (c) S 1 1 1 0 -1 4194304"), false);
  });
});

/** The pid of `parent`'s zombie child, once the child has exited (the process table has no event for it). */
function zombieChildOf(parent: number): Promise<number> {
  return pollUntil(() => {
    for (const entry of readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
        const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
        if (Number(ppid) === parent && state === "Z") return Number(entry);
      } catch {
        // gone
      }
    }
    return undefined;
  }, "no zombie appeared");
}

/** The first line a child prints (here: a pid). */
async function firstLine(child: ChildProcess): Promise<number> {
  const [line] = (await once(createInterface({ input: child.stdout as NodeJS.ReadableStream }), "line")) as [string];
  return Number(line);
}

/** Resolves once `pid` (not a child of this process) is gone or a zombie; the process table has no event for it. */
async function processGone(pid: number): Promise<void> {
  await pollUntil(() => {
    try {
      return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0] === "Z" ? true : undefined;
    } catch {
      return true;
    }
  }, `${pid} still runs`);
}
