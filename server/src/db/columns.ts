// Column helpers shared by the entity schemas: epoch seconds and money are 64-bit integers read as numbers.
import { BigIntType } from '@mikro-orm/core';

export const epoch = () => ({ type: new BigIntType('number') }) as const;
export const epochNullable = () => ({ type: new BigIntType('number'), nullable: true }) as const;
export const money64 = (defaultValue = 0) =>
  ({ type: new BigIntType('number'), default: defaultValue }) as const;
export const id = () => ({ type: 'string', primary: true, length: 48 }) as const;
export const ref = (nullable = false) => ({ type: 'string', length: 48, nullable }) as const;
export const text = (length: number, nullable = false) => ({ type: 'string', length, nullable }) as const;
