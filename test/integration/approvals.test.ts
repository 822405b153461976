import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, test } from "node:test";
import { Codex, CodexAbortError, type ApprovalHandler, type ApprovalRequest, type DecisionFor, type ThreadEvent } from "../../src/index.js";
import { applyPatch, message, shell, type ScriptedResponse } from "../../src/testing/index.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";
import { lastUserText, withModel, workspace } from "../helpers/scripted.js";

afterEach(() => assertNoProcessesLeft());

/**
 * Approvals answered by code, with the real binary: `approvalPolicy:
 * "untrusted"` under `workspace-write` makes codex ask before a command.
 */

const TOUCH = [[shell("touch approved.txt && echo made")], [message("after the command")]] satisfies ScriptedResponse[];

interface Outcome {
  events: ThreadEvent[];
  error: unknown;
  created: boolean;
  requests: ApprovalRequest[];
}

async function runWith(handler: ApprovalHandler | undefined, options: { approvalTimeoutMs?: number } = {}): Promise<Outcome> {
  const dir = workspace();
  const requests: ApprovalRequest[] = [];
  return withModel(TOUCH, async (model) => {
    await using codex = new Codex(
      model.codexOptions({
        transport: "app-server",
        ...options,
        ...(handler ? { onApproval: async (request, context) => (requests.push(request), handler(request, context)) } : {}),
      }),
    );
    const { events } = await codex.startThread({ skipGitRepoCheck: true, workingDirectory: dir, approvalPolicy: "untrusted", sandboxMode: "workspace-write" }).runStreamed("make a file");
    const seen: ThreadEvent[] = [];
    let error: unknown;
    try {
      for await (const event of events) seen.push(event);
    } catch (e) {
      error = e;
    }
    return { events: seen, error, created: existsSync(path.join(dir, "approved.txt")), requests };
  });
}

/** A handler that gives every command request `decision` (and the default to the rest). */
function answerCommands(decision: DecisionFor<"command">): ApprovalHandler {
  return (request) => (request.kind === "command" ? request.decide(decision) : undefined);
}

function command(events: ThreadEvent[]) {
  const done = events.find((event) => event.type === "item.completed" && event.item.type === "command_execution");
  return done?.type === "item.completed" && done.item.type === "command_execution" ? done.item : undefined;
}

function resolved(events: ThreadEvent[]) {
  return events.flatMap((event) => (event.type === "approval.resolved" ? [{ decision: event.decision, by: event.decided_by, kind: event.request.kind }] : []));
}

describe("app-server approvals with the real binary", () => {
  test("accept: the command runs; the request carried its thread, turn and command", async () => {
    const outcome = await runWith(answerCommands("accept"));
    assert.equal(outcome.error, undefined);
    assert.equal(outcome.created, true);
    assert.equal(command(outcome.events)?.status, "completed");
    assert.deepEqual(resolved(outcome.events), [{ decision: "accept", by: "handler", kind: "command" }]);
    const request = outcome.requests[0];
    assert.ok(request?.kind === "command");
    assert.match(request.params.command ?? "", /touch approved\.txt/);
    assert.ok(request.threadId && request.turnId);
    const order = outcome.events.map((event) => event.type);
    assert.ok(order.indexOf("approval.requested") < order.indexOf("approval.resolved"));
  });

  test("decline: the command is declined and the turn completes", async () => {
    const outcome = await runWith(answerCommands("decline"));
    assert.equal(outcome.error, undefined);
    assert.equal(outcome.created, false);
    assert.equal(command(outcome.events)?.status, "declined");
    assert.equal(outcome.events.at(-1)?.type, "turn.completed");
  });

  test("cancel: the command is declined and the turn is interrupted (CodexAbortError)", async () => {
    const outcome = await runWith(answerCommands("cancel"));
    assert.equal(outcome.created, false);
    assert.ok(outcome.error instanceof CodexAbortError, String(outcome.error));
    assert.match((outcome.error as Error).message, /interrupted/);
  });

  test("no handler: declined by default, never accepted", async () => {
    const outcome = await runWith(undefined);
    assert.equal(outcome.created, false);
    assert.equal(command(outcome.events)?.status, "declined");
    assert.deepEqual(resolved(outcome.events), [{ decision: "decline", by: "default", kind: "command" }]);
  });

  test("commands: the README's handler accepts `npm test` alone, declines what hides behind it; availableDecisions lists what works", async () => {
    const dir = workspace();
    const requests: ApprovalRequest[] = [];
    const readmeHandler: ApprovalHandler = (request) => {
      requests.push(request);
      if (request.kind !== "command") return undefined;
      const onlyTests = request.commands?.length === 1 && request.commands[0]?.join(" ") === "npm test";
      return request.decide(onlyTests ? "accept" : "decline");
    };
    await withModel([[shell("touch PWNED; echo npm test")], [shell("echo npm test > PWNED2")], [shell("echo 'npm test'")], [message("done")]], async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server", onApproval: readmeHandler }));
      await codex.startThread({ skipGitRepoCheck: true, workingDirectory: dir, approvalPolicy: "untrusted", sandboxMode: "workspace-write" }).run("go");
    });
    const commands = requests.map((request) => (request.kind === "command" ? request.commands : undefined));
    assert.deepEqual(commands, [[["touch", "PWNED"], ["echo", "npm", "test"]], null, [["echo", "npm test"]]]);
    assert.equal(existsSync(path.join(dir, "PWNED")), false);
    assert.equal(existsSync(path.join(dir, "PWNED2")), false);
    const first = requests[0];
    assert.ok(first?.kind === "command");
    assert.deepEqual(first.availableDecisions.filter((decision) => typeof decision === "string"), ["accept", "acceptForSession", "decline", "cancel"]);
    assert.ok(first.availableDecisions.some((decision) => typeof decision === "object" && "acceptWithExecpolicyAmendment" in decision), "the amendment codex proposes");
  });

  test("a throwing handler: declined", async () => {
    const outcome = await runWith(async () => {
      throw new Error("handler bug");
    });
    assert.equal(outcome.created, false);
    assert.deepEqual(resolved(outcome.events), [{ decision: "decline", by: "error", kind: "command" }]);
  });

  test("a handler slower than approvalTimeoutMs: declined, and its signal aborts", async () => {
    let aborted = false;
    const outcome = await runWith(
      async (request, { signal }) =>
        new Promise((resolve) => {
          signal.addEventListener("abort", () => {
            aborted = true;
            resolve(request.kind === "command" ? request.decide("accept") : undefined);
          });
        }),
      { approvalTimeoutMs: 300 },
    );
    assert.equal(outcome.created, false);
    assert.equal(aborted, true);
    assert.deepEqual(resolved(outcome.events), [{ decision: "decline", by: "timeout", kind: "command" }]);
  });

  test("acceptForSession: later commands of the thread are not asked about again", async () => {
    const dir = workspace();
    let asked = 0;
    const seen: ThreadEvent[] = [];
    await withModel([[shell("touch session.txt")], [message("one")], [shell("touch session.txt")], [message("two")]], async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      const thread = codex.startThread({
        skipGitRepoCheck: true,
        workingDirectory: dir,
        approvalPolicy: "untrusted",
        sandboxMode: "workspace-write",
        onApproval: (request) => {
          asked += 1;
          return request.kind === "command" ? request.decide("acceptForSession") : undefined;
        },
      });
      for (const prompt of ["first", "second"]) {
        const { events } = await thread.runStreamed(prompt);
        for await (const event of events) seen.push(event);
      }
    });
    assert.equal(existsSync(path.join(dir, "session.txt")), true);
    const commands = seen.flatMap((event) => (event.type === "item.completed" && event.item.type === "command_execution" ? [event.item.status] : []));
    assert.deepEqual(commands, ["completed", "completed"]);
    assert.equal(asked, 1, "the same command is not asked about again");
  });

  test("a file change under on-request + read-only is asked about as file_change", async () => {
    const dir = workspace();
    const kinds: string[] = [];
    await withModel([[applyPatch("*** Begin Patch\n*** Add File: patched.txt\n+hi\n*** End Patch\n")], [message("done")]], async (model) => {
      await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
      await codex
        .startThread({
          skipGitRepoCheck: true,
          workingDirectory: dir,
          approvalPolicy: "on-request",
          sandboxMode: "read-only",
          onApproval: async (request) => {
            kinds.push(request.kind);
            return request.kind === "file_change" ? request.decide("accept") : undefined;
          },
        })
        .run("patch it");
    });
    assert.deepEqual(kinds, ["file_change"]);
    assert.equal(existsSync(path.join(dir, "patched.txt")), true);
  });

  test("a slow handler holds up nothing but its own request: other threads run meanwhile", async () => {
    let releaseHandler: () => void = () => undefined;
    const handlerWaits = new Promise<void>((resolve) => {
      releaseHandler = resolve;
    });
    await withModel(
      (request) => {
        const input = request.input as { type?: string }[];
        if (input.at(-1)?.type === "function_call_output") return [message("slow thread done")];
        return lastUserText(request) === "slow thread" ? [shell("touch slow.txt")] : [message("quick answer")];
      },
      async (model) => {
        await using codex = new Codex(model.codexOptions({ transport: "app-server" }));
        const slow = codex
          .startThread({
            skipGitRepoCheck: true,
            workingDirectory: workspace(),
            approvalPolicy: "untrusted",
            sandboxMode: "workspace-write",
            onApproval: async (request) => {
              await handlerWaits;
              return request.kind === "command" ? request.decide("decline") : undefined;
            },
          })
          .runStreamed("slow thread");
        const slowEvents = (await slow).events;
        // Wait until the slow thread is blocked on its approval.
        for (;;) {
          const next = await slowEvents.next();
          assert.ok(!next.done, "the slow turn ended early");
          if (next.value.type === "approval.requested") break;
        }
        const quick = await codex.startThread({ skipGitRepoCheck: true }).run("quick thread");
        assert.equal(quick.finalResponse, "quick answer");
        releaseHandler();
        const rest: ThreadEvent[] = [];
        for await (const event of slowEvents) rest.push(event);
        assert.equal(rest.at(-1)?.type, "turn.completed");
      },
    );
  });
});
