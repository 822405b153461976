import { readFileSync } from "node:fs";
import path from "node:path";
import { CodexConfigError } from "../errors.js";

/**
 * The codex versions this SDK is tested with: the pinned one and the one
 * before it (CI runs the integration and chaos suites on both). A binary
 * outside the range is refused unless `allowUntestedCodexVersion` is set:
 * event shapes and protocol fields change between releases without notice.
 */
export const TESTED_CODEX_VERSIONS = { lowest: "0.169.0", highest: "0.171" } as const;

/** The version of a binary laid out as `@openai/codex` ships it (`<root>/bin/codex` beside `<root>/codex-package.json`); undefined otherwise. */
export function packagedVersionOf(executablePath: string): string | undefined {
  try {
    const manifest: unknown = JSON.parse(readFileSync(path.join(path.dirname(path.dirname(executablePath)), "codex-package.json"), "utf8"));
    const version = (manifest as { version?: unknown }).version;
    return typeof version === "string" ? version : undefined;
  } catch {
    return undefined;
  }
}

/** The codex version in an app-server's `userAgent` (`<client>/0.171.0 (Debian 12; x86_64) …`). */
export function versionInUserAgent(userAgent: unknown): string | undefined {
  if (typeof userAgent !== "string") return undefined;
  return /\/(\d+\.\d+\.\d+)\b/.exec(userAgent)?.[1];
}

/** major.minor.patch as numbers (a pre-release suffix is ignored). */
function parts(version: string): [number, number, number] | undefined {
  const match = /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(version);
  return match === null ? undefined : [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
}

function compare(a: [number, number, number], b: [number, number, number]): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** True when `version` is `least` or later (`least` as `major.minor[.patch]`). */
export function codexVersionAtLeast(version: string, least: string): boolean {
  const found = parts(version);
  const wanted = parts(least);
  return found !== undefined && wanted !== undefined && compare(found, wanted) >= 0;
}

/** True when `version` is within the tested range (any patch of the highest minor). */
export function isTestedCodexVersion(version: string): boolean {
  const found = parts(version);
  const lowest = parts(TESTED_CODEX_VERSIONS.lowest) as [number, number, number];
  const highest = parts(TESTED_CODEX_VERSIONS.highest) as [number, number, number];
  if (found === undefined) return false;
  return compare(found, lowest) >= 0 && (found[0] < highest[0] || (found[0] === highest[0] && found[1] <= highest[1]));
}

/** Throws a `CodexConfigError` naming the range when `version` (when known) is outside it, unless `allowed`. */
export function checkCodexVersion(version: string | undefined, where: string, allowed: boolean | undefined): void {
  if (version === undefined || allowed === true || isTestedCodexVersion(version)) return;
  throw new CodexConfigError(
    `${where} is codex ${version}, outside the versions this SDK is tested with (${TESTED_CODEX_VERSIONS.lowest} to ${TESTED_CODEX_VERSIONS.highest}.x): ` +
      "install the @openai/codex this SDK pins, or set allowUntestedCodexVersion: true to run it anyway",
  );
}
