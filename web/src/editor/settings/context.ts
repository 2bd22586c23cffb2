// What a field needs to know beyond its own value: the node and its other args (an operator types its
// value; an aggregate's event type scopes its property paths) and the rule's trigger event type.
import type { JsonObject, JsonValue } from '@couponflow/schema';
import type { CatalogueEntry } from '../model/catalogue';
import type { JsonSchema } from './jsonSchema';

export interface FieldContext {
  nodeId: string;
  entry: CatalogueEntry;
  /** The args object the field belongs to (the node's args, or a nested object such as a filter). */
  args: JsonObject;
  /** The event type of the rule's trigger (for paths into the triggering event's properties). */
  triggerEventType: string | undefined;
}

export interface WidgetProps {
  /** DOM id of the field's first control (its label points at it). */
  id: string;
  label: string;
  description?: string;
  required: boolean;
  error?: string;
  value: JsonValue | undefined;
  onChange: (value: JsonValue | undefined) => void;
  schema: JsonSchema;
  ctx: FieldContext;
  disabled: boolean;
}

/** Where a `path` field points: the properties of an event type, or the user's attributes. */
export type PathSource = { kind: 'event'; eventType: string | undefined } | { kind: 'user' };

export function pathSource(ctx: FieldContext): PathSource {
  const own = ctx.args.eventType;
  if (typeof own === 'string' && own !== '') return { kind: 'event', eventType: own };
  if (Object.values(ctx.entry.ui).some((h) => h.widget === 'eventType'))
    return { kind: 'event', eventType: undefined };
  if (ctx.entry.scope === 'user') return { kind: 'user' };
  return { kind: 'event', eventType: ctx.triggerEventType };
}

/** The value of the args' path field (the property or attribute a comparison reads). */
export function comparedPath(ctx: FieldContext): string | undefined {
  for (const [name, hint] of Object.entries(ctx.entry.ui)) {
    if (hint.widget !== 'path') continue;
    const v = ctx.args[name];
    if (typeof v === 'string') return v;
  }
  const nested = ctx.args.property;
  return typeof nested === 'string' ? nested : undefined;
}
