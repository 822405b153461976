import { CodexError } from "../errors.js";
import type { ThreadEvent } from "../events.js";
import { isObject, type JsonObject } from "../json-checks.js";
import type { GoalSpec, ThreadGoal } from "../management.js";
import type { ClientParams } from "../protocol/index.js";
import type { ThreadOpening } from "./thread-opening.js";

/**
 * A thread's goal. While it is active the app-server runs turns on the
 * thread by itself (their events go to `watch()`), and `run()` is refused.
 */
export class ThreadGoals {
  /** True while the thread's goal is active. */
  private active = false;

  constructor(
    private readonly opening: ThreadOpening,
    private readonly show: (events: ThreadEvent[]) => void,
  ) {}

  /** Throws `CODEX_GOAL_ACTIVE` while the goal is active: the app-server runs the thread's turns. */
  refuseTurnWhileActive(): void {
    if (!this.active) return;
    throw new CodexError(
      "CODEX_GOAL_ACTIVE",
      "This thread's goal is active: the app-server runs its turns by itself (see thread.watch()). Pause or clear the goal before run().",
    );
  }

  set(goal: GoalSpec): Promise<ThreadGoal> {
    return this.opening.withOpen(async (connection, threadId) => {
      const params: ClientParams<"thread/goal/set"> = { threadId, objective: goal.objective, status: goal.status };
      if (goal.tokenBudget !== undefined) params.tokenBudget = goal.tokenBudget;
      const response = await connection.request("thread/goal/set", params);
      this.active = response.goal.status === "active";
      return response.goal;
    });
  }

  get(): Promise<ThreadGoal | null> {
    return this.opening.withOpen(async (connection, threadId) => (await connection.request("thread/goal/get", { threadId })).goal ?? null);
  }

  async clear(): Promise<void> {
    await this.opening.withOpen(async (connection, threadId) => {
      await connection.request("thread/goal/clear", { threadId });
      this.active = false;
    });
  }

  /** A notification about the goal: shown to watchers. Returns false for any other. */
  deliver(method: string, params: JsonObject): boolean {
    if (method === "thread/goal/updated") {
      const goal = isGoal(params.goal) ? params.goal : undefined;
      this.active = goal?.status === "active";
      if (goal) this.show([{ type: "goal.updated", goal }]);
      return true;
    }
    if (method === "thread/goal/cleared") {
      this.active = false;
      this.show([{ type: "goal.cleared" }]);
      return true;
    }
    return false;
  }
}

/** A goal as the app-server sends it: an object with a status (the rest is passed on as sent). */
function isGoal(value: unknown): value is ThreadGoal {
  return isObject(value) && typeof value.status === "string" && typeof value.objective === "string";
}
