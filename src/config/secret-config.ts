import type { CodexConfigObject } from "../options.js";

/**
 * Keeps secrets off codex's command line, which every local user can read
 * in the process table. codex reads `--config` from the command line only,
 * but some config entries that hold secrets have a twin that names an
 * environment variable instead; those are rewritten to it:
 *
 * - `model_providers.<id>.experimental_bearer_token` → `env_key`
 * - `model_providers.<id>.http_headers.<name>` → `env_http_headers.<name>`
 * - `mcp_servers.<id>.http_headers.<name>` → `env_http_headers.<name>`
 *
 * The values travel in variables `CODEX_SDK_SECRET_<n>` of codex's
 * environment. codex passes its environment to the commands the agent runs,
 * so those variables (and `CODEX_API_KEY`) are blanked there through
 * `shell_environment_policy.set`. What has no such twin stays on the
 * command line (the README's Security section says what).
 */

/** The prefix of the variables that carry moved secrets. */
const SECRET_VAR_PREFIX = "CODEX_SDK_SECRET_";
/** The variable codex takes the API key from. */
const API_KEY_VAR = "CODEX_API_KEY";

/** The config with its secrets moved out, and what codex's environment needs for them. */
export interface SecretsMoved {
  config: CodexConfigObject | undefined;
  /** Variables to add to codex's environment. */
  env: Record<string, string>;
  /** `--config` overrides that blank these variables (and the API key) in the commands the agent runs. */
  hideFromCommands: string[];
}

/** Moves the secrets of `config` into environment variables (see the module comment). */
export function moveSecretsToEnv(config: CodexConfigObject | undefined, apiKey: string | undefined): SecretsMoved {
  const env: Record<string, string> = {};
  const carry = (value: string): string => {
    const name = `${SECRET_VAR_PREFIX}${Object.keys(env).length + 1}`;
    env[name] = value;
    return name;
  };
  let moved = config;
  if (config !== undefined && (isTable(config.model_providers) || isTable(config.mcp_servers))) {
    moved = { ...config };
    if (isTable(config.model_providers)) {
      moved.model_providers = rewriteEach(config.model_providers, (provider) => {
        const token = provider.experimental_bearer_token;
        if (typeof token === "string" && provider.env_key === undefined) {
          const { experimental_bearer_token: _moved, ...rest } = provider;
          void _moved;
          provider = { ...rest, env_key: carry(token) };
        }
        return moveHeaders(provider, carry);
      });
    }
    if (isTable(config.mcp_servers)) moved.mcp_servers = rewriteEach(config.mcp_servers, (server) => moveHeaders(server, carry));
  }
  const hidden = Object.keys(env);
  if (apiKey) hidden.push(API_KEY_VAR);
  return { config: moved, env, hideFromCommands: hidden.map((name) => `shell_environment_policy.set.${name}=""`) };
}

function isTable(value: unknown): value is CodexConfigObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Each table of a table of tables (providers, servers), rewritten; anything else as it is. */
function rewriteEach(value: CodexConfigObject, rewrite: (table: CodexConfigObject) => CodexConfigObject): CodexConfigObject {
  const out: CodexConfigObject = {};
  for (const [key, child] of Object.entries(value)) out[key] = isTable(child) ? rewrite(child) : child;
  return out;
}

/** String `http_headers` become `env_http_headers` naming the variables that carry them. */
function moveHeaders(table: CodexConfigObject, carry: (value: string) => string): CodexConfigObject {
  const headers = table.http_headers;
  if (!isTable(headers)) return table;
  const kept: CodexConfigObject = {};
  const fromEnv: CodexConfigObject = isTable(table.env_http_headers) ? { ...table.env_http_headers } : {};
  for (const [name, value] of Object.entries(headers)) {
    if (typeof value === "string" && fromEnv[name] === undefined) fromEnv[name] = carry(value);
    else kept[name] = value;
  }
  const { http_headers: _moved, ...rest } = table;
  void _moved;
  const out: CodexConfigObject = { ...rest, env_http_headers: fromEnv };
  if (Object.keys(kept).length > 0) out.http_headers = kept;
  return out;
}
