// The one registry of blocks, read by the palette (via `blockCatalogue`), the validator and the compiler.
// Adding a block = one file in blocks/ + one line here + a golden fixture.
import { z } from 'zod';
import type { BlockCategory, BlockDef, ConditionScope, Ports, UiHint } from './block';
import { addToAudience } from './blocks/addToAudience';
import { aggregate } from './blocks/aggregate';
import { audience } from './blocks/audience';
import { emitEvent } from './blocks/emitEvent';
import { eventProperty } from './blocks/eventProperty';
import { firstTime } from './blocks/firstTime';
import { frequencyCap } from './blocks/frequencyCap';
import { issueCoupon } from './blocks/issueCoupon';
import { logicAll } from './blocks/logicAll';
import { logicAny } from './blocks/logicAny';
import { logicNot } from './blocks/logicNot';
import { removeFromAudience } from './blocks/removeFromAudience';
import { splitPercent } from './blocks/splitPercent';
import { timeWindow } from './blocks/timeWindow';
import { triggerEvent } from './blocks/triggerEvent';
import { userAttribute } from './blocks/userAttribute';

export const blocks = {
  [triggerEvent.code]: triggerEvent,
  [eventProperty.code]: eventProperty,
  [userAttribute.code]: userAttribute,
  [audience.code]: audience,
  [aggregate.code]: aggregate,
  [firstTime.code]: firstTime,
  [timeWindow.code]: timeWindow,
  [frequencyCap.code]: frequencyCap,
  [logicAll.code]: logicAll,
  [logicAny.code]: logicAny,
  [logicNot.code]: logicNot,
  [splitPercent.code]: splitPercent,
  [issueCoupon.code]: issueCoupon,
  [addToAudience.code]: addToAudience,
  [removeFromAudience.code]: removeFromAudience,
  [emitEvent.code]: emitEvent,
} satisfies Record<string, BlockDef>;

type Blocks = typeof blocks;
export type BlockCode = keyof Blocks;
type CodesOf<Cat extends BlockCategory> = {
  [C in BlockCode]: Blocks[C]['category'] extends Cat ? C : never;
}[BlockCode];
export type TriggerCode = CodesOf<'trigger'>;
export type ConditionCode = CodesOf<'condition'>;
export type LogicCode = CodesOf<'logic'>;
export type ActionCode = CodesOf<'action'>;
/** The parsed (output) args of a block. */
export type BlockArgs<C extends BlockCode> = z.output<Blocks[C]['args']>;
/** The args as written in a document (defaults may be omitted). */
export type BlockArgsInput<C extends BlockCode> = z.input<Blocks[C]['args']>;

export const blockCodes = Object.keys(blocks) as BlockCode[];

export const isBlockCode = (code: string): code is BlockCode => Object.hasOwn(blocks, code);

/** The block of a code, widened to the general definition, or undefined for an unknown code. */
export function getBlock(code: string): BlockDef | undefined {
  return isBlockCode(code) ? blocks[code] : undefined;
}

/** Output handles of a node of block `def` with (parsed) `args`. */
export function outputHandles(def: BlockDef, args: Record<string, unknown>): readonly string[] {
  if (def.ports.outputs !== 'arms') return def.ports.outputs;
  return def.category === 'split' ? def.arms(args).map((arm) => arm.id) : [];
}

/** A block as JSON, for the API and for rendering forms generically. */
export interface BlockCatalogueEntry {
  code: BlockCode;
  category: BlockCategory;
  label: string;
  description: string;
  /** Conditions only: `user` conditions can also be used in dynamic audiences. */
  scope?: ConditionScope;
  ports: Ports;
  /** JSON Schema (draft 2020-12) of the args as written in a document. */
  args: Record<string, unknown>;
  ui: Record<string, UiHint>;
}

let catalogue: BlockCatalogueEntry[] | undefined;

export function blockCatalogue(): BlockCatalogueEntry[] {
  catalogue ??= blockCodes.map((code) => {
    const def: BlockDef = blocks[code];
    return {
      code,
      category: def.category,
      label: def.label,
      description: def.description,
      ...(def.category === 'condition' && { scope: def.scope }),
      ports: def.ports,
      args: z.toJSONSchema(def.args, { io: 'input' }) as Record<string, unknown>,
      ui: def.ui,
    };
  });
  return catalogue;
}
