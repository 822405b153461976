/**
 * One operation at a time on a thread, in the order asked: our turns, and
 * what must not overlap one (a rollback, a compaction). `turn/start` on a
 * busy thread would silently steer the running turn instead of starting
 * another.
 */
export class OperationQueue {
  /** Resolves once the last operation asked for has ended: the next one waits for it. */
  private tail: Promise<void> = Promise.resolve();

  /** A place in line: `previous` resolves when this operation may go, `done` lets the next one go. */
  take(): { previous: Promise<void>; done: () => void } {
    const previous = this.tail;
    let done: () => void = () => undefined;
    this.tail = new Promise<void>((resolve) => {
      done = resolve;
    });
    return { previous, done };
  }

  /** Runs `operation` in its turn. */
  async run<T>(operation: () => Promise<T>): Promise<T> {
    const { previous, done } = this.take();
    try {
      await previous;
      return await operation();
    } finally {
      done();
    }
  }
}
