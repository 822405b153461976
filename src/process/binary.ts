import { accessSync, constants, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { CodexSpawnError } from "../errors.js";

/** Where the codex executable is, and directories its child needs on `PATH`. */
export interface CodexBinary {
  executablePath: string;
  pathDirs: string[];
}

const CODEX_NPM_NAME = "@openai/codex";

const TARGET_TRIPLES: Readonly<Record<string, string>> = {
  "linux-x64": "x86_64-unknown-linux-musl",
  "linux-arm64": "aarch64-unknown-linux-musl",
  "android-x64": "x86_64-unknown-linux-musl",
  "android-arm64": "aarch64-unknown-linux-musl",
  "darwin-x64": "x86_64-apple-darwin",
  "darwin-arm64": "aarch64-apple-darwin",
  "win32-x64": "x86_64-pc-windows-msvc",
  "win32-arm64": "aarch64-pc-windows-msvc",
};

const PLATFORM_PACKAGES: Readonly<Record<string, string>> = {
  "x86_64-unknown-linux-musl": "@openai/codex-linux-x64",
  "aarch64-unknown-linux-musl": "@openai/codex-linux-arm64",
  "x86_64-apple-darwin": "@openai/codex-darwin-x64",
  "aarch64-apple-darwin": "@openai/codex-darwin-arm64",
  "x86_64-pc-windows-msvc": "@openai/codex-win32-x64",
  "aarch64-pc-windows-msvc": "@openai/codex-win32-arm64",
};

/**
 * Finds codex as the official SDK does (the platform package of `@openai/codex`,
 * with its `codex-path/` directory for the child's `PATH`), then falls back to
 * `codex` on `PATH`.
 */
export function findCodexBinary(envPath: string | undefined = process.env.PATH): CodexBinary {
  const bundled = findBundledBinary();
  if (bundled) return bundled;
  const onPath = findOnPath(process.platform === "win32" ? "codex.exe" : "codex", envPath);
  if (onPath) return { executablePath: onPath, pathDirs: [] };
  throw new CodexSpawnError(
    `Unable to locate the codex CLI: ${CODEX_NPM_NAME} (with its optional platform package for ` +
      `${process.platform}-${process.arch}) is not installed and there is no codex on PATH. ` +
      "Install @openai/codex or pass codexPathOverride.",
    "codex",
    "ENOENT",
  );
}

function findBundledBinary(): CodexBinary | null {
  const triple = TARGET_TRIPLES[`${process.platform}-${process.arch}`];
  const platformPackage = triple === undefined ? undefined : PLATFORM_PACKAGES[triple];
  if (triple === undefined || platformPackage === undefined) return null;
  let vendorRoot: string;
  try {
    const moduleRequire = createRequire(import.meta.url);
    const codexRequire = createRequire(moduleRequire.resolve(`${CODEX_NPM_NAME}/package.json`));
    vendorRoot = path.join(path.dirname(codexRequire.resolve(`${platformPackage}/package.json`)), "vendor");
  } catch {
    return null;
  }
  return findInVendorRoot(vendorRoot, triple, process.platform === "win32" ? "codex.exe" : "codex");
}

/** The binary in a platform package's `vendor/` folder: the current layout, then the older one. */
export function findInVendorRoot(vendorRoot: string, triple: string, binaryName: string): CodexBinary | null {
  const packageRoot = path.join(vendorRoot, triple);
  const binaryPath = path.join(packageRoot, "bin", binaryName);
  if (isFile(binaryPath) && isFile(path.join(packageRoot, "codex-package.json"))) {
    return { executablePath: binaryPath, pathDirs: existingDirs(path.join(packageRoot, "codex-path")) };
  }
  // Layout of older @openai/codex releases.
  const legacyPath = path.join(packageRoot, "codex", binaryName);
  if (isFile(legacyPath)) {
    return { executablePath: legacyPath, pathDirs: existingDirs(path.join(packageRoot, "path")) };
  }
  return null;
}

/** The first executable `name` in the directories of `envPath`. */
export function findOnPath(name: string, envPath: string | undefined): string | null {
  for (const dir of (envPath ?? "").split(path.delimiter)) {
    if (dir.length === 0) continue;
    const candidate = path.join(dir, name);
    if (!isFile(candidate)) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not executable: keep looking
    }
  }
  return null;
}

/** Puts `dirs` first on the environment's PATH (case-insensitive on Windows), without duplicates. */
export function prependPathDirs(env: Record<string, string>, dirs: readonly string[], platform: NodeJS.Platform = process.platform): void {
  if (dirs.length === 0) return;
  let key = "PATH";
  if (platform === "win32") {
    const keys = Object.keys(env).filter((name) => name.toLowerCase() === "path");
    key = keys.includes("Path") ? "Path" : (keys.at(-1) ?? "PATH");
    for (const other of keys) if (other !== key) delete env[other];
  }
  const delimiter = platform === "win32" ? ";" : ":";
  const rest = (env[key] ?? "").split(delimiter).filter((entry) => entry.length > 0 && !dirs.includes(entry));
  env[key] = [...dirs, ...rest].join(delimiter);
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function existingDirs(...dirs: string[]): string[] {
  return dirs.filter((dir) => {
    try {
      return statSync(dir).isDirectory();
    } catch {
      return false;
    }
  });
}
