/**
 * Cleanup that must happen within this turn of the event loop, but not on
 * the path of the app's code: a job runs in the loop's check phase
 * (`setImmediate`), after the promise reactions that settle a turn and start
 * whatever the app does next (often the next turn's spawn), and before any
 * timer fires, so before any sweep pass. Jobs queued in one loop turn share
 * one immediate.
 */
const jobs: (() => void)[] = [];

export function cleanupSoon(job: () => void): void {
  jobs.push(job);
  if (jobs.length === 1) setImmediate(runJobs);
}

function runJobs(): void {
  // Jobs queued by a job run in the next check phase, with their own immediate.
  for (const job of jobs.splice(0)) {
    try {
      job();
    } catch {
      // A cleanup bug must not crash the app from an immediate, nor skip the other jobs.
    }
  }
}
