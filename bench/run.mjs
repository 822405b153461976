#!/usr/bin/env node
// `npm run bench`: codex-sdk side by side with @openai/codex-sdk 0.163, in one run.
// Every figure is a median over several rounds; each round runs both SDKs, alternating
// which goes first, each measurement in a fresh process (bench/measure.mjs).
// Writes bench/RESULTS.md and prints the same table.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { renderTurn } from "./events.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const quick = process.argv.includes("--quick");
const rounds = (n) => (quick ? 1 : n);
const startedAt = performance.now();

const scratch = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-bench-"));
const THROUGHPUT_EVENTS = 100_000;
const SLOW_EVENTS = 800_000;
const throughputFile = path.join(scratch, "throughput.jsonl");
const slowFile = path.join(scratch, "slow.jsonl");
writeFileSync(throughputFile, renderTurn(THROUGHPUT_EVENTS));
writeFileSync(slowFile, renderTurn(SLOW_EVENTS));

/** The pinned codex's version, for the figures' labels. */
const CODEX_VERSION = createRequire(path.join(root, "package.json"))("@openai/codex/package.json").version;

/** The pinned codex binary both SDKs run in the real-binary figures. */
function codexBinary() {
  const require = createRequire(path.join(root, "package.json"));
  const triple = { x64: "x86_64-unknown-linux-musl", arm64: "aarch64-unknown-linux-musl" }[process.arch];
  const platformRequire = createRequire(require.resolve("@openai/codex/package.json"));
  const vendor = path.join(path.dirname(platformRequire.resolve(`@openai/codex-linux-${process.arch}/package.json`)), "vendor");
  return path.join(vendor, triple, "bin", "codex");
}

function measure(metric, sdk, env = {}) {
  const out = execFileSync(process.execPath, [path.join(root, "bench/measure.mjs"), metric, sdk], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(out.trim().split("\n").at(-1));
}

/** Runs `metric` for each SDK over `n` rounds, alternating the order; returns arrays of results per SDK. */
function alternate(metric, sdks, n, env) {
  const results = Object.fromEntries(sdks.map((sdk) => [sdk, []]));
  for (let round = 0; round < n; round += 1) {
    const order = round % 2 === 0 ? sdks : [...sdks].reverse();
    for (const sdk of order) results[sdk].push(measure(metric, sdk, env));
  }
  process.stderr.write(`  ${metric}: ${n} round(s) done\n`);
  return results;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const pick = (results, key) => median(results.map((result) => result[key]));
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const fixed = (value, digits = 2) => value.toFixed(digits);

process.stderr.write("codex-sdk benchmark\n");
const throughput = alternate("throughput", ["ours", "official"], rounds(7), { BENCH_FILE: throughputFile, BENCH_EVENTS: String(THROUGHPUT_EVENTS) });
const overhead = alternate("overhead", ["ours", "official", "floor"], rounds(7));
const slow = alternate("slow", ["ours", "official"], rounds(3), { BENCH_FILE: slowFile });
const latency = alternate("latency", ["ours", "official"], rounds(5));
const binary = codexBinary();
// Warm-up, discarded: the first real turn pays for cold caches (a 290 MB binary, a new CODEX_HOME).
alternate("real", ["ours", "official"], 1, { BENCH_CONCURRENT: "1", BENCH_CODEX: binary });
const realOne = alternate("real", ["ours", "official"], rounds(9), { BENCH_CONCURRENT: "1", BENCH_CODEX: binary });
const realTen = alternate("real", ["ours", "official"], rounds(9), { BENCH_CONCURRENT: "10", BENCH_CODEX: binary });
const TRANSPORTS = ["exec", "app-server"];
const sequential = alternate("sequential", TRANSPORTS, rounds(3), { BENCH_CODEX: binary });
const fanout = alternate("fanout", TRANSPORTS, rounds(3), { BENCH_CODEX: binary, BENCH_THREADS: "20" });
const burst = alternate("fanout", TRANSPORTS, rounds(1), { BENCH_CODEX: binary, BENCH_THREADS: "50" });
rmSync(scratch, { recursive: true, force: true });

const rows = [];
const verdicts = [];
function row(figure, ours, official, ratio, better) {
  rows.push(`| ${figure} | ${ours} | ${official} | ${ratio} | ${better} |`);
}

// 1. Throughput
const tOurs = pick(throughput.ours, "eventsPerSecond");
const tOfficial = pick(throughput.official, "eventsPerSecond");
const tRatio = tOurs / tOfficial;
row("1. Event throughput, runStreamed, 100k mixed events (events/s)", Math.round(tOurs).toLocaleString("en"), Math.round(tOfficial).toLocaleString("en"), `${fixed(tRatio)}×`, "higher");
verdicts.push(`- Throughput ≥ 1.2× the official SDK: ${tRatio >= 1.2 ? "**met**" : "**missed**"} (${fixed(tRatio)}×).`);

// 2. Per-turn overhead
const oOurs = pick(overhead.ours, "msPerTurn");
const oOfficial = pick(overhead.official, "msPerTurn");
const oFloor = pick(overhead.floor, "msPerTurn");
row("2. Sequential run() of a 4-line turn, steady state: turns 21–320 (ms/turn)", fixed(oOurs, 3), fixed(oOfficial, 3), `${fixed(oOurs / oOfficial)}×`, "lower");
row("2. … above a bare spawn of the same script (floor " + fixed(oFloor, 3) + " ms)", fixed(oOurs - oFloor, 3), fixed(oOfficial - oFloor, 3), "—", "lower");
const wOurs = pick(overhead.ours, "warmUpMsPerTurn");
const wOfficial = pick(overhead.official, "warmUpMsPerTurn");
row("2. … turns 2–61 of a fresh process, while V8 warms up (ms/turn)", fixed(wOurs, 3), fixed(wOfficial, 3), `${fixed(wOurs / wOfficial)}×`, "lower");
const fOurs = pick(overhead.ours, "firstMs");
const fOfficial = pick(overhead.official, "firstMs");
row("2. … the first run() of a fresh process (ms)", fixed(fOurs, 2), fixed(fOfficial, 2), `${fixed(fOurs / fOfficial)}×`, "lower");
const oMet = oOurs - oFloor <= oOfficial - oFloor;
const spread = (results) => Math.max(...results.map((r) => r.msPerTurn)) - Math.min(...results.map((r) => r.msPerTurn));
const oTie = Math.abs(oOurs - oOfficial) < Math.max(spread(overhead.ours), spread(overhead.official)) / 2;
verdicts.push(
  `- Per-turn overhead above the floor (steady state) no more than the official SDK's: ${oMet ? "**met**" : "**missed**"}` +
    `${oTie ? ", as a tie: the difference is smaller than the spread between rounds" : ""} ` +
    `(ours ${fixed(oOurs - oFloor, 3)} ms, official ${fixed(oOfficial - oFloor, 3)} ms above the floor; ` +
    `spread between rounds ${fixed(spread(overhead.ours), 3)} ms for ours, ${fixed(spread(overhead.official), 3)} ms for official).`,
);

// 3. Slow consumer
const sOurs = pick(slow.ours, "peakRssBytes");
const sOfficial = pick(slow.official, "peakRssBytes");
const sStallOurs = pick(slow.ours.map((r) => ({ v: r.stalledPeakRssBytes - r.baselineRssBytes })), "v");
const sStallOfficial = pick(slow.official.map((r) => ({ v: r.stalledPeakRssBytes - r.baselineRssBytes })), "v");
row("3. Consumer stalled at the start, 800k events (~200 MB): peak RSS", mib(sOurs), mib(sOfficial), `${fixed(sOurs / sOfficial)}×`, "lower");
row("3. … RSS growth while stalled", mib(sStallOurs), mib(sStallOfficial), "—", "lower");
const blocked = (results) => results.every((r) => r.producerBlocked && r.events === SLOW_EVENTS + 3);
verdicts.push(
  `- Slow-consumer peak RSS no more than the official SDK's: ${sOurs <= sOfficial * 1.02 ? "**met**" : "**missed**"} ` +
    `(${fixed(sOurs / sOfficial)}×; producer blocked on a full pipe while stalled and every event delivered: ours ${blocked(slow.ours)}, official ${blocked(slow.official)}).`,
);

// 4. Real binary
for (const [label, results] of [["one turn", realOne], ["10 concurrent turns", realTen]]) {
  const wOurs = pick(results.ours, "wallMs");
  const wOfficial = pick(results.official, "wallMs");
  row(`4. Real codex ${CODEX_VERSION}, ${label}: wall time (ms)`, Math.round(wOurs), Math.round(wOfficial), `${fixed(wOurs / wOfficial)}×`, "lower");
  const pOurs = pick(results.ours, "parentPeakRssBytes");
  const pOfficial = pick(results.official, "parentPeakRssBytes");
  row(`4. Real codex ${CODEX_VERSION}, ${label}: parent peak RSS`, mib(pOurs), mib(pOfficial), `${fixed(pOurs / pOfficial)}×`, "lower");
  const cOurs = pick(results.ours, "childrenPeakRssBytes");
  const cOfficial = pick(results.official, "childrenPeakRssBytes");
  row(`4. Real codex ${CODEX_VERSION}, ${label}: children peak RSS (sum)`, mib(cOurs), mib(cOfficial), `${fixed(cOurs / cOfficial)}×`, "lower");
}

// 5. Latency
for (const key of ["p50Ms", "p99Ms"]) {
  const lOurs = pick(latency.ours, key);
  const lOfficial = pick(latency.official, key);
  row(`5. Line written → event delivered, ${key.slice(0, 3)} (ms)`, fixed(lOurs, 3), fixed(lOfficial, 3), `${fixed(lOurs / lOfficial)}×`, "lower");
}

// 6-8. Transports: app-server against exec, both codex-sdk.
const transportRows = [];
const transportVerdicts = [];
function transportRow(figure, exec, appServer, ratio, better) {
  transportRows.push(`| ${figure} | ${exec} | ${appServer} | ${ratio} | ${better} |`);
}
const seqExec = pick(sequential.exec, "medianMs");
const seqApp = pick(sequential["app-server"], "medianMs");
transportRow("6. Sequential turns on one thread: median wall time per turn (ms)", Math.round(seqExec), Math.round(seqApp), `${fixed(seqApp / seqExec)}×`, "lower");
transportRow("6. … the slowest turn (the first: app-server start-up) (ms)", Math.round(pick(sequential.exec, "firstMs")), Math.round(pick(sequential["app-server"], "firstMs")), "—", "lower");
transportVerdicts.push(`- Sequential turns: app-server ≤ 1/3 of exec's median wall time per turn: ${seqApp <= seqExec / 3 ? "**met**" : "**missed**"} (${fixed(seqApp / seqExec)}×).`);
const fWallExec = pick(fanout.exec, "wallMs");
const fWallApp = pick(fanout["app-server"], "wallMs");
const fRssExec = pick(fanout.exec, "childrenPeakRssBytes");
const fRssApp = pick(fanout["app-server"], "childrenPeakRssBytes");
transportRow("7. 20 threads, one turn each, at once: wall time (ms)", Math.round(fWallExec), Math.round(fWallApp), `${fixed(fWallApp / fWallExec)}×`, "lower");
transportRow("7. … peak summed RSS of the process tree", mib(fRssExec), mib(fRssApp), `${fixed(fRssApp / fRssExec)}×`, "lower");
transportVerdicts.push(`- 20 threads at once: app-server RSS ≤ 1/5 of exec's: ${fRssApp <= fRssExec / 5 ? "**met**" : "**missed**"} (${fixed(fRssApp / fRssExec)}×); wall time no more than exec's: ${fWallApp <= fWallExec ? "**met**" : "**missed**"} (${fixed(fWallApp / fWallExec)}×).`);
const bExec = burst.exec[0];
const bApp = burst["app-server"][0];
transportRow("8. 50 threads started at once on one CODEX_HOME: turns that succeeded", `${bExec.succeeded} / 50`, `${bApp.succeeded} / 50`, "—", "higher");
transportRow("8. … wall time (ms)", Math.round(bExec.wallMs), Math.round(bApp.wallMs), `${fixed(bApp.wallMs / bExec.wallMs)}×`, "lower");
transportVerdicts.push(
  `- 50 threads at once on one CODEX_HOME, all succeed on app-server: ${bApp.succeeded === 50 ? "**met**" : "**missed**"} (app-server ${bApp.succeeded}/50, exec ${bExec.succeeded}/50${bExec.failures.length ? `; exec failures, e.g. ${JSON.stringify(bExec.failures[0])}` : ""}).`,
);

const cpu = os.cpus()[0]?.model ?? "unknown CPU";
const machine = `${os.cpus().length} × ${cpu}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}`;
const official = JSON.parse(readFileSync(path.join(root, "node_modules/@openai/codex-sdk/package.json"), "utf8")).version;
const ours = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).version;
const took = ((performance.now() - startedAt) / 1000).toFixed(0);

const table = [
  `| Figure | codex-sdk ${ours} | @openai/codex-sdk ${official} | ratio (ours / official) | better |`,
  "|---|---|---|---|---|",
  ...rows,
].join("\n");

const report = `# Benchmark results

Produced by \`npm run bench\` (\`node bench/run.mjs${quick ? " --quick" : ""}\`) in ${took} s. Do not edit by hand: the script writes this file.

Machine: ${machine}.

Each figure is the median of several rounds (${quick ? "1 round: --quick" : "3 to 9"}); every round measures both SDKs, alternating which goes first, each in a fresh Node process, loading each SDK's built package. Ratios are ours / official.

${table}

## Targets

${verdicts.join("\n")}

## App-server against exec (codex-sdk, the same scripted model, the same codex ${CODEX_VERSION} binary)

| Figure | exec | app-server | ratio (app-server / exec) | better |
|---|---|---|---|---|
${transportRows.join("\n")}

${transportVerdicts.join("\n")}

## How each figure is made

1. A stand-in codex that \`cat\`s a pre-rendered turn (100k events: command starts and completions with 200-byte outputs, reasoning, messages with non-ASCII text), so the producer runs at kernel speed and the SDK is the bottleneck. Events per second from the first item event to the last, through \`runStreamed\`. codex-sdk validates every event (it always does).
2. 320 sequential \`run()\` calls in a fresh process against a \`sh\` script that prints a 4-line turn; the floor is a bare \`child_process.spawn\` of the same script, reading its output to the end. The steady state is the mean of turns 21–320; turns 2–61 (while V8 still interprets the code and the first sweep passes run) and the first turn (codex-sdk also starts its watchdog then) are shown apart. codex-sdk's figures include its process-lifecycle guarantees (codex in a session of its own, the per-turn tags, the group kill at exit and the batched sweep for leftover processes).
3. The consumer reads the first event, then stalls until the producer (\`cat\` of an 800k-event turn, about 200 MB) stops making progress (blocked on a full pipe) or exits; then it drains everything. Peak RSS of the consumer process (\`maxRSS\`).
4. The real codex ${CODEX_VERSION} binary (the same binary for both SDKs) against the scripted model server of \`codex-sdk/testing\`: one turn, and 10 concurrent turns. Wall time; peak RSS of the Node process; peak of the summed RSS of its descendants (sampled every 10 ms from /proc).
5. A stand-in codex writes one event per millisecond, each stamped with the wall-clock time it was written; latency is the time until the consumer sees it.
6. Ten sequential \`run()\` calls on one thread, each answered at once by the scripted model; the median turn's wall time (each round starts a fresh \`Codex\`, so the first turn pays app-server start-up, shown on its own row).
7. Twenty threads of one \`Codex\`, one turn each, started together; wall time until all resolved, and the peak of the summed RSS of every descendant of the Node process (sampled every 10 ms from /proc): one codex per turn on exec, one app-server on app-server.
8. As 7 with fifty threads, one round: how many turns succeeded (many codex processes on one \`CODEX_HOME\` share its SQLite state).
`;

writeFileSync(path.join(root, "bench/RESULTS.md"), report);
process.stdout.write(`\n${table}\n\n${verdicts.join("\n")}\n\n${transportRows.join("\n")}\n\n${transportVerdicts.join("\n")}\n\nMachine: ${machine}\nWrote bench/RESULTS.md (${took} s)\n`);
