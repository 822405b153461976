#!/usr/bin/env node
// `npm run check:package`: the package as users get it. Packs the tarball (npm pack), lints it with
// publint and @arethetypeswrong/cli, then installs it, not the source tree, into an ESM and a CJS
// consumer project, each of which runs a real scripted turn (the consumer's own codex binary,
// installed from the registry as a dependency of the tarball) and type-checks its use of the API.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const scratch = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-package-"));
const run = (command, args, cwd = root) => {
  process.stdout.write(`$ ${command} ${args.join(" ")}\n`);
  execFileSync(command, args, { cwd, stdio: "inherit", env: { ...process.env, npm_config_audit: "false", npm_config_fund: "false" } });
};

// The turn every consumer runs: the real binary against the scripted model, offline.
const TURN = `
const model = await startScriptedModel([[message("hello from the tarball")]]);
const codex = new Codex(model.codexOptions());
try {
  const turn = await codex.startThread({ skipGitRepoCheck: true }).run("hi");
  if (turn.finalResponse !== "hello from the tarball") throw new Error("unexpected: " + JSON.stringify(turn));
  console.log(MODULE_KIND + " consumer: " + turn.finalResponse);
} finally {
  await codex.close();
  await model.close();
}`;

const CONSUMERS = {
  esm: {
    "package.json": { name: "esm-consumer", private: true, type: "module" },
    file: "index.mjs",
    source: `import { Codex } from "codex-sdk";\nimport { message, startScriptedModel } from "codex-sdk/testing";\nimport { instrumentCodex } from "codex-sdk/otel";\nconst MODULE_KIND = "ESM";\nvoid instrumentCodex;\n${TURN}\n`,
    types: `import { Codex, type ThreadEvent } from "codex-sdk";\nimport { message } from "codex-sdk/testing";\nconst codex: Codex = new Codex({ transport: "app-server" });\nexport const f = (e: ThreadEvent): string => e.type;\nvoid codex; void message;\n`,
    typesFile: "types.mts",
  },
  cjs: {
    "package.json": { name: "cjs-consumer", private: true, type: "commonjs" },
    file: "index.cjs",
    source: `const { Codex } = require("codex-sdk");\nconst { message, startScriptedModel } = require("codex-sdk/testing");\nconst { instrumentCodex } = require("codex-sdk/otel");\nconst MODULE_KIND = "CJS";\nvoid instrumentCodex;\n(async () => {${TURN}\n})().catch((error) => { console.error(error); process.exit(1); });\n`,
    types: `import { Codex, type ThreadEvent } from "codex-sdk";\nimport { message } from "codex-sdk/testing";\nconst codex: Codex = new Codex({ transport: "app-server" });\nexport const f = (e: ThreadEvent): string => e.type;\nvoid codex; void message;\n`,
    typesFile: "types.cts",
  },
};

try {
  run("npm", ["pack", "--pack-destination", scratch]);
  const tarball = path.join(scratch, `codex-sdk-${JSON.parse((await import("node:fs")).readFileSync(path.join(root, "package.json"), "utf8")).version}.tgz`);
  run("npx", ["publint", "run", tarball, "--strict"]);
  // node16 resolution (exports): the SDK needs Node 18+, whose resolution ignores node10's.
  run("npx", ["attw", tarball, "--profile", "node16"]);
  for (const [kind, consumer] of Object.entries(CONSUMERS)) {
    const dir = path.join(scratch, `${kind}-consumer`);
    mkdirSync(dir);
    writeFileSync(path.join(dir, "package.json"), JSON.stringify(consumer["package.json"], null, 2));
    writeFileSync(path.join(dir, consumer.file), consumer.source);
    writeFileSync(path.join(dir, consumer.typesFile), consumer.types);
    writeFileSync(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { module: "node16", moduleResolution: "node16", strict: true, noEmit: true, skipLibCheck: false, types: ["node"] }, files: [consumer.typesFile] }),
    );
    // The tarball, not the source tree; its dependencies (the codex binary) from the registry, or npm's cache.
    run("npm", ["install", "--prefer-offline", "--no-save", tarball, "@opentelemetry/api@~1.9.0", "typescript@~5.9", "@types/node@^20"], dir);
    run(process.execPath, [consumer.file], dir);
    run(process.execPath, [path.join(dir, "node_modules/typescript/bin/tsc"), "-p", "tsconfig.json"], dir);
  }
  console.log("the packed package is well-formed, and works from ESM and CJS consumers");
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
