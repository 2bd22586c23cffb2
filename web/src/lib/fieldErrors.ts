// The API's BAD_USER_INPUT errors by the field they name (`extensions.field`), so a form shows each
// message beside its field; messages that name no known field are returned apart.
import type { CombinedError } from 'urql';

export interface FieldErrors {
  byField: Record<string, string>;
  other: string[];
}

/** `fields` maps API field names (e.g. `input.holdoutPercent`) to the form's own names. */
export function fieldErrorsOf(
  error: CombinedError | null | undefined,
  fields: Record<string, string> = {},
): FieldErrors {
  const out: FieldErrors = { byField: {}, other: [] };
  if (!error) return out;
  for (const e of error.graphQLErrors) {
    const field = typeof e.extensions?.field === 'string' ? e.extensions.field : undefined;
    const name = field
      ? (fields[field] ?? (Object.values(fields).includes(field) ? field : undefined))
      : undefined;
    // "field: message" reads twice beside the field: keep the message.
    const message =
      field && e.message.startsWith(`${field}: `) ? e.message.slice(field.length + 2) : e.message;
    if (name) out.byField[name] = message;
    else out.other.push(e.message);
  }
  if (error.networkError) out.other.push(`Network error: ${error.networkError.message}`);
  return out;
}
