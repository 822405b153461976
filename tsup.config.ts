import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", "testing/index": "src/testing/index.ts", "otel/index": "src/otel/index.ts", "queue/index": "src/queue/index.ts" },
  format: ["esm", "cjs"],
  // Internal plumbing (e.g. the Thread constructor) stays out of the public types.
  dts: { compilerOptions: { stripInternal: true } },
  // import.meta.url (binary discovery) works in the CJS build too.
  shims: true,
  target: "node18",
  platform: "node",
  sourcemap: true,
  clean: true,
  splitting: false,
});
