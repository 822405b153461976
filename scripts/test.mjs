#!/usr/bin/env node
// Runs the test suites with Node's test runner: `node scripts/test.mjs [unit|integration|chaos ...]`.
// (Node 20's --test does not expand globs itself.)
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const suites = process.argv.slice(2);
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

const files = roots.flatMap(collect).sort();
if (files.length === 0) {
  console.error(`no test files under ${roots.join(", ")}`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", `--test-concurrency=${process.env.TEST_CONCURRENCY ?? 3}`, ...files],
  { stdio: "inherit" },
);
process.exit(result.status ?? 1);
