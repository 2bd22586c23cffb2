import { z } from 'zod';
import { CONDITION_PORTS, defineCondition } from '../block';
import { isoDateTimeSchema, isoToEpochSeconds, localHour, localIso, localWeekday, zoneClock } from '../time';

export const timeWindow = defineCondition({
  code: 'condition.timeWindow',
  category: 'condition',
  scope: 'user',
  label: 'Time window',
  description:
    'Now is inside a date window [from, until), on one of the weekdays and inside the hours [from, to), ' +
    'in the deployment’s time zone. Hours wrap past midnight when from > to (22 to 6).',
  args: z.object({
    from: isoDateTimeSchema.optional(),
    until: isoDateTimeSchema.optional(),
    daysOfWeek: z.array(z.number().int().min(1).max(7)).min(1).max(7).optional(),
    hours: z
      .object({ from: z.number().int().min(0).max(23), to: z.number().int().min(1).max(24) })
      .refine((h) => h.from !== h.to, { message: 'hours.from and hours.to must differ' })
      .optional(),
  }),
  ui: {
    from: { label: 'From', widget: 'date', help: 'Inclusive; a date means midnight in the deployment zone' },
    until: { label: 'Until', widget: 'date', help: 'Exclusive' },
    daysOfWeek: { label: 'Days of week', widget: 'weekdays', help: '1 = Monday … 7 = Sunday' },
    hours: { label: 'Hours', widget: 'hours', help: 'from (0-23) inclusive to (1-24) exclusive' },
  },
  ports: CONDITION_PORTS,
  compile({ from, until, daysOfWeek, hours }, { timeZone }) {
    const clock = zoneClock(timeZone);
    const start = from === undefined ? -Infinity : isoToEpochSeconds(from, timeZone);
    const end = until === undefined ? Infinity : isoToEpochSeconds(until, timeZone);
    const dayOk = daysOfWeek && Array.from({ length: 8 }, (_, d) => daysOfWeek.includes(d));
    const hourOk =
      hours &&
      Array.from({ length: 24 }, (_, h) =>
        hours.from < hours.to ? h >= hours.from && h < hours.to : h >= hours.from || h < hours.to,
      );
    // Per evaluation only what depends on the instant: the zone offset is cached per hour (zoneClock),
    // weekday and hour are integer arithmetic on local seconds, and the allowed ones are table lookups.
    const inside = (now: number, local: number): boolean =>
      now >= start &&
      now < end &&
      (dayOk === undefined || dayOk[localWeekday(local)] === true) &&
      (hourOk === undefined || hourOk[localHour(local)] === true);
    return {
      test:
        dayOk === undefined && hourOk === undefined
          ? (facts) => facts.now >= start && facts.now < end
          : (facts) => inside(facts.now, clock(facts.now)),
      trace: (facts, seen) => {
        const local = clock(facts.now);
        seen.local = localIso(local);
        seen.weekday = localWeekday(local);
        seen.hour = localHour(local);
        return inside(facts.now, local);
      },
    };
  },
});
