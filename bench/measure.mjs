#!/usr/bin/env node
// One measurement in a fresh process: `node bench/measure.mjs <metric> <ours|official|floor>`.
// Prints one JSON object. bench/run.mjs alternates the SDKs over several rounds.
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

const [metric, sdkName] = process.argv.slice(2);
const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const FAKE = here("./fake-codex.mjs");
const CAT_EVENTS = here("./cat-events.sh");
const FOUR_LINES = here("./four-lines.sh");

async function loadSdk() {
  if (sdkName === "ours") return import("codex-sdk");
  if (sdkName === "official") return import("@openai/codex-sdk");
  throw new Error(`unknown sdk ${sdkName}`);
}

function fakeEnv(extra) {
  return { PATH: process.env.PATH ?? "", ...extra };
}

/** Direct children of this process (the codex or fake it spawned). */
function children() {
  const found = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === process.pid) found.push(Number(entry));
    } catch {
      // gone
    }
  }
  return found;
}

function descendants(root = process.pid) {
  const byParent = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (!byParent.has(ppid)) byParent.set(ppid, []);
      byParent.get(ppid).push(Number(entry));
    } catch {
      // gone
    }
  }
  const out = [];
  const queue = [root];
  while (queue.length > 0) {
    for (const child of byParent.get(queue.shift()) ?? []) {
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

function rssOf(pid) {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function wchar(pid) {
  try {
    return Number(/^wchar: (\d+)$/m.exec(readFileSync(`/proc/${pid}/io`, "utf8"))?.[1] ?? 0);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

const peakParentRss = () => process.resourceUsage().maxRSS * 1024;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const metrics = {
  /** 1. Events per second through runStreamed (validation on for ours: it is always on). */
  async throughput() {
    const events = Number(process.env.BENCH_EVENTS);
    const { Codex } = await loadSdk();
    const codex = new Codex({ codexPathOverride: CAT_EVENTS, env: fakeEnv({ BENCH_FILE: process.env.BENCH_FILE }) });
    const { events: stream } = await codex.startThread().runStreamed("go");
    // Steady-state delivery, first item event to last: process start-up is the same for both SDKs.
    let count = 0;
    let firstAt = 0;
    for await (const event of stream) {
      if (event.type === "item.completed" || event.type === "item.started") {
        if (count === 0) firstAt = performance.now();
        count += 1;
      }
    }
    const seconds = (performance.now() - firstAt) / 1000;
    if (count !== events) throw new Error(`expected ${events} item events, got ${count}`);
    return { eventsPerSecond: (events - 1) / seconds };
  },

  /**
   * 2. Milliseconds per sequential run() of a 4-line turn; "floor" is a bare spawn of the same script.
   * The first turn of the process, turns 2-61 (warm-up: V8 has not compiled the code yet, the first
   * sweep passes run), and the steady state (turns 21-320) are reported apart.
   */
  async overhead() {
    const turns = 320;
    let runTurn;
    if (sdkName === "floor") {
      // The least any SDK must do: spawn, write the prompt, read stdout to its end, see the exit.
      runTurn = () =>
        new Promise((resolve, reject) => {
          const child = spawn(FOUR_LINES, [], { stdio: ["pipe", "pipe", "pipe"], env: fakeEnv({}) });
          let pending = 2;
          const done = () => {
            pending -= 1;
            if (pending === 0) resolve();
          };
          child.stdout.on("data", () => undefined);
          child.stdout.on("end", done);
          child.stderr.on("data", () => undefined);
          child.on("error", reject);
          child.on("exit", done);
          child.stdin.end("go");
        });
    } else {
      const { Codex } = await loadSdk();
      const codex = new Codex({ codexPathOverride: FOUR_LINES, env: fakeEnv({}) });
      runTurn = async () => {
        const turn = await codex.startThread().run("go");
        if (turn.finalResponse !== "ok") throw new Error("bad turn");
      };
    }
    const times = [];
    for (let i = 0; i < turns; i += 1) {
      const startedAt = performance.now();
      await runTurn();
      times.push(performance.now() - startedAt);
    }
    const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
    return { firstMs: times[0], warmUpMsPerTurn: mean(times.slice(1, 61)), msPerTurn: mean(times.slice(20)) };
  },

  /** 3. Peak RSS when the consumer stalls at the start while the fake prints ~200 MB. */
  async slow() {
    const { Codex } = await loadSdk();
    const codex = new Codex({ codexPathOverride: CAT_EVENTS, env: fakeEnv({ BENCH_FILE: process.env.BENCH_FILE }) });
    const baseline = process.memoryUsage.rss();
    const { events: stream } = await codex.startThread().runStreamed("go");
    const first = await stream.next();
    if (first.value?.type !== "thread.started") throw new Error("no first event");
    // Stall until the producer is done writing or blocked (its output stops growing).
    const [fake] = children().filter((pid) => readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("cat"));
    let written = -1;
    for (let stable = 0; stable < 10 && Number.isFinite(written); ) {
      await sleep(50);
      const now = wchar(fake);
      stable = now === written ? stable + 1 : 0;
      written = now;
    }
    const stalledPeak = peakParentRss();
    let count = 1;
    for await (const _ of stream) count += 1;
    return {
      peakRssBytes: peakParentRss(),
      stalledPeakRssBytes: stalledPeak,
      baselineRssBytes: baseline,
      producerBlocked: Number.isFinite(written),
      events: count,
    };
  },

  /** 5. Latency from the child writing a line to the event reaching the consumer. */
  async latency() {
    const events = Number(process.env.BENCH_LATENCY_EVENTS ?? 1000);
    const { Codex } = await loadSdk();
    const codex = new Codex({ codexPathOverride: FAKE, env: fakeEnv({ BENCH_EVENTS: String(events) }) });
    const { events: stream } = await codex.startThread().runStreamed("go");
    const samples = [];
    for await (const event of stream) {
      if (event.type === "item.completed" && event.item.type === "agent_message") {
        samples.push(performance.timeOrigin + performance.now() - Number(event.item.text));
      }
    }
    samples.sort((a, b) => a - b);
    const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
    return { p50Ms: at(0.5), p99Ms: at(0.99), samples: samples.length };
  },

  /** 4. The real codex binary against the scripted model: wall time and peak RSS, parent and children. */
  async real() {
    const concurrent = Number(process.env.BENCH_CONCURRENT ?? 1);
    const { Codex } = await loadSdk();
    const { startScriptedModel, message } = await import("codex-sdk/testing");
    const model = await startScriptedModel(Array.from({ length: concurrent }, () => [message("done")]));
    let childrenPeak = 0;
    const sampler = setInterval(() => {
      const total = descendants().reduce((sum, pid) => sum + rssOf(pid), 0);
      childrenPeak = Math.max(childrenPeak, total);
    }, 10);
    try {
      // The same codex binary for both SDKs (the official one would otherwise pick its own nested 0.163).
      const codex = new Codex({ ...model.codexOptions(), codexPathOverride: process.env.BENCH_CODEX });
      const startedAt = performance.now();
      const turns = await Promise.all(
        Array.from({ length: concurrent }, () => codex.startThread({ skipGitRepoCheck: true }).run("hello")),
      );
      const wallMs = performance.now() - startedAt;
      if (!turns.every((turn) => turn.finalResponse === "done")) throw new Error("bad turn");
      return { wallMs, parentPeakRssBytes: peakParentRss(), childrenPeakRssBytes: childrenPeak };
    } finally {
      clearInterval(sampler);
      await model.close();
    }
  },
};

/** The transport figures (codex-sdk only): `sdkName` is the transport, "exec" or "app-server". */
async function transportCodex(model) {
  const { Codex } = await import("codex-sdk");
  return new Codex({ ...model.codexOptions({ transport: sdkName }), codexPathOverride: process.env.BENCH_CODEX });
}

Object.assign(metrics, {
  /** 6. Ten sequential turns on one thread: the median wall time of a turn (the first pays for start-up). */
  async sequential() {
    const turns = 10;
    const { startScriptedModel, message } = await import("codex-sdk/testing");
    const model = await startScriptedModel(Array.from({ length: turns }, (_, i) => [message(`answer ${i}`)]));
    const codex = await transportCodex(model);
    try {
      const thread = codex.startThread({ skipGitRepoCheck: true });
      const times = [];
      for (let i = 0; i < turns; i += 1) {
        const startedAt = performance.now();
        const turn = await thread.run(`turn ${i}`);
        times.push(performance.now() - startedAt);
        if (turn.finalResponse !== `answer ${i}`) throw new Error("bad turn");
      }
      times.sort((a, b) => a - b);
      return { medianMs: times[turns >> 1], firstMs: times.at(-1) };
    } finally {
      await codex.close();
      await model.close();
    }
  },

  /** 7. N threads, each running one turn at once: wall time, and the peak summed RSS of the process tree. */
  async fanout() {
    const threads = Number(process.env.BENCH_THREADS ?? 20);
    const { startScriptedModel, message } = await import("codex-sdk/testing");
    const model = await startScriptedModel(() => [message("done")]);
    const codex = await transportCodex(model);
    let childrenPeak = 0;
    const sampler = setInterval(() => {
      childrenPeak = Math.max(childrenPeak, descendants().reduce((sum, pid) => sum + rssOf(pid), 0));
    }, 10);
    try {
      const startedAt = performance.now();
      const settled = await Promise.allSettled(Array.from({ length: threads }, (_, i) => codex.startThread({ skipGitRepoCheck: true }).run(`thread ${i}`)));
      const wallMs = performance.now() - startedAt;
      const failures = settled.filter((result) => result.status === "rejected").map((result) => String(result.reason?.message ?? result.reason).slice(0, 200));
      return { wallMs, childrenPeakRssBytes: childrenPeak, succeeded: threads - failures.length, failures: failures.slice(0, 3) };
    } finally {
      clearInterval(sampler);
      await codex.close();
      await model.close();
    }
  },
});

const run = metrics[metric];
if (!run) throw new Error(`unknown metric ${metric}`);
const result = await run();
process.stdout.write(`${JSON.stringify(result)}\n`);
