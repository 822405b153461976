import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { findCodexBinary, findInVendorRoot, findOnPath, prependPathDirs } from "../../src/process/binary.js";

function scratch(): string {
  return mkdtempSync(path.join(os.tmpdir(), "codex-sdk-binary-"));
}

function file(at: string, mode = 0o755): string {
  mkdirSync(path.dirname(at), { recursive: true });
  writeFileSync(at, "#!/bin/sh\n");
  chmodSync(at, mode);
  return at;
}

describe("finding the codex binary", () => {
  test("the installed @openai/codex package's binary, with its codex-path directory", () => {
    const binary = findCodexBinary();
    assert.match(binary.executablePath, /@openai\/codex-linux-x64\/vendor\/x86_64-unknown-linux-musl\/bin\/codex$/);
    assert.ok(binary.pathDirs.every((dir) => dir.endsWith("codex-path")));
  });

  test("the current and the older vendor layouts", () => {
    const vendor = scratch();
    assert.equal(findInVendorRoot(vendor, "t", "codex"), null, "nothing there");
    const legacy = file(path.join(vendor, "t", "codex", "codex"));
    mkdirSync(path.join(vendor, "t", "path"));
    assert.deepEqual(findInVendorRoot(vendor, "t", "codex"), { executablePath: legacy, pathDirs: [path.join(vendor, "t", "path")] });
    const current = file(path.join(vendor, "t", "bin", "codex"));
    file(path.join(vendor, "t", "codex-package.json"), 0o644);
    assert.deepEqual(findInVendorRoot(vendor, "t", "codex"), { executablePath: current, pathDirs: [] });
  });

  test("on PATH: the first executable file, skipping empty entries, missing files and files that cannot run", () => {
    const [a, b, c] = [scratch(), scratch(), scratch()];
    file(path.join(b, "codex"), 0o644);
    const runnable = file(path.join(c, "codex"));
    assert.equal(findOnPath("codex", ["", a, b, c].join(path.delimiter)), runnable);
    assert.equal(findOnPath("codex", undefined), null);
  });

  test("prependPathDirs: first on PATH, without duplicates; on Windows, one Path key of any case", () => {
    const env = { PATH: "/usr/bin:/extra:/bin" };
    prependPathDirs(env, ["/extra", "/new"], "linux");
    assert.deepEqual(env, { PATH: "/extra:/new:/usr/bin:/bin" });
    const windows: Record<string, string> = { Path: "C:\\Windows", PATH: "C:\\Other" };
    prependPathDirs(windows, ["C:\\codex"], "win32");
    assert.deepEqual(windows, { Path: "C:\\codex;C:\\Windows" });
    const unchanged = { PATH: "/bin" };
    prependPathDirs(unchanged, []);
    assert.deepEqual(unchanged, { PATH: "/bin" });
  });
});
