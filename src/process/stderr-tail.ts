/** Keeps the last `limit` bytes written to a stream, so a chatty child never grows memory without bound. */
export class StderrTail {
  private chunks: Buffer[] = [];
  private bytes = 0;

  constructor(private readonly limit: number) {}

  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.bytes += chunk.length;
    while (this.bytes > this.limit && this.chunks.length > 1) {
      const first = this.chunks.shift();
      this.bytes -= first?.length ?? 0;
    }
    const only = this.chunks[0];
    if (this.chunks.length === 1 && only !== undefined && this.bytes > this.limit) {
      this.chunks[0] = only.subarray(only.length - this.limit);
      this.bytes = this.limit;
    }
  }

  /** The kept bytes as text; a character cut at the start is dropped rather than shown broken. */
  toString(): string {
    return Buffer.concat(this.chunks, this.bytes).toString("utf8").replace(/^\uFFFD+/, "");
  }
}
