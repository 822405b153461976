import "../helpers/leaks.js";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, test } from "node:test";
import fc from "fast-check";
import { parse as parseToml } from "smol-toml";
import { Codex, CodexConfigError, CodexThreadNotFoundError } from "../../src/index.js";
import type { ReviewRequest, ThreadOptions } from "../../src/index.js";
import { buildConfigArgs } from "../../src/config/config-args.js";
import { buildExecArgs } from "../../src/exec/args.js";
import type { ThreadStart } from "../../src/transport.js";
import { resolveThreadPaths, validateCodexOptions, validateReviewRequest, validateThreadId, validateThreadOptions } from "../../src/validate-options.js";
import { readCodexArgv, type Parsed } from "../helpers/codex-argv.js";
import { fakeAppServer, readRecordLines, recordFile } from "../helpers/fake-app-server.js";
import { FAKE_CODEX, fakeCodex, lines, readRecord, recordPath, simpleTurn, TURN_COMPLETED, TURN_STARTED } from "../helpers/fake-codex.js";
import { assertNoProcessesLeft } from "../helpers/leaks.js";

/**
 * A thread id, a model name or any other value an app may take from its own
 * users must never reach codex's command line as a flag: a thread id such as
 * `-cnotify=["sh","-c","…"]` would run a command on the host, outside any
 * sandbox, and `-copenai_base_url=…` would send the API key elsewhere.
 */

afterEach(() => assertNoProcessesLeft());

const HOSTILE_IDS = [
  '-cnotify=["sh","-c","touch /tmp/codex-sdk-pwned"]',
  '-copenai_base_url="http://attacker.invalid/v1"',
  '-csandbox_mode="danger-full-access"',
  "--last",
  "-",
  "",
  "thread\nid",
  "thread\0id",
  "\u001b[31mred",
];

function isConfigError(pattern: RegExp): (error: unknown) => boolean {
  return (error: unknown) => error instanceof CodexConfigError && pattern.test(error.message);
}

describe("values that would reach codex's command line are refused before anything starts", () => {
  test("hostile thread ids: resumeThread, forkThread and the management calls refuse them, on both transports", async () => {
    const record = recordPath();
    const appServerRecord = recordFile();
    const codexes = [fakeCodex({ record, steps: [simpleTurn()] }), fakeAppServer({ record: appServerRecord })];
    try {
      for (const codex of codexes) {
        for (const id of HOSTILE_IDS) {
          assert.throws(() => codex.resumeThread(id), isConfigError(/^resumeThread\(id\) must (not be empty|not start with "-"|not contain)/), JSON.stringify(id));
          assert.throws(() => codex.forkThread(id), isConfigError(/^forkThread\(id\)/), JSON.stringify(id));
        }
        assert.throws(() => codex.resumeThread(42 as unknown as string), isConfigError(/resumeThread\(id\) must be a string/));
      }
      const appServer = codexes[1] as Codex;
      await assert.rejects(appServer.readThread("--last"), isConfigError(/^codex\.readThread\(id\) must not start with "-"/));
      await assert.rejects(appServer.archiveThread("-x"), isConfigError(/^codex\.archiveThread\(id\)/));
      await assert.rejects(appServer.unarchiveThread(""), isConfigError(/^codex\.unarchiveThread\(id\) must not be empty/));
    } finally {
      await Promise.all(codexes.map((codex) => codex.close()));
    }
    assert.equal(existsSync(record), false, "no codex exec was started");
    assert.deepEqual(readRecordLines(appServerRecord), [], "no app-server was started");
  });

  test("names that reach the command line (model, profile, features, review targets, thread source) cannot start with '-'", async () => {
    const record = recordPath();
    await using codex = fakeCodex({ record, steps: [simpleTurn()] });
    const refused: [ThreadOptions, RegExp][] = [
      [{ model: "-cfoo=1" }, /^ThreadOptions\.model must not start with "-"/],
      [{ model: "" }, /^ThreadOptions\.model must not be empty/],
      [{ profile: "--oss" }, /^ThreadOptions\.profile must not start with "-"/],
      [{ threadSource: "a\nb" }, /^ThreadOptions\.threadSource must not contain control characters/],
      [{ enableFeatures: ["ok", "-x"] }, /^ThreadOptions\.enableFeatures\[1\] must not start with "-"/],
      [{ disableFeatures: ["\0"] }, /^ThreadOptions\.disableFeatures\[0\] must not contain a NUL/],
    ];
    for (const [options, message] of refused) assert.throws(() => codex.startThread(options), isConfigError(message), JSON.stringify(options));
    const reviews: [ReviewRequest, RegExp][] = [
      [{ base: "-cnotify=1" }, /^ReviewRequest\.base must not start with "-"/],
      [{ commit: "--uncommitted" }, /^ReviewRequest\.commit must not start with "-"/],
      [{ commit: "abc", title: "a\0b" }, /^ReviewRequest\.title must not contain a NUL/],
    ];
    for (const [request, message] of reviews) await assert.rejects(async () => codex.review(request), isConfigError(message), JSON.stringify(request));
    assert.equal(existsSync(record), false, "no codex was started");
  });

  test("a NUL in the key, an env value or name, a path or a raw override is refused without quoting the value", () => {
    const secret = "sk-secret-with-nul\0tail";
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ apiKey: secret }, /^CodexOptions\.apiKey must not contain a NUL character$/],
      [{ env: { TOKEN: secret } }, /^CodexOptions\.env\.TOKEN must not contain a NUL character$/],
      [{ env: { "A=B": "x" } }, /^CodexOptions\.env has an invalid variable name "A=B"/],
      [{ env: { "": "x" } }, /^CodexOptions\.env has an invalid variable name ""/],
      [{ codexPathOverride: "/bin/co\0dex" }, /^CodexOptions\.codexPathOverride must not contain a NUL/],
      [{ configOverrides: ["a=1", `key="${secret}"`] }, /^CodexOptions\.configOverrides\[1\] must not contain a NUL/],
    ];
    for (const [options, message] of cases) {
      assert.throws(() => new Codex({ codexPathOverride: FAKE_CODEX, ...options }), (error: unknown) => {
        assert.ok(isConfigError(message)(error), String(error));
        assert.ok(!String((error as Error).message).includes("sk-secret"), "the value is not quoted");
        return true;
      });
    }
  });

  test("relative directories and image paths are made absolute, so a name starting with '-' is just a name", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-argv-"));
    const cwd = process.cwd();
    mkdirSync(path.join(root, "-cnotify=x"));
    writeFileSync(path.join(root, "-i.png"), "png");
    process.chdir(root);
    let record: string;
    try {
      record = recordPath();
      await using codex = fakeCodex({ record, steps: [simpleTurn()] });
      const thread = codex.startThread({ workingDirectory: "-cnotify=x", additionalDirectories: ["."] });
      process.chdir(cwd);
      await thread.run([{ type: "text", text: "look" }, { type: "local_image", path: path.join(root, "-i.png") }]);
    } finally {
      process.chdir(cwd);
    }
    const args = readRecord(record).args;
    assert.ok(args.includes(`--cd=${path.join(root, "-cnotify=x")}`), args.join(" "));
    assert.ok(args.includes(`--add-dir=${root}`), "resolved when the thread was made, not when the turn ran");
    assert.ok(args.includes(`--image=${path.join(root, "-i.png")}`));
    readCodexArgv(args);
  });
});

describe("resume: the thread that runs is the one asked for", () => {
  const asked = "019a0000-0000-7000-8000-00000000000a";

  test("a UUID that codex answers with another thread ends the turn with CodexThreadNotFoundError", async () => {
    const other = { type: "thread.started", thread_id: "019a0000-0000-7000-8000-00000000000b" };
    await using codex = fakeCodex({ steps: [lines(other, TURN_STARTED, TURN_COMPLETED)] });
    const thread = codex.resumeThread(asked);
    const { events } = await thread.runStreamed("hi");
    const seen: string[] = [];
    await assert.rejects(
      (async () => {
        for await (const event of events) seen.push(event.type);
      })(),
      (error: unknown) => error instanceof CodexThreadNotFoundError && error.code === "CODEX_THREAD_NOT_FOUND" && error.threadId === asked && error.message.includes(asked),
    );
    assert.deepEqual(seen, [], "no event of the other thread reaches the consumer");
    assert.equal(thread.id, asked);
  });

  test("the same UUID, or a thread name codex resolves to an id, runs", async () => {
    const same = { type: "thread.started", thread_id: asked };
    await using codex = fakeCodex({ steps: [lines(same, TURN_STARTED, TURN_COMPLETED)] });
    await codex.resumeThread(asked.toUpperCase()).run("hi");
    const turn = await codex.resumeThread("my named thread").run("hi");
    assert.equal(turn.usage?.input_tokens, 10);
  });

  test("over app-server, a resume answered with another thread is refused the same way", async () => {
    await using codex = fakeAppServer({ reply: { "thread/resume": { thread: { id: "019a0000-0000-7000-8000-00000000000c" } } } });
    await assert.rejects(codex.resumeThread(asked).run("hi"), (error: unknown) => error instanceof CodexThreadNotFoundError && error.threadId === asked);
  });
});

/** Strings that try every trick: leading dashes, "=", "--", spaces, quotes, control characters, NUL, long ones. */
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }).filter((s) => !/[\uD800-\uDFFF]/.test(s)),
  fc.constantFrom("-", "--", "--last", "-c", '-cnotify=["sh","-c","id"]', "--model=x", "-- x", "--config=a=1", " -x", "=", "-\n-", "\0", "é-", "—flag"),
  fc.tuple(fc.constantFrom("-", "--", "-c", "--config="), fc.string({ maxLength: 20 })).map(([head, tail]) => head + tail),
);

/** What one sample asks for: each value given to the option that carries it to the command line. */
interface Sample {
  start: ThreadStart;
  thread: ThreadOptions;
  configOverrides: string[];
  configValue: string;
  baseUrl: string;
  images: string[];
}

const sample: fc.Arbitrary<Sample> = fc.record({
  start: fc.oneof(
    fc.constant<ThreadStart>({ kind: "new" }),
    hostileText.map((threadId): ThreadStart => ({ kind: "resume", threadId })),
    hostileText.map((threadId): ThreadStart => ({ kind: "fork", threadId })),
    fc.tuple(fc.constantFrom("base", "commit", "instructions"), hostileText, fc.option(hostileText, { nil: undefined })).map(([target, value, title]): ThreadStart => {
      const request = { [target]: value, ...(title === undefined ? {} : { title }) } as unknown as ReviewRequest;
      return { kind: "review", request };
    }),
  ),
  thread: fc.record(
    {
      model: hostileText,
      threadSource: hostileText,
      profile: hostileText,
      workingDirectory: hostileText,
      additionalDirectories: fc.array(hostileText, { maxLength: 2 }),
      enableFeatures: fc.array(hostileText, { maxLength: 2 }),
      disableFeatures: fc.array(hostileText, { maxLength: 2 }),
    },
    { requiredKeys: [] },
  ),
  configOverrides: fc.array(hostileText, { maxLength: 2 }),
  configValue: hostileText,
  baseUrl: hostileText,
  images: fc.array(hostileText, { maxLength: 2 }),
});

/** The options of a sample, checked as `Codex` checks them; undefined when they are refused (as they must be, up front). */
function accepted(s: Sample): { thread: ThreadOptions; start: ThreadStart } | undefined {
  try {
    validateCodexOptions({ configOverrides: s.configOverrides, baseUrl: s.baseUrl });
    validateThreadOptions(s.thread);
    if (s.start.kind === "resume" || s.start.kind === "fork") validateThreadId(s.start.threadId, "id");
    if (s.start.kind === "review") validateReviewRequest(s.start.request);
    return { thread: resolveThreadPaths(s.thread), start: s.start };
  } catch (error) {
    if (error instanceof CodexConfigError) return undefined;
    throw error;
  }
}

/** What the command line must say, read as codex reads it: each value as the value of its own flag, the id as the only positional. */
function expectedMeaning(s: Sample, thread: ThreadOptions, images: string[]): { flags: [string, string][]; positionals: string[] } {
  const flags: [string, string][] = [];
  // As the official SDK does: model and directory only when not empty, the others whenever given.
  const add = (name: string, value: string | undefined, unlessEmpty = false): void => {
    if (value !== undefined && !(unlessEmpty && value === "")) flags.push([name, value]);
  };
  add("--model", thread.model, true);
  if (s.start.kind !== "resume") add("--thread-source", thread.threadSource);
  add("--cd", thread.workingDirectory, true);
  for (const dir of thread.additionalDirectories ?? []) add("--add-dir", dir);
  add("--profile", thread.profile);
  for (const feature of thread.enableFeatures ?? []) add("--enable", feature);
  for (const feature of thread.disableFeatures ?? []) add("--disable", feature);
  for (const image of images) add("--image", image);
  const positionals = ["exec"];
  if (s.start.kind === "resume") positionals.push("resume", s.start.threadId);
  if (s.start.kind === "fork") positionals.push("fork", s.start.threadId, "-");
  if (s.start.kind === "review") {
    positionals.push("review");
    add("--base", s.start.request.base);
    add("--commit", s.start.request.commit);
    add("--title", s.start.request.title);
    if (s.start.request.instructions !== undefined) positionals.push("-");
  }
  return { flags, positionals };
}

function meaning(parsed: Parsed[]): { flags: [string, string][]; positionals: string[]; configs: string[] } {
  const flags: [string, string][] = [];
  const configs: string[] = [];
  const positionals: string[] = [];
  for (const part of parsed) {
    if ("positional" in part) positionals.push(part.positional);
    else if (part.flag === "--config") configs.push(part.value ?? "");
    else if (part.value !== undefined) flags.push([part.flag, part.value]);
  }
  return { flags, positionals, configs };
}

/** The value of the `--config` override for `key`, as codex reads it (TOML after the first "="). */
function configValue(configs: string[], key: string): unknown {
  const override = configs.find((entry) => entry.startsWith(`${key}=`));
  assert.ok(override !== undefined, `no --config for ${key}`);
  return parseToml(`v = ${override.slice(key.length + 1)}`).v;
}

function checkCommandLine(s: Sample, thread: ThreadOptions, images: string[], argv: readonly string[]): void {
  const read = meaning(readCodexArgv(argv));
  const expected = expectedMeaning(s, thread, images);
  assert.deepEqual(read.positionals, expected.positionals);
  const sorted = (flags: [string, string][]) => [...flags].map((pair) => pair.join("\u0001")).sort();
  assert.deepEqual(sorted(read.flags), sorted(expected.flags));
  // Every override the caller wrote is one --config value of its own; rendered values read back as given.
  for (const override of s.configOverrides) assert.ok(read.configs.includes(override));
  assert.equal(configValue(read.configs, "x.value"), s.configValue);
  if (s.baseUrl !== "") assert.equal(configValue(read.configs, "openai_base_url"), s.baseUrl);
}

describe("property: no option value, whatever its bytes, adds an argument codex reads as a flag", () => {
  test("on the command line the SDK builds (2000 samples)", () => {
    fc.assert(
      fc.property(sample, (s) => {
        const ok = accepted(s);
        if (ok === undefined) return;
        const configArgs = buildConfigArgs({ config: { x: { value: s.configValue } }, configOverrides: s.configOverrides, baseUrl: s.baseUrl });
        // Image paths that normalizeInput refuses (empty, NUL) never get this far.
        const images = s.images.filter((image) => image !== "" && !image.includes("\0")).map((image) => path.resolve(image));
        const argv = buildExecArgs({ mode: ok.start, configArgs, thread: ok.thread, images });
        checkCommandLine(s, ok.thread, images, argv);
      }),
      { numRuns: 2000 },
    );
  });

  test("on the command line a fake codex receives (60 turns)", async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-argv-prop-"));
    let made = 0;
    // Directories and images must exist: each hostile name is made, as a directory or a file, under root.
    const existing = (name: string, kind: "dir" | "file"): string | undefined => {
      if (name.length === 0 || name.includes("/") || name.includes("\0") || name === "." || name === ".." || Buffer.byteLength(name) > 200) return undefined;
      const full = path.join(root, `${(made += 1)}`, name);
      mkdirSync(path.dirname(full), { recursive: true });
      if (kind === "dir") mkdirSync(full);
      else writeFileSync(full, "png");
      return full;
    };
    await fc.assert(
      fc.asyncProperty(sample, async (s) => {
        const thread: ThreadOptions = { ...s.thread, skipGitRepoCheck: true };
        if (thread.workingDirectory !== undefined) thread.workingDirectory = existing(thread.workingDirectory, "dir");
        if (thread.additionalDirectories !== undefined) {
          thread.additionalDirectories = thread.additionalDirectories.map((dir) => existing(dir, "dir")).filter((dir): dir is string => dir !== undefined);
        }
        const images = s.images.map((image) => existing(image, "file")).filter((image): image is string => image !== undefined);
        const record = recordPath();
        const startId = "019a0000-0000-7000-8000-0000000000ff";
        const started = { type: "thread.started", thread_id: s.start.kind === "resume" ? s.start.threadId : startId };
        let codex: Codex | undefined;
        try {
          codex = fakeCodex({ record, steps: [lines(started, TURN_STARTED, TURN_COMPLETED)] }, { configOverrides: s.configOverrides, baseUrl: s.baseUrl, config: { x: { value: s.configValue } } });
          const start = s.start;
          const input = [{ type: "text" as const, text: "go" }, ...images.map((image) => ({ type: "local_image" as const, path: image }))];
          if (start.kind === "review") await codex.review(start.request, thread);
          else await (start.kind === "resume" ? codex.resumeThread(start.threadId, thread) : start.kind === "fork" ? codex.forkThread(start.threadId, thread) : codex.startThread(thread)).run(input);
        } catch (error) {
          if (!(error instanceof CodexConfigError)) throw error;
          assert.equal(existsSync(record), false, "refused before any process started");
          return;
        } finally {
          await codex?.close();
        }
        checkCommandLine(s, resolveThreadPaths(thread), s.start.kind === "review" ? [] : images, readRecord(record).args);
      }),
      { numRuns: 60 },
    );
  });
});
