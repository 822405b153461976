import type { CodexConfigObject } from "../options.js";
import { flattenConfig, toTomlValue } from "./toml.js";

/** What of `CodexOptions` becomes `--config` flags, on either transport. */
export interface ConfigArgsSpec {
  config?: CodexConfigObject | undefined;
  configOverrides?: readonly string[] | undefined;
  baseUrl?: string | undefined;
}

/** `--config key=value` flags: `config` flattened, then the raw overrides, then `openai_base_url`. */
export function buildConfigArgs(spec: ConfigArgsSpec): string[] {
  const args: string[] = [];
  if (spec.config) for (const override of flattenConfig(spec.config)) args.push("--config", override);
  for (const override of spec.configOverrides ?? []) args.push("--config", override);
  if (spec.baseUrl) args.push("--config", `openai_base_url=${toTomlValue(spec.baseUrl, "openai_base_url")}`);
  return args;
}
