// Time helpers for rules: instants are epoch seconds (UTC); calendar notions (a day, a week, an hour of
// the day) use the deployment's IANA time zone. Luxon does the zone arithmetic.
import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';

/** An ISO date (`2025-06-01`, midnight in the deployment zone) or date-time (with or without offset). */
export const isoDateTimeSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })]);

export const frequencyPeriods = ['day', 'week', 'month', 'ever'] as const;
export type FrequencyPeriod = (typeof frequencyPeriods)[number];

export function isValidTimeZone(timeZone: string): boolean {
  return IANAZone.isValidZone(timeZone);
}

/** Epoch seconds of an ISO date or date-time; a date or a date-time without offset is read in `timeZone`. */
export function isoToEpochSeconds(iso: string, timeZone: string): number {
  const dt = DateTime.fromISO(iso, { zone: timeZone });
  if (!dt.isValid) throw new RangeError(`not an ISO date or date-time: ${iso}`);
  return Math.floor(dt.toSeconds());
}

/**
 * Start (epoch seconds) of the calendar period containing `now` in `timeZone`; weeks start on Monday.
 * `ever` starts at 0. The server counts a rule's firings for `firedCount` from here.
 */
export function frequencyPeriodStart(period: FrequencyPeriod, now: number, timeZone: string): number {
  if (period === 'ever') return 0;
  return Math.floor(DateTime.fromSeconds(now, { zone: timeZone }).startOf(period).toSeconds());
}

/**
 * Converts epoch seconds to "local seconds": the wall-clock time in `timeZone` counted as if it were UTC,
 * so that day, weekday and hour come out of plain integer arithmetic. The zone offset is computed with
 * luxon once per UTC hour and cached; an hour holding an offset change is computed exactly per call.
 */
export function zoneClock(timeZone: string): (epochSeconds: number) => number {
  const zone = IANAZone.create(timeZone);
  if (!zone.isValid) throw new RangeError(`unknown IANA time zone: ${timeZone}`);
  let cachedHour = Number.NaN;
  let cachedOffset = 0;
  return (t) => {
    const hour = Math.floor(t / 3600);
    if (hour !== cachedHour) {
      const first = zone.offset(hour * 3_600_000);
      const last = zone.offset((hour * 3600 + 3599) * 1000);
      if (first !== last) return t + zone.offset(t * 1000) * 60;
      cachedHour = hour;
      cachedOffset = first * 60;
    }
    return t + cachedOffset;
  };
}

/** ISO weekday (1 = Monday … 7 = Sunday) of local seconds. 1970-01-01 was a Thursday. */
export const localWeekday = (local: number): number => ((((Math.floor(local / 86400) + 3) % 7) + 7) % 7) + 1;

/** Hour of the day (0-23) of local seconds. */
export const localHour = (local: number): number => Math.floor((((local % 86400) + 86400) % 86400) / 3600);

/** `YYYY-MM-DDTHH:mm:ss` of local seconds. */
export const localIso = (local: number): string => new Date(local * 1000).toISOString().slice(0, 19);
