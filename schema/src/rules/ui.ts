// How the editor renders a block's args: one widget and label per arg. Apart from block.ts so that the
// shared arg pieces (compare.ts) can declare their hints without importing block definitions.

/** The editor widget that renders an arg. */
export type Widget =
  | 'select'
  | 'number'
  | 'money'
  | 'text'
  | 'tags'
  | 'date'
  | 'weekdays'
  | 'hours'
  | 'eventType'
  | 'template'
  | 'audience'
  | 'boolean'
  | 'path'
  | 'operator'
  | 'value'
  | 'window'
  | 'filter'
  | 'arms'
  | 'json';

export interface UiHint {
  label: string;
  widget: Widget;
  help?: string;
}

/** One UI hint per arg (every arg has one, so forms can be rendered generically). */
export type UiHints<Args> = { [K in keyof Args]-?: UiHint };
