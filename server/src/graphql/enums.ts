// GraphQL enums made from the domain's own value lists. Each feature declares its enums beside its
// types (e.g. coupons/coupon.enums.ts) with this helper, so this folder knows no feature.
import { registerEnumType } from 'type-graphql';

/**
 * `{ A: 'A', B: 'B' }` from `['A', 'B']`, registered as the GraphQL enum `name`. With `key`, the
 * GraphQL names differ from the values (`events:read` is `EVENTS_READ`).
 */
export function graphqlEnum<T extends string>(
  values: readonly T[],
  name: string,
  description?: string,
): { [K in T]: K };
export function graphqlEnum<T extends string>(
  values: readonly T[],
  name: string,
  description: string | undefined,
  key: (value: T) => string,
): Record<string, T>;
export function graphqlEnum<T extends string>(
  values: readonly T[],
  name: string,
  description?: string,
  key: (value: T) => string = (v) => v,
): Record<string, T> {
  const enumObject = Object.fromEntries(values.map((v) => [key(v), v])) as Record<string, T>;
  registerEnumType(enumObject, description === undefined ? { name } : { name, description });
  return enumObject;
}
