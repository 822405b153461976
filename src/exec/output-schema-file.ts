import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** A schema written to disk for `--output-schema`, with the way to remove it. */
export interface OutputSchemaFile {
  /** Path of the schema file, or undefined when the turn has no schema. */
  path: string | undefined;
  /** Removes the file and its directory. Safe to call more than once; never throws. */
  cleanup(): Promise<void>;
}

/** Prefix of the private directory holding a turn's schema; tests count these to detect leaks. */
const SCHEMA_DIR_PREFIX = "codex-output-schema-";

/** A turn without a schema: nothing to write or remove. */
export const NO_SCHEMA_FILE: OutputSchemaFile = { path: undefined, cleanup: () => Promise.resolve() };

/**
 * Writes `schema` to `schema.json` in a fresh private directory (0700, file
 * 0600), so other users of the machine cannot read or swap it.
 */
export async function createOutputSchemaFile(schema: unknown): Promise<OutputSchemaFile> {
  if (schema === undefined) return NO_SCHEMA_FILE;
  // Checked by validateTurnOptions before any turn starts.
  const json = JSON.stringify(schema);
  // mkdtemp creates the directory with mode 0700.
  const dir = await mkdtemp(path.join(os.tmpdir(), SCHEMA_DIR_PREFIX));
  let removed: Promise<void> | undefined;
  const cleanup = (): Promise<void> => {
    removed ??= rm(dir, { recursive: true, force: true }).catch(() => undefined);
    return removed;
  };
  const file = path.join(dir, "schema.json");
  try {
    await writeFile(file, json, { encoding: "utf8", mode: 0o600 });
  } catch (error) {
    await cleanup();
    throw error;
  }
  return { path: file, cleanup };
}
