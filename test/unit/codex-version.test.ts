import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, test } from "node:test";
import { Codex, CodexConfigError } from "../../src/index.js";
import { checkCodexVersion, codexVersionAtLeast, isTestedCodexVersion, packagedVersionOf, versionInUserAgent } from "../../src/process/codex-version.js";
import { fakeAppServer, readRecordLines, recordFile } from "../helpers/fake-app-server.js";
import { FAKE_CODEX } from "../helpers/fake-codex.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";

afterEach(() => assertNoProcessesLeft());

/** A binary laid out as @openai/codex ships one (`<root>/bin/codex` beside `<root>/codex-package.json`) claiming `version`. */
function packagedBinary(version: string): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-pkg-"));
  mkdirSync(path.join(root, "bin"));
  const binary = path.join(root, "bin", "codex");
  copyFileSync(FAKE_CODEX, binary);
  chmodSync(binary, 0o755);
  writeFileSync(path.join(root, "codex-package.json"), JSON.stringify({ layoutVersion: 1, version }));
  return binary;
}

const INIT = { codexHome: "/tmp", platformFamily: "unix", platformOs: "linux" };

describe("the codex versions this SDK is tested with", () => {
  test("the range: 0.169.0 to any 0.171 patch", () => {
    assert.deepEqual(
      ["0.168.9", "0.169.0", "0.170.3", "0.171.0", "0.171.9", "0.172.0", "1.0.0", "0.171.1-alpha.2", "garbage"].map(isTestedCodexVersion),
      [false, true, true, true, true, false, false, true, false],
    );
    assert.equal(codexVersionAtLeast("0.171.0", "0.171"), true);
    assert.equal(codexVersionAtLeast("0.169.0", "0.171"), false);
    assert.equal(versionInUserAgent("codex_sdk_ts/0.171.0 (Debian 12.0.0; x86_64) xterm"), "0.171.0");
    assert.equal(versionInUserAgent(42), undefined);
    assert.equal(packagedVersionOf(packagedBinary("0.170.1")), "0.170.1");
    assert.equal(packagedVersionOf(FAKE_CODEX), undefined, "not laid out as a package: not known");
    assert.throws(() => checkCodexVersion("0.150.0", "The codex binary at /x", false), /The codex binary at \/x is codex 0\.150\.0, outside the versions this SDK is tested with \(0\.169\.0 to 0\.171\.x\).*allowUntestedCodexVersion: true/);
    checkCodexVersion("0.150.0", "x", true);
    checkCodexVersion(undefined, "x", false);
  });

  test("exec: a binary outside the range is refused when the Codex is made, unless allowed", () => {
    const old = packagedBinary("0.160.0");
    assert.throws(() => new Codex({ codexPathOverride: old }), (error: unknown) => error instanceof CodexConfigError && /codex 0\.160\.0, outside/.test(error.message));
    assert.doesNotThrow(() => new Codex({ codexPathOverride: old, allowUntestedCodexVersion: true }));
    assert.doesNotThrow(() => new Codex({ codexPathOverride: packagedBinary("0.169.0") }));
    assert.throws(() => new Codex({ allowUntestedCodexVersion: "yes" as never }), /allowUntestedCodexVersion must be a boolean/);
  });

  test("app-server: the version it reports at start-up is checked too", async () => {
    const newer = fakeAppServer({ reply: { initialize: { userAgent: "fake/0.172.0", ...INIT } } });
    await assert.rejects(newer.listModels(), (error: unknown) => error instanceof CodexConfigError && /The app-server is codex 0\.172\.0, outside/.test(error.message));
    await newer.close();
    const allowed = fakeAppServer({ reply: { initialize: { userAgent: "fake/0.172.0", ...INIT }, "model/list": { data: [], nextCursor: null } } }, { allowUntestedCodexVersion: true });
    assert.deepEqual(await allowed.listModels(), []);
    await allowed.close();
  });

  test("listThreads({ includedThreadIds }) is sent to a 0.171 app-server and refused by an older one", async () => {
    const record = recordFile();
    const page = { data: [], nextCursor: null };
    const current = fakeAppServer({ record, reply: { initialize: { userAgent: "fake/0.171.0", ...INIT }, "thread/list": page } });
    await current.listThreads({ includedThreadIds: ["t1", "t2"] });
    await current.close();
    const sent = readRecordLines(record).find((line) => line.method === "thread/list");
    assert.deepEqual((sent?.params as { includedThreadIds?: string[] }).includedThreadIds, ["t1", "t2"]);
    const older = fakeAppServer({ reply: { initialize: { userAgent: "fake/0.169.0", ...INIT }, "thread/list": page } });
    await assert.rejects(older.listThreads({ includedThreadIds: ["t1"] }), /needs codex 0\.171 or later; the app-server is codex 0\.169\.0/);
    await older.close();
  });
});
