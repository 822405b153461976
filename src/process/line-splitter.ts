import * as nodeBuffer from "node:buffer";

// `buffer.isUtf8` arrived in Node 18.14; earlier 18.x falls back to a strict decoder.
const isUtf8: (bytes: Buffer) => boolean =
  typeof nodeBuffer.isUtf8 === "function"
    ? nodeBuffer.isUtf8
    : (bytes) => {
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(bytes);
          return true;
        } catch {
          return false;
        }
      };

/** What to do after a bad line: stop reading (exec: the turn fails) or skip it and go on (app-server: one stream, many threads). */
export type AfterBadLine = "stop" | "skip";

/**
 * Splits a byte stream into lines at `\n` (dropping a trailing `\r`), working
 * on bytes so a UTF-8 character split across chunks is never corrupted. Only
 * `\n` ends a line: U+2028 and U+2029, which some line readers split on, are
 * valid inside JSON strings. A line longer than `maxLineBytes` is reported as
 * soon as it crosses the limit instead of being buffered without bound.
 */
export class LineSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** Dropping the rest of a line that was too long, up to its newline. */
  private skipping = false;

  constructor(
    private readonly maxLineBytes: number,
    private readonly onLine: (line: string) => void,
    private readonly onBadLine: (reason: "too-long" | "not-utf8", excerpt: string) => void,
    private readonly afterBadLine: AfterBadLine = "stop",
  ) {}

  /** Feeds a chunk; calls `onLine` for every complete line. Returns false once a bad line stopped it. */
  push(chunk: Buffer): boolean {
    let start = 0;
    let newline = chunk.indexOf(10, start);
    while (newline !== -1) {
      let ok = true;
      if (this.skipping) this.skipping = false;
      else ok = this.pendingBytes === 0 ? this.emitRange(chunk, start, newline) : this.emitPending(chunk.subarray(start, newline));
      if (!ok && this.afterBadLine === "stop") return false;
      start = newline + 1;
      newline = chunk.indexOf(10, start);
    }
    if (start < chunk.length && !this.skipping) {
      const rest = chunk.subarray(start);
      this.pendingBytes += rest.length;
      if (this.pendingBytes > this.maxLineBytes) {
        this.onBadLine("too-long", excerpt(Buffer.concat([...this.pending, rest])));
        this.pending = [];
        this.pendingBytes = 0;
        if (this.afterBadLine === "stop") return false;
        this.skipping = true;
        return true;
      }
      this.pending.push(rest);
    }
    return true;
  }

  /** Flushes a last line that had no newline. */
  end(): boolean {
    if (this.pendingBytes === 0) return true;
    return this.emitPending(Buffer.alloc(0));
  }

  private emitPending(tail: Buffer): boolean {
    const line = Buffer.concat([...this.pending, tail], this.pendingBytes + tail.length);
    this.pending = [];
    this.pendingBytes = 0;
    return this.emitRange(line, 0, line.length);
  }

  /** Emits bytes [start, end) of `bytes` as a line; decoding in place avoids a Buffer view per line. */
  private emitRange(bytes: Buffer, start: number, end: number): boolean {
    if (end - start > this.maxLineBytes) {
      this.onBadLine("too-long", excerpt(bytes.subarray(start, end)));
      return false;
    }
    if (end > start && bytes[end - 1] === 13) end -= 1;
    if (end === start) return true;
    const text = bytes.toString("utf8", start, end);
    // Decoding never fails; it inserts U+FFFD. Only then is the (rarer, slower) strict check needed.
    if (text.includes("\uFFFD") && !isUtf8(bytes.subarray(start, end))) {
      this.onBadLine("not-utf8", excerpt(bytes.subarray(start, end)));
      return false;
    }
    this.onLine(text);
    return true;
  }
}

/** The start of a line, bounded, for error messages. */
export const EXCERPT_BYTES = 1024;

export function excerpt(bytes: Buffer): string {
  const head = bytes.subarray(0, EXCERPT_BYTES).toString("utf8");
  return bytes.length > EXCERPT_BYTES ? `${head}… (${bytes.length} bytes)` : head;
}
