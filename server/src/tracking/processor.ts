// What ingestion hands its new events to, in its transaction: the rule engine implements it
// (rules/engine.ts) and composition wires it in, so tracking/ does not import rules/.
import type { Sql } from '../db/sql';

/** A newly stored event, with the user's attributes as of that event. */
export interface EventBatchItem {
  id: string;
  type: string;
  userId: string;
  occurredAt: number;
  properties: Record<string, unknown>;
  attributes: Record<string, unknown>;
}

export interface ProcessResult {
  /** Rule decisions that reached an action or a split. */
  firings: number;
  /** Coupons issued by those decisions. */
  issued: number;
  /** To call once the ingestion transaction has committed (records what it stored). */
  committed: () => void;
}

export interface EventProcessor {
  /** Runs inside the ingestion transaction, on events it inserted (never on duplicates). */
  process(sql: Sql, events: readonly EventBatchItem[]): Promise<ProcessResult>;
}

/** No processor (tracking without rules, e.g. in unit tests). */
export const NO_PROCESSOR: EventProcessor = {
  process: async () => ({ firings: 0, issued: 0, committed: () => undefined }),
};
