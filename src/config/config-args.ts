import type { CodexConfigObject } from "../options.js";
import { flattenConfig, toTomlValue } from "./toml.js";

/** What of `CodexOptions` becomes `--config` flags, on either transport. */
export interface ConfigArgsSpec {
  config?: CodexConfigObject | undefined;
  configOverrides?: readonly string[] | undefined;
  baseUrl?: string | undefined;
}

/**
 * `--name=value`: the value is attached to its flag, so codex's parser reads
 * it as that flag's value whatever it holds (a value starting with `-` can
 * neither become a flag of its own nor take the next argument's place).
 */
export function flag(name: string, value: string): string {
  return `${name}=${value}`;
}

/** Marks the end of flags: what follows is read as positional arguments, never as flags. */
export const END_OF_FLAGS = "--";

/** `--config=key=value` flags: `config` flattened, then the raw overrides, then `openai_base_url`. */
export function buildConfigArgs(spec: ConfigArgsSpec): string[] {
  const args: string[] = [];
  if (spec.config) for (const override of flattenConfig(spec.config)) args.push(flag("--config", override));
  for (const override of spec.configOverrides ?? []) args.push(flag("--config", override));
  if (spec.baseUrl) args.push(flag("--config", `openai_base_url=${toTomlValue(spec.baseUrl, "openai_base_url")}`));
  return args;
}
