import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import fc from "fast-check";
import { toApprovalRequest } from "../../src/app-server/approvals.js";
import { commandMatches, globToRegExp, pathInside } from "../../src/approval-matchers.js";
import { approvalRules, approvalRulesFromJson, type ApprovalHandler, type ApprovalRequest, type FileUpdateChange } from "../../src/index.js";
import { decidedByOf } from "../../src/approval-rules.js";

const ROOT = realpathSync(mkdtempSync(path.join(os.tmpdir(), "codex-sdk-rules-")));
const OUTSIDE = realpathSync(mkdtempSync(path.join(os.tmpdir(), "codex-sdk-rules-out-")));
mkdirSync(path.join(ROOT, "src"));
symlinkSync(OUTSIDE, path.join(ROOT, "src", "out"));
symlinkSync(path.join(OUTSIDE, "missing"), path.join(ROOT, "src", "dangling"));

function commandRequest(line: string): ApprovalRequest {
  return toApprovalRequest(1, "item/commandExecution/requestApproval", { threadId: "t", turnId: "u", itemId: "i", command: `/bin/bash -lc ${JSON.stringify(line)}`, cwd: ROOT }) as ApprovalRequest;
}

function fileRequest(files: string[]): ApprovalRequest {
  const request = toApprovalRequest(2, "item/fileChange/requestApproval", { threadId: "t", turnId: "u", itemId: "i" }) as ApprovalRequest & { kind: "file_change" };
  request.files = files.map((file): FileUpdateChange => ({ path: path.resolve(ROOT, file), kind: "add" }));
  return request;
}

async function decide(handler: ApprovalHandler, request: ApprovalRequest): Promise<{ decision: unknown; by: string | undefined }> {
  const answer = await handler(request, { signal: new AbortController().signal, workingDirectory: ROOT });
  return { decision: answer?.decision, by: decidedByOf(answer) };
}

const TESTS = approvalRules([
  { name: "tests", kind: "command", command: ["npm", "test"], decision: "accept" },
  { name: "git-read", kind: "command", command: /^git (status|diff|log)\b/g, decision: "accept" },
  { name: "no-rm", kind: "command", command: ["rm"], decision: "cancel" },
  { name: "src-edits", kind: "file_change", paths: ["src/**", "*.md"], decision: "accept" },
  { name: "perm", kind: "permissions", decision: "decline" },
]);

describe("approvalRules", () => {
  test("first match wins; each decision says which rule made it, or the fallback", async () => {
    assert.deepEqual(await decide(TESTS, commandRequest("npm test")), { decision: "accept", by: "rule:tests" });
    assert.deepEqual(await decide(TESTS, commandRequest("npm test -- --grep x")), { decision: "accept", by: "rule:tests" }, "an argv prefix");
    assert.deepEqual(await decide(TESTS, commandRequest("npm run test")), { decision: "decline", by: "fallback" });
    // A stateful (global) pattern matches every time, not every other time.
    assert.deepEqual(await decide(TESTS, commandRequest("git status")), { decision: "accept", by: "rule:git-read" });
    assert.deepEqual(await decide(TESTS, commandRequest("git status")), { decision: "accept", by: "rule:git-read" });
    assert.deepEqual(await decide(TESTS, commandRequest("git push")), { decision: "decline", by: "fallback" });
    assert.deepEqual(await decide(TESTS, commandRequest("npm test && rm -rf x")), { decision: "cancel", by: "rule:no-rm" }, "a declining rule covers a line when any command matches");
    assert.deepEqual(await decide(TESTS, fileRequest(["src/a/b.ts", "README.md"])), { decision: "accept", by: "rule:src-edits" });
    assert.deepEqual(await decide(TESTS, fileRequest(["src/a.ts", "lib/b.ts"])), { decision: "decline", by: "fallback" }, "every file must match");
    const permissions = toApprovalRequest(3, "item/permissions/requestApproval", { threadId: "t", turnId: "u", itemId: "i", cwd: ROOT, permissions: { network: { enabled: true } } }) as ApprovalRequest;
    assert.deepEqual(await decide(TESTS, permissions), { decision: { permissions: {}, scope: "turn" }, by: "rule:perm" });
  });

  test("a file change whose files the SDK did not see, and kinds rules do not cover, go to the fallback", async () => {
    const unseen = toApprovalRequest(2, "item/fileChange/requestApproval", { threadId: "t", turnId: "u", itemId: "i" }) as ApprovalRequest;
    assert.deepEqual(await decide(TESTS, unseen), { decision: "decline", by: "fallback" });
    const question = toApprovalRequest(4, "item/tool/requestUserInput", { threadId: "t", turnId: "u", itemId: "i", questions: [] }) as ApprovalRequest;
    let asked = false;
    const withHandler = approvalRules([], { fallback: () => ((asked = true), undefined) });
    assert.deepEqual(await decide(withHandler, question), { decision: undefined, by: undefined });
    assert.equal(asked, true);
  });

  test("the fallback's decline fits each kind; kinds it cannot decline get the SDK's default", async () => {
    const none = approvalRules([]);
    const permissions = toApprovalRequest(3, "item/permissions/requestApproval", { threadId: "t", turnId: "u", itemId: "i", cwd: ROOT, permissions: {} }) as ApprovalRequest;
    assert.deepEqual(await decide(none, permissions), { decision: { permissions: {}, scope: "turn" }, by: "fallback" });
    const question = toApprovalRequest(4, "item/tool/requestUserInput", { threadId: "t", turnId: "u", itemId: "i", questions: [] }) as ApprovalRequest;
    assert.deepEqual(await decide(none, question), { decision: undefined, by: undefined });
    const granting = approvalRules([{ name: "grant", kind: "permissions", decision: "accept" }]);
    const asked = toApprovalRequest(5, "item/permissions/requestApproval", { threadId: "t", turnId: "u", itemId: "i", cwd: ROOT, permissions: { network: { enabled: true } } }) as ApprovalRequest;
    assert.deepEqual(await decide(granting, asked), { decision: { permissions: { network: { enabled: true } }, scope: "turn" }, by: "rule:grant" });
    // A workspace given explicitly wins over the thread's; one this machine cannot see (a remote app-server's) holds nothing an accepting rule covers.
    const any = { name: "any", kind: "file_change", paths: ["**"], decision: "accept" } as const;
    assert.deepEqual(await decide(approvalRules([any], { workspace: path.join(ROOT, "src") }), fileRequest(["src/a.txt"])), { decision: "accept", by: "rule:any" });
    assert.deepEqual(await decide(approvalRules([any], { workspace: path.join(ROOT, "src") }), fileRequest(["a.txt"])), { decision: "decline", by: "fallback" });
    const elsewhere = approvalRules([any], { workspace: path.join(ROOT, "no-such-dir") });
    assert.deepEqual(await decide(elsewhere, fileRequest(["no-such-dir/a.txt"])), { decision: "decline", by: "fallback" });
    // A declining file rule covers a change when any file matches; patterns from JSON take flags.
    const guarded = approvalRulesFromJson([
      { name: "no-secrets", kind: "file_change", paths: ["**/*.env"], decision: "decline" },
      { name: "any-src", kind: "file_change", paths: ["src/**"], decision: "accept" },
      { name: "git", kind: "command", command: { regex: "^GIT STATUS$", flags: "i" }, decision: "accept" },
    ]);
    assert.deepEqual(await decide(guarded, fileRequest(["src/a.ts", "src/prod.env"])), { decision: "decline", by: "rule:no-secrets" });
    assert.deepEqual(await decide(guarded, fileRequest(["src/a.ts"])), { decision: "accept", by: "rule:any-src" });
    assert.deepEqual(await decide(guarded, commandRequest("git status")), { decision: "accept", by: "rule:git" });
  });

  test("a rule set that cannot be read is refused when built, naming the rule", () => {
    assert.throws(() => approvalRules([{ name: "f", kind: "file_change", paths: "src/**" as never, decision: "accept" }]), { message: /#1 "f": paths must be a non-empty array of globs/ });
    assert.throws(() => approvalRules("rules" as never), { message: /rules must be an array/ });
    assert.throws(() => approvalRules([], { workspace: 3 as never }), { message: /options\.workspace must be a string/ });
    assert.throws(() => approvalRules([{ name: "x", kind: "command", command: [], decision: "accept" }]), { code: "CODEX_CONFIG", message: /approval rule #1 "x": command must be a non-empty argv array/ });
    assert.throws(() => approvalRules([{ name: "a", kind: "command", command: ["a"], decision: "accept" }, { name: "a", kind: "command", command: ["b"], decision: "accept" }]), { message: /#2 "a": another rule has this name/ });
    assert.throws(() => approvalRules([{ name: "e", kind: "file_change", paths: ["../x"], decision: "accept" }]), { message: /#1 "e": path "\.\.\/x" must be relative to the workspace/ });
    assert.throws(() => approvalRules([{ name: "p", kind: "permissions", decision: "acceptForSession" as never }]), { message: /#1 "p": decision must be one of "accept", "decline"/ });
    assert.throws(() => approvalRules([{ name: "k", kind: "network" as never, decision: "accept" }]), { message: /#1 "k": kind must be one of/ });
    assert.throws(() => approvalRules([], { fallback: "accept" as never }), { message: /fallback must be "decline" or a handler/ });
    assert.throws(() => approvalRulesFromJson("[{"), { message: /not valid JSON/ });
    assert.throws(() => approvalRulesFromJson("{}"), { message: /must be a JSON array/ });
    assert.throws(() => approvalRulesFromJson([{ name: "r", kind: "command", command: { regex: "(" }, decision: "accept" }]), { message: /#1 "r": command.regex is not a valid pattern/ });
    assert.throws(() => approvalRulesFromJson([{ name: "r", kind: "command", command: { re: "x" }, decision: "accept" }]), { message: /#1 "r": command must be an argv array or \{ "regex"/ });
    assert.throws(() => approvalRulesFromJson([{ kind: "command", command: ["a"], decision: "accept" }]), { message: /approval rule #1: name must be a non-empty string/ });
  });
});

describe("command matching (property)", () => {
  const word = fc.stringMatching(/^[a-z][a-z0-9._=-]{0,8}$/);
  const argv = fc.array(word, { minLength: 1, maxLength: 4 });
  const separator = fc.constantFrom(" && ", " ; ", " | ", " || ", "\n");

  test("an argv prefix matches exactly the argvs that start with it", () => {
    fc.assert(
      fc.property(argv, argv, (prefix, rest) => {
        assert.equal(commandMatches([...prefix, ...rest], prefix), true);
        const other = [...prefix];
        other[other.length - 1] = `${other.at(-1)}x`;
        assert.equal(commandMatches([...other, ...rest], prefix), false);
      }),
    );
  });

  test("a line with another command beside `npm test` is never accepted by the rule for `npm test`", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(argv, { minLength: 1, maxLength: 3 }), fc.array(separator, { minLength: 3, maxLength: 3 }), fc.nat(3), async (others, separators, at) => {
        const commands = others.map((words) => words.join(" "));
        fc.pre(commands.some((command) => !command.startsWith("npm test")));
        commands.splice(at % (commands.length + 1), 0, "npm test");
        const line = commands.reduce((joined, command, index) => `${joined}${separators[index - 1] ?? " ; "}${command}`);
        const { by } = await decide(TESTS, commandRequest(line));
        assert.notEqual(by, "rule:tests", line);
      }),
    );
  });

  test("what the words alone do not show (substitutions, backticks, redirections, variables) is never accepted", async () => {
    const hidden = fc.constantFrom("$(rm -rf x)", "`rm -rf x`", "> /etc/passwd", "< secret", "$HOME", "2>&1", "&", "(rm x)", "~/x");
    await fc.assert(
      fc.asyncProperty(hidden, fc.boolean(), async (part, before) => {
        const line = before ? `${part} npm test` : `npm test ${part}`;
        assert.notEqual((await decide(TESTS, commandRequest(line))).by, "rule:tests", line);
      }),
    );
  });
});

describe("path matching (property)", () => {
  const segment = fc.constantFrom("src", "a", "b", "..", ".", "out", "dangling", "x.ts");

  test("a path accepted is inside the workspace, lexically and on disk", () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), (segments) => {
        const relative = pathInside(ROOT, path.join(ROOT, ...segments));
        if (relative === undefined) return;
        const absolute = path.resolve(ROOT, ...segments);
        assert.ok(absolute.startsWith(ROOT + path.sep), `${segments.join("/")} resolves inside`);
        assert.ok(!relative.split("/").includes(".."));
        assert.ok(!/^src\/(out|dangling)(\/|$)/.test(relative), `${relative} does not go through a link out`);
      }),
    );
  });

  test("through `..` or a symlink out, never", () => {
    assert.equal(pathInside(ROOT, path.join(ROOT, "src", "..", "..", "x")), undefined);
    assert.equal(pathInside(ROOT, path.join(ROOT, "src", "out", "evil.txt")), undefined);
    assert.equal(pathInside(ROOT, path.join(ROOT, "src", "out")), undefined);
    assert.equal(pathInside(ROOT, path.join(ROOT, "src", "dangling")), undefined, "a dangling link would create its target");
    assert.equal(pathInside(ROOT, ROOT), undefined);
    assert.equal(pathInside(ROOT, path.join(ROOT, "src", "new", "deep.ts")), "src/new/deep.ts");
  });

  test("globs: ** spans directories, * and ? stay in one name, the rest is literal", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z.]{1,5}$/), { minLength: 1, maxLength: 4 }), (parts) => {
        const file = parts.join("/");
        assert.equal(globToRegExp("src/**").test(`src/${file}`), true);
        assert.equal(globToRegExp("**/*").test(file), true);
        assert.equal(globToRegExp("*").test(file), parts.length === 1);
      }),
    );
    assert.equal(globToRegExp("src/*.ts").test("src/a/b.ts"), false);
    assert.equal(globToRegExp("src/**/*.ts").test("src/b.ts"), true);
    assert.equal(globToRegExp("a.b").test("axb"), false);
    assert.equal(globToRegExp("?.md").test("a.md"), true);
  });
});
