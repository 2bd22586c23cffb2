// Which outbox rows the dispatcher may hand out. On PostgreSQL ids come from a sequence when a row is
// inserted, but transactions commit in any order: id 11 may be visible while id 10 is still being
// written. Handing out 11 and moving the cursor past 10 would lose 10. So the dispatcher stops at the
// first missing id (a "gap") until it is either filled or proven permanent (its transaction rolled
// back): once every transaction that could hold it has ended. A transaction can take the id a moment
// before it gets its transaction id, so the proof waits `settleMs` before taking the snapshot's xmax,
// then until the oldest running transaction (xmin) is at or past it.
// On SQLite writers are serialised, so a visible id means every lower id is committed or gone.

export interface GapWatch {
  /** The first missing id. */
  id: number;
  /** When it was first seen (ms). */
  seenAt: number;
  /** The snapshot's xmax once settleMs had passed; every transaction below it must end. */
  xmax: number | null;
}

export interface Snapshot {
  xmin: number;
  xmax: number;
}

export interface Prefix {
  /** How many of the rows (in id order) may be handed out. */
  take: number;
  /** The new cursor: every id up to it is handed out or proven absent. */
  last: number;
  gap: GapWatch | null;
}

export function safePrefix(
  last: number,
  ids: readonly number[],
  snapshot: Snapshot | null,
  gap: GapWatch | null,
  nowMs: number,
  settleMs: number,
): Prefix {
  let expected = last + 1;
  let take = 0;
  let watch = gap;
  for (const id of ids) {
    if (id < expected) {
      take++; // cannot happen with rows read as id > last in order; tolerate
      continue;
    }
    if (id === expected || snapshot === null) {
      take++;
      expected = id + 1;
      continue;
    }
    // ids [expected, id - 1] are missing
    if (!watch || watch.id !== expected) {
      watch = { id: expected, seenAt: nowMs, xmax: null };
      break;
    }
    if (watch.xmax === null) {
      if (nowMs - watch.seenAt >= settleMs) watch = { ...watch, xmax: snapshot.xmax };
      break;
    }
    if (snapshot.xmin < watch.xmax) break;
    // every transaction that could have written the missing ids has ended: they never will appear
    watch = null;
    take++;
    expected = id + 1;
  }
  if (watch && watch.id < expected) watch = null;
  return { take, last: expected - 1, gap: watch };
}
