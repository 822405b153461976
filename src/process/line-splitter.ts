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
    /** `head` is the start of the bad line (at most {@link BAD_LINE_HEAD_BYTES}), `totalBytes` its length so far. */
    private readonly onBadLine: (reason: "too-long" | "not-utf8", head: Buffer, totalBytes: number) => void,
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
        // Only the head is copied: joining the whole line would double the memory the limit allows.
        this.onBadLine("too-long", headOf([...this.pending, rest]), this.pendingBytes);
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
      this.onBadLine("too-long", bytes.subarray(start, Math.min(end, start + BAD_LINE_HEAD_BYTES)), end - start);
      return false;
    }
    if (end > start && bytes[end - 1] === 13) end -= 1;
    if (end === start) return true;
    const text = bytes.toString("utf8", start, end);
    // Decoding never fails; it inserts U+FFFD. Only then is the (rarer, slower) strict check needed.
    if (text.includes("\uFFFD") && !isUtf8(bytes.subarray(start, end))) {
      this.onBadLine("not-utf8", bytes.subarray(start, Math.min(end, start + BAD_LINE_HEAD_BYTES)), end - start);
      return false;
    }
    this.onLine(text);
    return true;
  }
}

/** The most of a line shown in an error message. */
export const EXCERPT_BYTES = 1024;

/**
 * How much of a bad line is kept for its excerpt: more than is shown, so
 * that secrets can be redacted before the excerpt is cut (a secret that
 * straddles the cut is then replaced whole).
 */
export const BAD_LINE_HEAD_BYTES = 64 * 1024;

/** The first {@link BAD_LINE_HEAD_BYTES} of a line held in pieces. */
function headOf(pieces: readonly Buffer[]): Buffer {
  const head: Buffer[] = [];
  let bytes = 0;
  for (const piece of pieces) {
    if (bytes >= BAD_LINE_HEAD_BYTES) break;
    const part = piece.subarray(0, BAD_LINE_HEAD_BYTES - bytes);
    head.push(part);
    bytes += part.length;
  }
  return Buffer.concat(head, bytes);
}

/** The head of a line read whole (for an excerpt), and its length in bytes. */
export function lineHead(line: string): [head: Buffer, totalBytes: number] {
  // A character is at most 4 bytes: this many characters cover the head's bytes.
  return [Buffer.from(line.slice(0, BAD_LINE_HEAD_BYTES)).subarray(0, BAD_LINE_HEAD_BYTES), Buffer.byteLength(line)];
}
