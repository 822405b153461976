/** Keeps the last `limit` bytes written to a stream, so a chatty child never grows memory without bound. */
export class StderrTail {
  private chunks: Buffer[] = [];
  private bytes = 0;
  /** True once bytes were dropped from the start: what is kept may begin in the middle of something. */
  wasCut = false;

  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.bytes += chunk.length;
    while (this.bytes > this.limit) {
      const first = this.chunks[0] as Buffer;
      const excess = this.bytes - this.limit;
      this.wasCut = true;
      if (first.length <= excess) {
        this.chunks.shift();
        this.bytes -= first.length;
      } else {
        // Only the excess goes: the tail keeps exactly `limit` bytes, not whatever chunks happen to fit.
        this.chunks[0] = first.subarray(excess);
        this.bytes -= excess;
      }
    }
  }

  /** The kept bytes as text; a character cut at the start is dropped rather than shown broken. */
  toString(): string {
    return Buffer.concat(this.chunks, this.bytes).toString("utf8").replace(/^\uFFFD+/, "");
  }
}
