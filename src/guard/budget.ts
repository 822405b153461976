import { CodexBudgetExceededError } from "../errors.js";
import type { Usage } from "../events.js";
import type { BudgetOptions } from "../options.js";

/** Tokens as budgets and `tokensPerMinute` count them: input plus output (cached input is part of input, reasoning of output). */
export function tokensOf(usage: Usage | undefined): number {
  return usage === undefined ? 0 : usage.input_tokens + usage.output_tokens;
}

/** What a scope (a thread, or the `Codex`) has used: tokens, and dollars when known. */
export interface Spent {
  tokens: number;
  costUsd: number | undefined;
}

/**
 * The `CodexBudgetExceededError` when `spent` has reached `budget` (a turn
 * may not start once the budget is used up; `running` words it for a turn
 * stopped on the way), else undefined.
 */
export function overBudget(budget: BudgetOptions | undefined, scope: "thread" | "codex", spent: Spent, running = false): CodexBudgetExceededError | undefined {
  if (budget === undefined) return undefined;
  if (budget.maxTokens !== undefined && spent.tokens >= budget.maxTokens) return new CodexBudgetExceededError(scope, "maxTokens", spent.tokens, budget.maxTokens, running);
  if (budget.maxCostUsd !== undefined && spent.costUsd !== undefined && spent.costUsd >= budget.maxCostUsd) {
    return new CodexBudgetExceededError(scope, "maxCostUsd", spent.costUsd, budget.maxCostUsd, running);
  }
  return undefined;
}
