import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { BAD_LINE_HEAD_BYTES, LineSplitter } from "../../src/process/line-splitter.js";

/** The line splitter on its own, fed exact chunks (a pipe decides chunk boundaries, so only here are they certain). */

function splitter(maxLineBytes = 1024) {
  const lines: string[] = [];
  const bad: { reason: string; head: Buffer; totalBytes: number }[] = [];
  const instance = new LineSplitter(
    maxLineBytes,
    (line) => lines.push(line),
    (reason, head, totalBytes) => bad.push({ reason, head, totalBytes }),
  );
  return { instance, lines, bad };
}

describe("LineSplitter", () => {
  test("a multi-byte character split across chunks, at every byte boundary, is decoded intact", () => {
    const text = '{"t":"naïve — 完成 🎉"}';
    const bytes = Buffer.from(`${text}\n`);
    for (let cut = 1; cut < bytes.length; cut += 1) {
      const { instance, lines, bad } = splitter();
      instance.push(bytes.subarray(0, cut));
      instance.push(bytes.subarray(cut));
      assert.deepEqual(lines, [text], `cut at byte ${cut}`);
      assert.deepEqual(bad, []);
    }
  });

  test("a chunk of one byte at a time", () => {
    const { instance, lines } = splitter();
    for (const byte of Buffer.from("a🎉\nb\r\nc")) instance.push(Buffer.from([byte]));
    instance.end();
    assert.deepEqual(lines, ["a🎉", "b", "c"]);
  });

  test("splits on \\n only: U+2028, U+2029, \\r and other separators stay inside the line", () => {
    const { instance, lines } = splitter();
    instance.push(Buffer.from("a\u2028b\u2029c\rd\u0085e\u000bf\n"));
    assert.deepEqual(lines, ["a\u2028b\u2029c\rd\u0085e\u000bf"]);
  });

  test("a line longer than the limit is reported as soon as the limit is crossed, not buffered", () => {
    const { instance, lines, bad } = splitter(1000);
    const chunk = Buffer.alloc(600, 0x61);
    assert.equal(instance.push(chunk), true);
    assert.equal(instance.push(chunk), false, "reported on the chunk that crossed the limit");
    assert.equal(bad.length, 1);
    assert.equal(bad[0]?.reason, "too-long");
    assert.equal(bad[0]?.totalBytes, 1200);
    assert.equal(bad[0]?.head.length, 1200);
    assert.deepEqual(lines, []);
  });

  test("an endless line: only the head of it is copied for the report, never the whole buffered line", () => {
    const { instance, bad } = splitter(4 * 1024 * 1024);
    const chunk = Buffer.alloc(64 * 1024, 0x62);
    let pushes = 0;
    while (instance.push(chunk)) pushes += 1;
    assert.equal(pushes, 64);
    assert.equal(bad[0]?.totalBytes, 65 * 64 * 1024);
    assert.equal(bad[0]?.head.length, BAD_LINE_HEAD_BYTES, "the head only (before the fix, the whole 4 MiB line was joined)");
  });

  test("a line of exactly the limit is accepted; one byte more is not", () => {
    const exact = splitter(10);
    exact.instance.push(Buffer.from(`${"x".repeat(10)}\n`));
    assert.deepEqual(exact.lines, ["x".repeat(10)]);
    const over = splitter(10);
    over.instance.push(Buffer.from(`${"x".repeat(11)}\n`));
    assert.equal(over.bad[0]?.reason, "too-long");
  });

  test("invalid UTF-8 is reported, not replaced", () => {
    const { instance, lines, bad } = splitter();
    instance.push(Buffer.from([0x61, 0xff, 0x0a]));
    assert.deepEqual(lines, []);
    assert.equal(bad[0]?.reason, "not-utf8");
  });
});

describe("LineSplitter that skips bad lines (app-server: one stream serves many threads)", () => {
  function skipping(maxLineBytes: number) {
    const lines: string[] = [];
    const bad: string[] = [];
    const instance = new LineSplitter(maxLineBytes, (line) => lines.push(line), (reason) => bad.push(reason), "skip");
    return { instance, lines, bad };
  }

  test("drops the rest of a line that was too long, up to its newline, and reads the next lines", () => {
    const { instance, lines, bad } = skipping(8);
    instance.push(Buffer.from("ok1\n0123456"));
    instance.push(Buffer.from("789abcdef"));
    instance.push(Buffer.from("still the long line\nok2\n"));
    assert.deepEqual(lines, ["ok1", "ok2"]);
    assert.deepEqual(bad, ["too-long"]);
  });

  test("reads on after invalid UTF-8 and after a too-long line within one chunk", () => {
    const { instance, lines, bad } = skipping(8);
    instance.push(Buffer.concat([Buffer.from("a"), Buffer.from([0xff]), Buffer.from("\n0123456789\nb\n")]));
    assert.deepEqual(lines, ["b"]);
    assert.deepEqual(bad, ["not-utf8", "too-long"]);
  });
});
