// Collects what compiled blocks will read, so the server can prepare exactly those facts.
import type { Needs } from './block';
import { type AggregateSpec, aggregateSpec } from './facts';
import type { FrequencyPeriod } from './time';

/** The facts a compiled rule (or condition) reads; the server precomputes exactly these. */
export interface Requirements {
  aggregates: AggregateSpec[];
  audiences: string[];
  /** Event types asked of `facts.isFirst`. */
  firstTime: string[];
  /** Periods asked of `facts.firedCount` (empty: no frequency cap). */
  frequency: FrequencyPeriod[];
  /** Dot paths read from the user attributes. */
  userAttributes: string[];
  /** Dot paths read from the event properties. */
  eventProperties: string[];
}

export function collectNeeds(): { needs: Needs; requirements: () => Requirements } {
  const aggregates = new Map<string, AggregateSpec>();
  const audiences = new Set<string>();
  const firstTime = new Set<string>();
  const frequency = new Set<FrequencyPeriod>();
  const userAttributes = new Set<string>();
  const eventProperties = new Set<string>();
  return {
    needs: {
      aggregate(query) {
        const spec = aggregateSpec(query);
        const known = aggregates.get(spec.key);
        if (known) return known;
        aggregates.set(spec.key, spec);
        return spec;
      },
      audience: (id) => void audiences.add(id),
      firstTime: (eventType) => void firstTime.add(eventType),
      frequency: (period) => void frequency.add(period),
      userAttribute: (path) => void userAttributes.add(path),
      eventProperty: (path) => void eventProperties.add(path),
    },
    requirements: () => ({
      aggregates: [...aggregates.values()],
      audiences: [...audiences],
      firstTime: [...firstTime],
      frequency: [...frequency],
      userAttributes: [...userAttributes],
      eventProperties: [...eventProperties],
    }),
  };
}
