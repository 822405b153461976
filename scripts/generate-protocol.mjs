#!/usr/bin/env node
// Regenerates src/protocol/generated.ts, the app-server protocol types, from the pinned codex binary:
//   codex app-server generate-json-schema --out <dir>   (then json-schema-to-typescript on the bundle)
// `npm run generate:protocol` writes the file; `--check` only compares (test/unit/protocol.test.ts runs it).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "json-schema-to-typescript";

const root = fileURLToPath(new URL("..", import.meta.url));
const target = path.join(root, "src/protocol/generated.ts");
const require = createRequire(path.join(root, "package.json"));
const codexVersion = require("@openai/codex/package.json").version;

/** The bundled codex binary (the same lookup as src/process/binary.ts, for this platform only). */
function codexBinary() {
  const triple = { "linux-x64": "x86_64-unknown-linux-musl", "linux-arm64": "aarch64-unknown-linux-musl", "darwin-x64": "x86_64-apple-darwin", "darwin-arm64": "aarch64-apple-darwin" }[`${process.platform}-${process.arch}`];
  const codexRequire = createRequire(require.resolve("@openai/codex/package.json"));
  const platformPackage = `@openai/codex-${process.platform}-${process.arch}`;
  return path.join(path.dirname(codexRequire.resolve(`${platformPackage}/package.json`)), "vendor", triple, "bin", "codex");
}

export async function generate() {
  const scratch = mkdtempSync(path.join(os.tmpdir(), "codex-sdk-protocol-"));
  try {
    const home = path.join(scratch, "home");
    execFileSync(codexBinary(), ["app-server", "generate-json-schema", "--out", path.join(scratch, "schema")], {
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: home, CODEX_HOME: home },
      stdio: ["ignore", "ignore", "ignore"],
    });
    const read = (name) => JSON.parse(readFileSync(path.join(scratch, "schema", name), "utf8"));
    // The main bundle holds the envelopes, server requests and v1 types, with part of v2 nested under
    // definitions.v2; the v2 bundle holds every v2 type (responses included). One namespace for both.
    const main = read("codex_app_server_protocol.schemas.json");
    const v2 = read("codex_app_server_protocol.v2.schemas.json");
    const { v2: nested, ...outer } = main.definitions;
    void nested;
    const schema = JSON.parse(
      JSON.stringify({ ...main, definitions: { ...v2.definitions, ...outer } }).replaceAll("#/definitions/v2/", "#/definitions/"),
    );
    const body = await compile(schema, "CodexAppServerProtocol", {
      bannerComment: "",
      additionalProperties: false,
      unreachableDefinitions: true,
      strictIndexSignatures: true,
      format: false,
    });
    return [
      "/* eslint-disable */",
      "/**",
      ` * The codex app-server protocol (stable part) of @openai/codex ${codexVersion}. GENERATED: do not edit.`,
      " * Made by `npm run generate:protocol` (scripts/generate-protocol.mjs): the pinned binary's",
      " * `codex app-server generate-json-schema --out DIR`, then json-schema-to-typescript on",
      " * DIR/codex_app_server_protocol.schemas.json merged with its v2 bundle (codex_app_server_protocol.v2.schemas.json).",
      " * A test fails when this file and the binary disagree.",
      " */",
      "",
      body,
    ].join("\n");
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = await generate();
  if (process.argv.includes("--check")) {
    const current = readFileSync(target, "utf8");
    if (current !== text) {
      console.error(`${path.relative(root, target)} is out of date with codex ${codexVersion}: run npm run generate:protocol`);
      process.exit(1);
    }
    console.log(`${path.relative(root, target)} matches codex ${codexVersion}`);
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${path.relative(root, target)} (${text.length} bytes) from codex ${codexVersion}`);
  }
}
