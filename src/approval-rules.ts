import type { ApprovalAnswer, ApprovalHandler, ApprovalRequest } from "./approvals.js";
import { commandMatches, globToRegExp, pathInside, type CommandPattern } from "./approval-matchers.js";
import { isString, objectOf, oneOf } from "./checks.js";
import { CodexConfigError } from "./errors.js";

/** What a rule answers: accept (for this request, or the session), decline, or cancel the turn. */
export type RuleDecision = "accept" | "acceptForSession" | "decline" | "cancel";

/** A rule about commands: each command of the request (after unwrapping codex's shell) must match. */
export interface CommandRule {
  /** Shown in `approval.resolved` as `decided_by: "rule:<name>"`. */
  name: string;
  /** Always `"command"`. */
  kind: "command";
  /** An argv prefix (`["npm", "test"]` covers `npm test -- -u`), or a pattern tested on each command's argv joined by spaces. */
  command: readonly string[] | RegExp;
  /** The answer when the rule matches. */
  decision: RuleDecision;
}

/** A rule about file changes: every changed file must lie in the workspace and match one of `paths`. */
export interface FileChangeRule {
  /** Shown in `approval.resolved` as `decided_by: "rule:<name>"`. */
  name: string;
  /** Always `"file_change"`. */
  kind: "file_change";
  /** Globs relative to the workspace (`src/**`, `*.md`); `**` spans directories, `*` does not. */
  paths: readonly string[];
  /** The answer when the rule matches. */
  decision: RuleDecision;
}

/** A rule about extra permissions (network, directories): `accept` grants what is asked for the turn. */
export interface PermissionsRule {
  /** Shown in `approval.resolved` as `decided_by: "rule:<name>"`. */
  name: string;
  /** Always `"permissions"`. */
  kind: "permissions";
  /** `accept` grants what was asked, for the turn; `decline` grants nothing. */
  decision: "accept" | "decline";
}

/** One rule of {@link approvalRules}. */
export type ApprovalRule = CommandRule | FileChangeRule | PermissionsRule;

/** Options of {@link approvalRules}. */
export interface ApprovalRulesOptions {
  /** What answers a request no rule matches: `"decline"` (the default) or a handler (a person at a terminal, say). */
  fallback?: "decline" | ApprovalHandler;
  /** The directory file rules are relative to. Default: the thread's working directory. */
  workspace?: string;
}

/** How an answer says who decided (read by the SDK for `approval.resolved`'s `decided_by`). */
export const DECIDED_BY: unique symbol = Symbol.for("codex-sdk.decidedBy") as never;

/** An answer that carries who decided: `rule:<name>` or `fallback`. */
type AttributedAnswer = ApprovalAnswer & { [DECIDED_BY]?: string };

/** A rule ready to test: its pattern compiled once. */
interface CompiledRule {
  rule: ApprovalRule;
  command?: CommandPattern;
  paths?: RegExp[];
}

/**
 * Extension (app-server): an `onApproval` handler made of rules, first match
 * wins. A command rule that accepts covers a request only when **every**
 * command in it matches (so `npm test && rm -rf x` is never accepted by a
 * rule for `npm test`); one that declines, when any does. A line the SDK
 * cannot split safely (substitutions, redirections, globs ...) matches no
 * command rule. A file rule that accepts covers a change only when every
 * file lies inside the workspace, through `..` and symlinks alike, and
 * matches a glob. What no rule covers goes to `fallback` (default: decline).
 *
 * @example
 * ```ts
 * const codex = new Codex({
 *   transport: "app-server",
 *   onApproval: approvalRules([
 *     { name: "tests", kind: "command", command: ["npm", "test"], decision: "accept" },
 *     { name: "git-read", kind: "command", command: /^git (status|diff|log)\b/, decision: "accept" },
 *     { name: "src-edits", kind: "file_change", paths: ["src/**", "test/**"], decision: "accept" },
 *     { name: "no-network", kind: "permissions", decision: "decline" },
 *   ], { fallback: "decline" }),
 * });
 * ```
 */
export function approvalRules(rules: readonly ApprovalRule[], options: ApprovalRulesOptions = {}): ApprovalHandler {
  const compiled = compileRules(rules);
  const fallback = checkFallback(options.fallback);
  if (options.workspace !== undefined) isString(options.workspace, "approvalRules options.workspace");
  return async (request, context) => {
    for (const entry of compiled) {
      if (entry.rule.kind !== request.kind || !covers(entry, request, options.workspace ?? context.workingDirectory)) continue;
      return attributed(answerOf(entry.rule, request), `rule:${entry.rule.name}`);
    }
    if (fallback === "decline") return attributed(declineOf(request), "fallback");
    const answer = await fallback(request, context);
    return answer === undefined ? undefined : attributed(answer, "fallback");
  };
}

/**
 * Extension: {@link approvalRules} from JSON (a file's text, or the parsed
 * value): an array of rules, a command given as an argv array or as
 * `{ "regex": "^git (status|diff)\\b", "flags": "i" }`. A rule that cannot
 * be read is refused here, naming it.
 */
export function approvalRulesFromJson(json: string | unknown, options: ApprovalRulesOptions = {}): ApprovalHandler {
  let value: unknown = json;
  if (typeof json === "string") {
    try {
      value = JSON.parse(json);
    } catch (error) {
      throw new CodexConfigError(`approval rules are not valid JSON: ${(error as Error).message}`);
    }
  }
  if (!Array.isArray(value)) throw new CodexConfigError("approval rules must be a JSON array of rules");
  const rules = value.map((raw: unknown, index): ApprovalRule => {
    const bag = objectOf(raw, `approval rule #${index + 1}`);
    const command = bag.command;
    if (typeof command === "object" && command !== null && !Array.isArray(command)) {
      const { regex, flags } = command as Record<string, unknown>;
      const where = ruleName(bag, index);
      if (typeof regex !== "string") throw new CodexConfigError(`${where}: command must be an argv array or { "regex": "..." }`);
      try {
        return { ...bag, command: new RegExp(regex, typeof flags === "string" ? flags : "") } as unknown as ApprovalRule;
      } catch (error) {
        throw new CodexConfigError(`${where}: command.regex is not a valid pattern: ${(error as Error).message}`);
      }
    }
    return bag as unknown as ApprovalRule;
  });
  return approvalRules(rules, options);
}

const DECISIONS = ["accept", "acceptForSession", "decline", "cancel"];
const KINDS = ["command", "file_change", "permissions"];

/** Every rule checked and compiled when the handler is built, not at the first request. */
function compileRules(rules: readonly ApprovalRule[]): CompiledRule[] {
  if (!Array.isArray(rules)) throw new CodexConfigError("approvalRules(rules): rules must be an array");
  const names = new Set<string>();
  return rules.map((rule: ApprovalRule, index) => {
    const bag = objectOf(rule, `approval rule #${index + 1}`);
    const where = ruleName(bag, index);
    if (typeof bag.name !== "string" || bag.name.length === 0) throw new CodexConfigError(`${where}: name must be a non-empty string`);
    if (names.has(bag.name)) throw new CodexConfigError(`${where}: another rule has this name`);
    names.add(bag.name);
    oneOf(KINDS)(bag.kind, `${where}: kind`);
    oneOf(bag.kind === "permissions" ? ["accept", "decline"] : DECISIONS)(bag.decision, `${where}: decision`);
    if (rule.kind === "command") return { rule, command: commandPattern(rule.command, where) };
    if (rule.kind === "file_change") return { rule, paths: globs(rule.paths, where) };
    return { rule };
  });
}

function ruleName(bag: Readonly<Record<string, unknown>>, index: number): string {
  return typeof bag.name === "string" && bag.name.length > 0 ? `approval rule #${index + 1} ${JSON.stringify(bag.name)}` : `approval rule #${index + 1}`;
}

function commandPattern(command: unknown, where: string): CommandPattern {
  // A stateful (g, y) pattern would match every other time: it is compiled without those flags.
  if (command instanceof RegExp) return new RegExp(command.source, command.flags.replace(/[gy]/g, ""));
  if (!Array.isArray(command) || command.length === 0 || !command.every((word) => typeof word === "string" && word.length > 0)) {
    throw new CodexConfigError(`${where}: command must be a non-empty argv array of non-empty strings, or a RegExp`);
  }
  return [...(command as string[])];
}

function globs(paths: unknown, where: string): RegExp[] {
  if (!Array.isArray(paths) || paths.length === 0 || !paths.every((glob) => typeof glob === "string" && glob.length > 0)) {
    throw new CodexConfigError(`${where}: paths must be a non-empty array of globs`);
  }
  return (paths as string[]).map((glob) => {
    if (glob.startsWith("/") || glob.split("/").includes("..")) throw new CodexConfigError(`${where}: path ${JSON.stringify(glob)} must be relative to the workspace, without ".."`);
    return globToRegExp(glob);
  });
}

function checkFallback(fallback: ApprovalRulesOptions["fallback"]): "decline" | ApprovalHandler {
  if (fallback === undefined || fallback === "decline" || typeof fallback === "function") return fallback ?? "decline";
  throw new CodexConfigError('approvalRules options.fallback must be "decline" or a handler');
}

/** True when the rule covers the request (see approvalRules for what "covers" means per kind). */
function covers(entry: CompiledRule, request: ApprovalRequest, workspace: string): boolean {
  const accepting = entry.rule.decision === "accept" || entry.rule.decision === "acceptForSession";
  if (request.kind === "command" && entry.command !== undefined) {
    const commands = request.commands;
    if (commands === null || commands.length === 0) return false;
    const pattern = entry.command;
    return accepting ? commands.every((argv) => commandMatches(argv, pattern)) : commands.some((argv) => commandMatches(argv, pattern));
  }
  if (request.kind === "file_change" && entry.paths !== undefined) {
    const files = request.files;
    if (files === null || files.length === 0) return false;
    const paths = entry.paths;
    const matches = (file: string): boolean => {
      const relative = pathInside(workspace, file);
      return relative !== undefined && paths.some((glob) => glob.test(relative));
    };
    return accepting ? files.every((change) => matches(change.path)) : files.some((change) => matches(change.path));
  }
  return request.kind === "permissions";
}

/** A matching rule's answer: its decision, or, for permissions, what was asked granted for the turn. */
function answerOf(rule: ApprovalRule, request: ApprovalRequest): ApprovalAnswer | undefined {
  if (rule.decision === "decline") return declineOf(request);
  if (request.kind === "permissions") return request.decide({ permissions: request.params.permissions, scope: "turn" });
  return request.kind === "command" || request.kind === "file_change" ? request.decide(rule.decision) : undefined;
}

/** The SDK's decline for the kinds rules answer; other kinds get the SDK's default (undefined). */
function declineOf(request: ApprovalRequest): ApprovalAnswer | undefined {
  if (request.kind === "command" || request.kind === "file_change") return request.decide("decline");
  if (request.kind === "permissions") return request.decide({ permissions: {}, scope: "turn" });
  return undefined;
}

function attributed(answer: ApprovalAnswer | undefined, by: string): ApprovalAnswer | undefined {
  if (answer === undefined) return undefined;
  const marked: AttributedAnswer = { kind: answer.kind, decision: answer.decision };
  Object.defineProperty(marked, DECIDED_BY, { value: by, enumerable: false });
  return marked;
}

/** Who decided, when a rules handler made the answer. */
export function decidedByOf(answer: unknown): string | undefined {
  if (typeof answer !== "object" || answer === null) return undefined;
  const by = (answer as AttributedAnswer)[DECIDED_BY];
  return typeof by === "string" ? by : undefined;
}

