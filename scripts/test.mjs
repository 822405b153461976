#!/usr/bin/env node
// Runs the test suites with Node's test runner: `node scripts/test.mjs [unit|integration|chaos ...]`.
// (Node 20's --test does not expand globs itself.)
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// The queue's tests start a private redis-server (Debian's package): on a fresh machine it is installed first.
if (spawnSync("redis-server", ["--version"]).error !== undefined) {
  const root = process.getuid?.() === 0;
  if (!root || spawnSync("apt-get", ["--version"]).error !== undefined) {
    console.error("redis-server is not installed: `apt-get install redis-server` (the queue's tests start a private one)");
    process.exit(1);
  }
  console.log("installing redis-server (Debian's package) for the queue's tests");
  const install = () => spawnSync("apt-get", ["install", "-y", "--no-install-recommends", "redis-server"], { stdio: "ignore" }).status === 0;
  if (!install() && !(spawnSync("apt-get", ["update"], { stdio: "ignore" }).status === 0 && install())) {
    console.error("could not install redis-server with apt-get");
    process.exit(1);
  }
}

// `--codex=<package>`: run the suites against the codex of another installed package (an alias such as
// codex-0169, the older tested version): codex-sdk/testing's codexOptions() then runs that binary.
const codexFlag = process.argv.slice(2).find((arg) => arg.startsWith("--codex="));
if (codexFlag !== undefined) {
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const packageRoot = path.dirname(require.resolve(`${codexFlag.slice("--codex=".length)}/package.json`));
  const platformPackage = `@openai/codex-${process.platform}-${process.arch}`;
  const platformRoot = path.dirname(createRequire(path.join(packageRoot, "package.json")).resolve(`${platformPackage}/package.json`));
  const vendor = path.join(platformRoot, "vendor");
  const binary = readdirSync(vendor).map((triple) => path.join(vendor, triple, "bin", "codex"))[0];
  process.env.CODEX_SDK_TESTING_CODEX_PATH = binary;
  console.log(`running against ${spawnSync(binary, ["--version"], { encoding: "utf8" }).stdout.trim()} (${binary})`);
}

const suites = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const roots = (suites.length > 0 ? suites : ["unit", "integration", "chaos"]).map((suite) => path.join("test", suite));

function collect(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return collect(full);
    return entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

// The chaos suite kills processes on purpose and times 2-second windows: it runs on its own,
// after the others, so that the other suites do not compete with it for the CPU.
const files = roots.flatMap(collect).sort();
if (files.length === 0) {
  console.error(`no test files under ${roots.join(", ")}`);
  process.exit(1);
}
const isChaos = (file) => file.startsWith(path.join("test", "chaos") + path.sep);
const batches = [
  { files: files.filter((file) => !isChaos(file)), concurrency: process.env.TEST_CONCURRENCY ?? 3 },
  { files: files.filter(isChaos), concurrency: 1 },
].filter((batch) => batch.files.length > 0);
let status = 0;
for (const batch of batches) {
  const result = spawnSync(
    process.execPath,
    // A test that hangs fails after two minutes instead of holding CI open (the slowest takes about 10 s).
    ["--import", "tsx", "--test", `--test-concurrency=${batch.concurrency}`, "--test-timeout=120000", ...batch.files],
    { stdio: "inherit" },
  );
  if (result.status !== 0) status = result.status ?? 1;
}
process.exit(status);
