// Compile-time checks of typed structured output (run by `npm run typecheck`).
import { z } from "zod";
import type { Thread } from "../../src/index.js";

declare const thread: Thread;

export async function typed(): Promise<void> {
  const r = await thread.run("Summarize", { outputSchema: z.object({ summary: z.string(), count: z.number() }) });
  const summary: string = r.output.summary;
  const count: number = r.output.count;
  void [summary, count];
  // @ts-expect-error not in the schema
  void r.output.missing;
  // A transform's output type is what run() returns.
  const t = await thread.run("n", { outputSchema: z.object({ n: z.string().transform((s) => s.length) }) });
  const length: number = t.output.n;
  void length;
}

export async function plain(): Promise<void> {
  // A plain JSON Schema: output stays unknown, as in the official SDK's terms.
  const r = await thread.run("x", { outputSchema: { type: "object" } });
  // @ts-expect-error unknown until checked
  void r.output.anything;
}
