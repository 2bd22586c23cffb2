// The block catalogue as the server exposes it (`blockCatalogue`: schema's registry as JSON), kept in a
// small context for the palette, the canvas and the settings forms. Web holds no second list of blocks.
import type {
  BlockCatalogueEntry,
  BlockCategory,
  JsonObject,
  Ports,
  UiHint,
  Widget,
} from '@couponflow/schema';
import { createContext, useContext, type ReactNode } from 'react';

/** A catalogue entry; the code is any string (a newer server may know blocks this build does not). */
export type CatalogueEntry = Omit<BlockCatalogueEntry, 'code'> & { code: string };

export interface Catalogue {
  entries: readonly CatalogueEntry[];
  byCode: ReadonlyMap<string, CatalogueEntry>;
}

export const categories: readonly { value: BlockCategory; label: string }[] = [
  { value: 'trigger', label: 'Triggers' },
  { value: 'condition', label: 'Conditions' },
  { value: 'logic', label: 'Logic' },
  { value: 'split', label: 'Split' },
  { value: 'action', label: 'Actions' },
];

const categorySet = new Set<string>(categories.map((c) => c.value));
const inputKinds = new Set<string>(['none', 'flow', 'operands', 'operand']);
const widgets = new Set<string>([
  'select',
  'number',
  'money',
  'text',
  'tags',
  'date',
  'weekdays',
  'hours',
  'eventType',
  'template',
  'audience',
  'boolean',
  'path',
  'operator',
  'value',
  'window',
  'filter',
  'arms',
  'json',
] satisfies Widget[]);

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parsePorts(v: unknown): Ports | undefined {
  if (!isRecord(v) || typeof v.inputs !== 'string' || !inputKinds.has(v.inputs)) return undefined;
  const outputs = v.outputs;
  if (outputs !== 'arms' && !(Array.isArray(outputs) && outputs.every((o) => typeof o === 'string')))
    return undefined;
  return { inputs: v.inputs as Ports['inputs'], outputs: outputs as Ports['outputs'] };
}

function parseUi(v: unknown): Record<string, UiHint> | undefined {
  if (!isRecord(v)) return undefined;
  const ui: Record<string, UiHint> = {};
  for (const [arg, hint] of Object.entries(v)) {
    if (!isRecord(hint) || typeof hint.label !== 'string') return undefined;
    const widget = typeof hint.widget === 'string' && widgets.has(hint.widget) ? hint.widget : 'json';
    ui[arg] = {
      label: hint.label,
      widget: widget as Widget,
      ...(typeof hint.help === 'string' && { help: hint.help }),
    };
  }
  return ui;
}

/** Parses one entry of the server's catalogue (its `entry` JSON); undefined when it is malformed. */
export function parseCatalogueEntry(v: unknown): CatalogueEntry | undefined {
  if (!isRecord(v)) return undefined;
  const { code, category, label, description, scope, args } = v;
  const ports = parsePorts(v.ports);
  const ui = parseUi(v.ui);
  if (
    typeof code !== 'string' ||
    typeof category !== 'string' ||
    !categorySet.has(category) ||
    typeof label !== 'string' ||
    !ports ||
    !ui ||
    !isRecord(args)
  )
    return undefined;
  return {
    code,
    category: category as BlockCategory,
    label,
    description: typeof description === 'string' ? description : '',
    ...((scope === 'user' || scope === 'event') && { scope }),
    ports,
    args,
    ui,
  };
}

export function makeCatalogue(entries: readonly CatalogueEntry[]): Catalogue {
  return { entries, byCode: new Map(entries.map((e) => [e.code, e])) };
}

const CatalogueContext = createContext<Catalogue | null>(null);

export function CatalogueProvider({ catalogue, children }: { catalogue: Catalogue; children: ReactNode }) {
  return <CatalogueContext.Provider value={catalogue}>{children}</CatalogueContext.Provider>;
}

export function useCatalogue(): Catalogue {
  const catalogue = useContext(CatalogueContext);
  if (!catalogue) throw new Error('useCatalogue must be used inside a CatalogueProvider');
  return catalogue;
}

/** Args a new node of this block starts with: defaults a growth manager would pick (by widget). */
export function initialArgs(entry: CatalogueEntry): JsonObject {
  const args: JsonObject = {};
  for (const [name, hint] of Object.entries(entry.ui)) {
    if (hint.widget === 'arms')
      args[name] = [
        { id: 'treatment', label: 'Treatment', percent: 90 },
        { id: 'control', label: 'Control', percent: 10, control: true },
      ];
  }
  return args;
}
