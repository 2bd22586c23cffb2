// Names (campaigns, templates, rules, audiences, API keys): every input field marked @Name() is trimmed
// before validation (graphql/schema.ts, validateArg) and must then be 1-200 characters, so a name of
// spaces only is refused with BAD_USER_INPUT on that field, in one place for every feature.
import { ValidateBy, type ValidationOptions } from 'class-validator';

const NAME_FIELDS = new WeakMap<object, Set<string>>();
export const NAME_MAX = 200;

/** Marks a String input field as a name: trimmed, then required non-blank and at most 200 characters. */
export function Name(options?: ValidationOptions): PropertyDecorator {
  const validate = ValidateBy(
    {
      name: 'isName',
      validator: {
        validate: (v: unknown) => typeof v === 'string' && v.trim().length > 0 && v.length <= NAME_MAX,
        defaultMessage: () => `must be 1-${NAME_MAX} characters and not blank`,
      },
    },
    options,
  );
  return (target: object, property: string | symbol) => {
    let fields = NAME_FIELDS.get(target);
    if (!fields) NAME_FIELDS.set(target, (fields = new Set()));
    fields.add(String(property));
    validate(target, property);
  };
}

/** Trims the @Name() fields of an input object and of the input objects nested in it, in place. */
export function trimNames(value: unknown, seen = new Set<object>()): void {
  if (value == null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) trimNames(item, seen);
    return;
  }
  const proto = Object.getPrototypeOf(value) as object | null;
  if (proto === null || proto === Object.prototype) return; // JSON, not an input class
  const fields = NAME_FIELDS.get(proto);
  const record = value as Record<string, unknown>;
  // own enumerable keys, as Object.entries gives them, without an array per key
  for (const k in record) {
    if (!Object.hasOwn(record, k)) continue;
    const v = record[k];
    if (fields?.has(k) && typeof v === 'string') record[k] = v.trim();
    else if (v !== null && typeof v === 'object') trimNames(v, seen);
  }
}
