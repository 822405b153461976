import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, test } from "node:test";
import { CodexConfigError, type Codex, type Input, type ThreadOptions } from "../../src/index.js";
import { fakeAppServer, readRecordLines, recordFile } from "../helpers/fake-app-server.js";
import { fakeCodex, recordPath, simpleTurn } from "../helpers/fake-codex.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";

/**
 * What codex would fail on obscurely (exec: "No such file or directory (os
 * error 2)", "No prompt provided via stdin") or not at all (app-server: a
 * turn whose every command fails, an empty turn) is refused up front, with
 * a CodexConfigError that names it, on both transports, before any process
 * or request starts.
 */

afterEach(() => assertNoProcessesLeft());

const root = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-inputs-"));
const aDirectory = path.join(root, "dir");
const aFile = path.join(root, "file.txt");
const anImage = path.join(root, "image.png");
mkdirSync(aDirectory);
writeFileSync(aFile, "x");
writeFileSync(anImage, "png");
const missing = path.join(root, "missing");

const CASES: { what: string; thread?: ThreadOptions; input: Input; message: RegExp }[] = [
  { what: "a working directory that does not exist", thread: { workingDirectory: missing }, input: "hi", message: /^ThreadOptions\.workingDirectory: ".*\/missing" does not exist$/ },
  { what: "a working directory that is a file", thread: { workingDirectory: aFile }, input: "hi", message: /^ThreadOptions\.workingDirectory: ".*\/file\.txt" is not a directory$/ },
  { what: "an additional directory that does not exist", thread: { additionalDirectories: [aDirectory, missing] }, input: "hi", message: /^ThreadOptions\.additionalDirectories\[1\]: ".*\/missing" does not exist$/ },
  { what: "empty input", input: "", message: /^The input is empty: codex needs a prompt$/ },
  { what: "an empty list of parts", input: [], message: /^The input is empty/ },
  { what: "images without text", input: [{ type: "local_image", path: anImage }], message: /^The input has images but no text/ },
  { what: "an image that does not exist", input: [{ type: "text", text: "look" }, { type: "local_image", path: missing }], message: /^input\[1\]: the image ".*\/missing" does not exist$/ },
  { what: "an image that is a directory", input: [{ type: "text", text: "look" }, { type: "local_image", path: aDirectory }], message: /^input\[1\]: the image ".*\/dir" is not a file$/ },
];

for (const transport of ["exec", "app-server"] as const) {
  describe(`${transport}: inputs are checked before anything starts`, () => {
    for (const { what, thread, input, message } of CASES) {
      test(what, async () => {
        const record = transport === "exec" ? recordPath() : recordFile();
        const codex: Codex = transport === "exec" ? fakeCodex({ record, steps: [simpleTurn()] }) : fakeAppServer({ record });
        try {
          const made = codex.startThread(thread);
          await assert.rejects(made.run(input), (error: unknown) => error instanceof CodexConfigError && message.test(error.message), what);
          await assert.rejects(made.runStreamed(input), CodexConfigError, "runStreamed refuses at the call, before iteration");
        } finally {
          await codex.close();
        }
        if (transport === "exec") assert.equal(existsSync(record), false, "no codex was started");
        else assert.deepEqual(readRecordLines(record), [], "no app-server was started");
      });
    }
  });
}

describe("exec: an approval policy codex exec refuses", () => {
  test('approvalPolicy "untrusted" is a CodexConfigError at startThread, naming the transport that has it', async () => {
    await using codex = fakeCodex({ steps: [simpleTurn()] });
    assert.throws(() => codex.startThread({ approvalPolicy: "untrusted" }), (error: unknown) => error instanceof CodexConfigError && /approvalPolicy "untrusted" cannot be expressed over the exec transport: codex exec 0\.169 refuses it.*transport "app-server"/.test(error.message));
  });
});

describe("app-server inputs (image URL, skill, mention)", () => {
  test("checked before anything starts; relative paths made absolute", async () => {
    const { normalizeInput } = await import("../../src/input.js");
    assert.throws(() => normalizeInput([{ type: "skill", name: "", path: "x" }]), /input\[0\]: a skill needs a name and a path/);
    assert.throws(() => normalizeInput([{ type: "mention", name: "m", path: "" }]), /a mention needs a name and a path/);
    assert.throws(() => normalizeInput([{ type: "image", url: "file:///etc/passwd" }]), /data:image/);
    const normalized = normalizeInput([{ type: "text", text: "t" }, { type: "mention", name: "m", path: "rel/file.ts" }]);
    assert.deepEqual(normalized.extras, [{ type: "mention", name: "m", path: path.resolve("rel/file.ts") }]);
    assert.equal(normalizeInput("plain").extras, undefined);
  });
});
