import { flag } from "./config/config-args.js";
import { toTomlValue } from "./config/toml.js";
import { isStandardSchema } from "./output-schema.js";
import { CodexConfigError, CodexUnsupportedError } from "./errors.js";
import {
  isAbortSignal,
  isBoolean,
  isBudgetOptions,
  isRetryOptions,
  isFunction,
  isName,
  isNameArray,
  isNonNegativeInteger,
  isPathArray,
  isPositiveInteger,
  isString,
  oneOf,
  type Check,
} from "./checks.js";
import type { TransportName, ThreadStart } from "./transport.js";

/**
 * The table of settings: every thread and turn option, its check, how
 * `codex exec` takes it, and how the app-server takes it, or why it cannot.
 * Each transport builds what it sends from this table (exec its command
 * line, app-server its thread params and config), option checks come from
 * it, a refusal's message comes from it, and the README's option tables are
 * tested against it. Adding an option is adding a row. Rows are in the order
 * of codex exec's command line (the official SDK's order).
 */

/** How `codex exec` takes a setting. */
export type ExecWay =
  /** A flag: `--flag=value` for a string, once per value of an array, bare when `true`. */
  | { kind: "flag"; flag: string }
  /** A `--config=key=<TOML value>` override. */
  | { kind: "config"; key: string }
  /** Built by `args` (which knows the thread's start and the other options); `describe` says how, for the README. */
  | { kind: "custom"; describe: string; args(value: unknown, context: ExecContext): string[] }
  /** Not codex's: the SDK does it (a timeout, a signal ...). */
  | { kind: "sdk"; describe: string }
  /** codex exec cannot take it; `needs` names the transport that can (then the error is a `CodexUnsupportedError`). */
  | { kind: "refused"; why: string; needs?: TransportName };

/** How the app-server takes a setting. */
export type AppServerWay =
  /** A field of `thread/start`, `/resume` and `/fork`. */
  | { kind: "param"; param: ThreadParamName }
  /** A field of `thread/start` only (a new thread). */
  | { kind: "startParam"; param: "threadSource" }
  /** A field of `turn/start` (for a sandbox mode, the policy it names). */
  | { kind: "turnParam"; param: TurnParamName }
  /** A per-thread config key. */
  | { kind: "config"; key: string }
  /** Per-thread config built by `config`; `describe` says how, for the README. */
  | { kind: "custom"; describe: string; config(value: unknown, values: SettingValues): Record<string, unknown> }
  /** Not codex's: the SDK does it. */
  | { kind: "sdk"; describe: string }
  /** The app-server does not need it. */
  | { kind: "notNeeded"; why: string }
  /** The app-server cannot take it. */
  | { kind: "refused"; why: string; needs?: TransportName };

/** One option. */
export interface Setting {
  /** Its name in `ThreadOptions` or `TurnOptions`. */
  readonly name: string;
  readonly level: "thread" | "turn";
  /** What it does, in a few words (the README's option tables show it). */
  readonly about: string;
  /** Not in the official SDK. */
  readonly extension?: true;
  readonly check: Check;
  readonly exec: ExecWay;
  readonly appServer: AppServerWay;
  /** Values one transport refuses although it takes the option, with why. */
  readonly refusedValues?: { readonly exec?: Readonly<Record<string, string>>; readonly appServer?: Readonly<Record<string, string>> };
}

/** The thread and turn options of one turn, by name. */
export type SettingValues = Readonly<Record<string, unknown>>;

/** What a custom exec rendering knows besides the value. */
export interface ExecContext {
  /** How the turn's thread begins: a resume takes no `--thread-source`. */
  mode: ThreadStart;
  values: SettingValues;
}

/** The fields of `thread/start`, `/resume` and `/fork` that options fill. */
export type ThreadParamName = "model" | "cwd" | "sandbox" | "approvalPolicy" | "ephemeral" | "developerInstructions" | "baseInstructions" | "personality" | "serviceTier" | "approvalsReviewer";

/** The fields of `turn/start` that turn options fill. */
export type TurnParamName = "outputSchema" | "model" | "effort" | "summary" | "cwd" | "sandboxPolicy";

const SANDBOX_MODES = ["read-only", "workspace-write", "danger-full-access"];
const APPROVAL_MODES = ["never", "on-request", "on-failure", "untrusted"];
const EFFORTS = ["minimal", "low", "medium", "high", "xhigh", "max", "ultra", "persistent"];
const WEB_SEARCH_MODES = ["disabled", "cached", "live"];
const LOCAL_PROVIDERS = ["lmstudio", "ollama"];
const CYBER_PROGRAMS = ["standard", "daybreak_blue", "daybreak_red"];
const PERSONALITIES = ["none", "friendly", "pragmatic"];
const REVIEWERS = ["user", "auto_review"];
const SUMMARIES = ["auto", "concise", "detailed", "none"];
/** A turn's override on exec: the thread's flag or config, with this turn's value. */
const overridesOnExec = (flagOrKey: string): { kind: "sdk"; describe: string } => sdk(`${flagOrKey} of this turn's \`codex exec\` (over the thread's)`);

const EXEC_ONLY = "use transport \"exec\" for it";
const notOnAppServer = (why: string): AppServerWay => ({ kind: "refused", why });
const sdk = (describe: string): { kind: "sdk"; describe: string } => ({ kind: "sdk", describe });

/** `enableFeatures` / `disableFeatures`: codex exec's `--enable` / `--disable`, the app-server's `features.<name>` config. */
function featureToggles(name: "enableFeatures" | "disableFeatures", enabled: boolean): Setting {
  return {
    name,
    level: "thread",
    about: `features to ${enabled ? "enable" : "disable"}`,
    extension: true,
    check: isNameArray,
    exec: { kind: "flag", flag: enabled ? "--enable" : "--disable" },
    appServer: {
      kind: "custom",
      describe: `config \`features.<name>\` = \`${enabled}\``,
      config: (value) => Object.fromEntries((value as string[]).map((feature) => [`features.${feature}`, enabled])),
    },
  };
}

/** `web_search` when only `webSearchEnabled` says (`webSearchMode` wins). */
function webSearchFromEnabled(value: unknown, values: SettingValues): string | undefined {
  return values.webSearchMode === undefined ? (value ? "live" : "disabled") : undefined;
}

export const SETTINGS: readonly Setting[] = [
  { name: "model", level: "thread", about: "the model the agent uses", check: isName, exec: { kind: "flag", flag: "--model" }, appServer: { kind: "param", param: "model" } },
  {
    name: "threadSource",
    level: "thread",
    about: "source classification of a new thread",
    check: isName,
    exec: { kind: "custom", describe: "`--thread-source` (new threads only)", args: (value, { mode }) => (mode.kind === "resume" ? [] : [flag("--thread-source", value as string)]) },
    appServer: { kind: "startParam", param: "threadSource" },
  },
  { name: "sandboxMode", level: "thread", about: "`read-only`, `workspace-write` or `danger-full-access` for commands", check: oneOf(SANDBOX_MODES), exec: { kind: "flag", flag: "--sandbox" }, appServer: { kind: "param", param: "sandbox" } },
  { name: "workingDirectory", level: "thread", about: "the agent's working root (made absolute)", check: isString, exec: { kind: "flag", flag: "--cd" }, appServer: { kind: "param", param: "cwd" } },
  { name: "additionalDirectories", level: "thread", about: "more writable directories", check: isPathArray, exec: { kind: "flag", flag: "--add-dir" }, appServer: { kind: "config", key: "sandbox_workspace_write.writable_roots" } },
  { name: "skipGitRepoCheck", level: "thread", about: "allow running outside a Git repository", check: isBoolean, exec: { kind: "flag", flag: "--skip-git-repo-check" }, appServer: { kind: "notNeeded", why: "the app-server does not check" } },
  {
    name: "outputSchema",
    level: "turn",
    about: "JSON Schema (or Standard Schema) of the final response: `run()` returns `output`",
    check: (value) => {
      if (!isStandardSchema(value)) checkJsonSchema(value);
    },
    // On exec the schema is written to a private temp file first: the value this row is given is that file's path.
    exec: { kind: "custom", describe: "`--output-schema` (written to a private temp file)", args: (file) => [flag("--output-schema", file as string)] },
    appServer: { kind: "turnParam", param: "outputSchema" },
  },
  { name: "cyberAccessProgram", level: "turn", about: "experimental Cyber access program for this turn", check: oneOf(CYBER_PROGRAMS), exec: { kind: "flag", flag: "--cyber-access-program" }, appServer: notOnAppServer("the app-server (0.169 to 0.171) has no such field") },
  { name: "modelReasoningEffort", level: "thread", about: "reasoning effort", check: oneOf(EFFORTS), exec: { kind: "config", key: "model_reasoning_effort" }, appServer: { kind: "config", key: "model_reasoning_effort" } },
  { name: "networkAccessEnabled", level: "thread", about: "network access inside `workspace-write`", check: isBoolean, exec: { kind: "config", key: "sandbox_workspace_write.network_access" }, appServer: { kind: "config", key: "sandbox_workspace_write.network_access" } },
  { name: "webSearchMode", level: "thread", about: "`disabled`, `cached` or `live` (wins over `webSearchEnabled`)", check: oneOf(WEB_SEARCH_MODES), exec: { kind: "config", key: "web_search" }, appServer: { kind: "config", key: "web_search" } },
  {
    name: "webSearchEnabled",
    level: "thread",
    about: "`true`: `live`, `false`: `disabled`",
    check: isBoolean,
    exec: {
      kind: "custom",
      describe: '`--config web_search="live"` / `"disabled"` (when `webSearchMode` is not set)',
      args: (value, { values }) => {
        const mode = webSearchFromEnabled(value, values);
        return mode === undefined ? [] : [flag("--config", `web_search=${toTomlValue(mode, "web_search")}`)];
      },
    },
    appServer: {
      kind: "custom",
      describe: 'config `web_search` `"live"` / `"disabled"` (when `webSearchMode` is not set)',
      config: (value, values) => {
        const mode = webSearchFromEnabled(value, values);
        return mode === undefined ? {} : { web_search: mode };
      },
    },
  },
  {
    name: "approvalPolicy",
    level: "thread",
    about: "when the agent asks before a command",
    check: oneOf(APPROVAL_MODES),
    exec: { kind: "config", key: "approval_policy" },
    appServer: { kind: "param", param: "approvalPolicy" },
    refusedValues: {
      exec: { untrusted: 'codex exec 0.169 refuses it ("no longer supported"): codex exec never asks for approval. Use transport "app-server" for approvals' },
      appServer: { "on-failure": `the app-server has no such policy; ${EXEC_ONLY}` },
    },
  },
  { name: "ephemeral", level: "thread", about: "no session files: the thread cannot be resumed", extension: true, check: isBoolean, exec: { kind: "flag", flag: "--ephemeral" }, appServer: { kind: "param", param: "ephemeral" } },
  { name: "profile", level: "thread", about: "layer `$CODEX_HOME/<name>.config.toml`", extension: true, check: isName, exec: { kind: "flag", flag: "--profile" }, appServer: notOnAppServer('codex 0.169 refuses a profile in a thread\'s config: "legacy profile config is no longer supported"') },
  featureToggles("enableFeatures", true),
  featureToggles("disableFeatures", false),
  { name: "oss", level: "thread", about: "the open-source provider", extension: true, check: isBoolean, exec: { kind: "flag", flag: "--oss" }, appServer: notOnAppServer("it is a flag of codex exec") },
  { name: "localProvider", level: "thread", about: "`lmstudio` or `ollama`, with `oss`", extension: true, check: oneOf(LOCAL_PROVIDERS), exec: { kind: "flag", flag: "--local-provider" }, appServer: notOnAppServer("it is a flag of codex exec") },
  { name: "ignoreUserConfig", level: "thread", about: "do not load `$CODEX_HOME/config.toml`", extension: true, check: isBoolean, exec: { kind: "flag", flag: "--ignore-user-config" }, appServer: notOnAppServer("it is a flag of codex exec") },
  { name: "ignoreRules", level: "thread", about: "do not load execpolicy `.rules` files", extension: true, check: isBoolean, exec: { kind: "flag", flag: "--ignore-rules" }, appServer: notOnAppServer("it is a flag of codex exec") },
  { name: "strictConfig", level: "thread", about: "fail on unknown fields in config.toml", extension: true, check: isBoolean, exec: { kind: "flag", flag: "--strict-config" }, appServer: notOnAppServer("it is a flag of codex exec") },
  {
    name: "onApproval",
    level: "thread",
    about: "this thread's approval handler",
    extension: true,
    check: isFunction,
    exec: { kind: "refused", why: "codex exec never asks for approval", needs: "app-server" },
    appServer: sdk("answers this thread's approval requests (before the `Codex`'s handler)"),
  },
  { name: "approvalTimeoutMs", level: "thread", about: "how long this thread's handler may take (default 300000)", extension: true, check: isPositiveInteger, exec: sdk("unused: codex exec never asks for approval"), appServer: sdk("how long this thread's handler may take") },
  { name: "signal", level: "turn", about: "cancels the turn: it rejects with `CodexAbortError`", check: isAbortSignal, exec: sdk("ends codex and its commands"), appServer: sdk("interrupts the turn") },
  { name: "turnTimeoutMs", level: "turn", about: "ends the turn with `CodexTimeoutError` after this long", extension: true, check: isNonNegativeInteger, exec: sdk("the SDK ends the turn"), appServer: sdk("the SDK ends the turn") },
  { name: "idleTimeoutMs", level: "turn", about: "ends the turn with `CodexTimeoutError` when no event comes for this long", extension: true, check: isNonNegativeInteger, exec: sdk("the SDK ends the turn"), appServer: sdk("the SDK ends the turn") },
  { name: "killGraceMs", level: "turn", about: "how long codex gets between SIGTERM and SIGKILL (default 2000)", extension: true, check: isNonNegativeInteger, exec: sdk("between SIGTERM and SIGKILL"), appServer: sdk("how long an interrupted turn gets to end") },
  { name: "developerInstructions", level: "thread", about: "instructions added as a developer message to every turn", extension: true, check: isString, exec: { kind: "config", key: "developer_instructions" }, appServer: { kind: "param", param: "developerInstructions" } },
  { name: "baseInstructions", level: "thread", about: "instructions that replace codex's own", extension: true, check: isString, exec: { kind: "refused", why: "codex exec has no setting that reaches the model (its `base_instructions` config is not read)", needs: "app-server" }, appServer: { kind: "param", param: "baseInstructions" } },
  { name: "personality", level: "thread", about: "`none`, `friendly` or `pragmatic`, for models that support it", extension: true, check: oneOf(PERSONALITIES), exec: { kind: "config", key: "personality" }, appServer: { kind: "param", param: "personality" } },
  { name: "serviceTier", level: "thread", about: "the provider's service tier (`flex`, `priority` ...)", extension: true, check: isName, exec: { kind: "config", key: "service_tier" }, appServer: { kind: "param", param: "serviceTier" } },
  { name: "approvalsReviewer", level: "thread", about: "who answers approvals: `user` (`onApproval`) or `auto_review`", extension: true, check: oneOf(REVIEWERS), exec: { kind: "refused", why: "codex exec never asks for approval", needs: "app-server" }, appServer: { kind: "param", param: "approvalsReviewer" } },
  { name: "name", level: "thread", about: "the thread's name, given at start", extension: true, check: isName, exec: { kind: "refused", why: "codex exec cannot name a thread", needs: "app-server" }, appServer: sdk("`thread/name/set` once a new thread is started") },
  { name: "retry", level: "thread", about: "retries of the thread's failed turns", extension: true, check: isRetryOptions, exec: sdk("the SDK runs the turn again (the failed attempt stays in the thread)"), appServer: sdk("the SDK rolls the failed turn back and runs it again") },
  { name: "budget", level: "thread", about: "what the thread may spend (`maxTokens`, `maxCostUsd`)", extension: true, check: isBudgetOptions, exec: sdk("checked before each turn (tokens only)"), appServer: sdk("checked before each turn; `interrupt` stops a running one") },
  { name: "retry", level: "turn", about: "retries of this turn", extension: true, check: isRetryOptions, exec: sdk("the SDK runs the turn again (the failed attempt stays in the thread)"), appServer: sdk("the SDK rolls the failed turn back and runs it again") },
  { name: "model", level: "turn", about: "the model for this turn", extension: true, check: isName, exec: overridesOnExec("`--model`"), appServer: { kind: "turnParam", param: "model" } },
  { name: "modelReasoningEffort", level: "turn", about: "the reasoning effort for this turn", extension: true, check: oneOf(EFFORTS), exec: overridesOnExec("config `model_reasoning_effort`"), appServer: { kind: "turnParam", param: "effort" } },
  { name: "reasoningSummary", level: "turn", about: "`auto`, `concise`, `detailed` or `none` for this turn", extension: true, check: oneOf(SUMMARIES), exec: { kind: "config", key: "model_reasoning_summary" }, appServer: { kind: "turnParam", param: "summary" } },
  { name: "workingDirectory", level: "turn", about: "the working directory for this turn (made absolute)", extension: true, check: isString, exec: overridesOnExec("`--cd`"), appServer: { kind: "turnParam", param: "cwd" } },
  { name: "sandboxMode", level: "turn", about: "the sandbox for this turn's commands", extension: true, check: oneOf(SANDBOX_MODES), exec: overridesOnExec("`--sandbox`"), appServer: { kind: "turnParam", param: "sandboxPolicy" } },
  { name: "toJsonSchema", level: "turn", about: "turns a Standard Schema that cannot describe itself (valibot's) into JSON Schema", extension: true, check: isFunction, exec: sdk("turns a Standard Schema into JSON Schema"), appServer: sdk("turns a Standard Schema into JSON Schema") },
];

/** The checks of one level's settings, by name: what option checks look up. */
export function checksOf(level: Setting["level"]): ReadonlyMap<string, Check> {
  return new Map(SETTINGS.filter((setting) => setting.level === level).map((setting) => [setting.name, setting.check]));
}

/** A JSON Schema object that can be sent as JSON. */
function checkJsonSchema(schema: unknown): void {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) {
    throw new CodexConfigError("outputSchema must be a plain JSON object");
  }
  try {
    JSON.stringify(schema);
  } catch (error) {
    throw new CodexConfigError(`outputSchema cannot be serialized as JSON: ${(error as Error).message}`);
  }
}

/**
 * Throws when `values` hold an option (or a value of one) that `transport`
 * cannot express, with the table's reason: a `CodexUnsupportedError` when
 * another transport can, else a `CodexConfigError`.
 */
export function refuseInexpressible(values: SettingValues, level: Setting["level"], transport: TransportName): void {
  for (const setting of SETTINGS) {
    if (setting.level !== level) continue;
    const value = values[setting.name];
    if (value === undefined || value === false) continue;
    const way = transport === "exec" ? setting.exec : setting.appServer;
    if (way.kind === "refused") {
      if (way.needs !== undefined) throw new CodexUnsupportedError(setting.name, way.needs, way.why);
      throw new CodexConfigError(`${setting.name} cannot be expressed over the ${transport} transport (${way.why}); ${transport === "exec" ? 'use transport "app-server"' : 'use transport "exec"'} for it`);
    }
    const refused = setting.refusedValues?.[transport === "exec" ? "exec" : "appServer"]?.[String(value)];
    if (refused !== undefined) throw new CodexConfigError(`${setting.name} ${JSON.stringify(value)} cannot be expressed over the ${transport} transport: ${refused}`);
  }
}

/** The `codex exec` arguments of the settings in `values`, in the table's order. */
export function execSettingArgs(values: SettingValues, context: Omit<ExecContext, "values">): string[] {
  const args: string[] = [];
  for (const setting of SETTINGS) {
    const value = values[setting.name];
    if (value === undefined || value === "") continue;
    const way = setting.exec;
    if (way.kind === "flag") {
      if (Array.isArray(value)) for (const item of value) args.push(flag(way.flag, String(item)));
      else if (value === true) args.push(way.flag);
      else if (typeof value === "string") args.push(flag(way.flag, value));
    } else if (way.kind === "config") {
      args.push(flag("--config", `${way.key}=${toTomlValue(value, setting.name)}`));
    } else if (way.kind === "custom") {
      args.push(...way.args(value, { ...context, values }));
    }
  }
  return args;
}

/** What the thread settings in `values` make of `thread/start` (and `/resume`, `/fork`): fields, and per-thread config. */
export interface AppServerThreadSettings {
  params: { [K in ThreadParamName]?: string | boolean };
  /** Fields of `thread/start` only. */
  startParams: { threadSource?: string };
  config: Record<string, unknown>;
}

/** The app-server fields and per-thread config of the thread settings in `values`. */
export function appServerSettings(values: SettingValues): AppServerThreadSettings {
  const settings: AppServerThreadSettings = { params: {}, startParams: {}, config: {} };
  for (const setting of SETTINGS) {
    const value = values[setting.name];
    if (setting.level !== "thread" || value === undefined) continue;
    const way = setting.appServer;
    if (way.kind === "param") settings.params[way.param] = value as string | boolean;
    else if (way.kind === "startParam") settings.startParams[way.param] = value as string;
    else if (way.kind === "config") settings.config[way.key] = value;
    else if (way.kind === "custom") Object.assign(settings.config, way.config(value, values));
  }
  return settings;
}

/** How a setting reads in a transport's column of the README's option tables: its way, and the values that transport refuses. */
export function describeSetting(setting: Setting, transport: TransportName): string {
  const refused = setting.refusedValues?.[transport === "exec" ? "exec" : "appServer"];
  const way = describeWay(transport === "exec" ? setting.exec : setting.appServer);
  return refused === undefined ? way : `${way}; not ${Object.keys(refused).map((value) => `\`"${value}"\``).join(", ")}`;
}

/** How a way reads in the README's option tables. */
function describeWay(way: ExecWay | AppServerWay): string {
  switch (way.kind) {
    case "flag":
      return `\`${way.flag}\``;
    case "config":
      return `config \`${way.key}\``;
    case "param":
      return `\`${way.param}\``;
    case "startParam":
      return `\`${way.param}\` (new threads only)`;
    case "turnParam":
      return `\`turn/start\` \`${way.param}\``;
    case "custom":
    case "sdk":
      return way.describe;
    case "notNeeded":
      return `not needed: ${way.why}`;
    case "refused":
      return `cannot: ${way.why}`;
  }
}
