// The shape of a block definition. A block is one file under blocks/ holding one typed definition:
// a code, a label, args declared once as a zod object (the TypeScript arg type is inferred from it),
// a UI hint per arg, its ports, and `compile(args, ctx)` returning a synchronous closure.
import type { z } from 'zod';
import type { AggregateQuery, AggregateSpec, Facts, FrequencyPeriod, UserFacts } from './facts';
import type { JsonValue } from './json';
import type { UiHints } from './ui';

export type BlockCategory = 'trigger' | 'condition' | 'logic' | 'split' | 'action';

export type { UiHint, UiHints, Widget } from './ui';

/**
 * Ports. Inputs: `none` (trigger), `flow` (runs when any incoming edge is active), `operands`
 * (logic all/any: every incoming edge is an operand), `operand` (logic not: exactly one).
 * Outputs: handle names, or `arms` for one handle per split arm id.
 */
export interface Ports {
  inputs: 'none' | 'flow' | 'operands' | 'operand';
  outputs: readonly string[] | 'arms';
}

/** Handles of conditions and logic nodes. */
export const YES = 'yes';
export const NO = 'no';
/** Handle of the trigger. */
export const OUT = 'out';

export const CONDITION_PORTS: Ports = { inputs: 'flow', outputs: [YES, NO] };
export const ACTION_PORTS: Ports = { inputs: 'flow', outputs: [] };

/** Values a node compared, for the decision trace ("why did this user get this coupon, or not?"). */
export type Seen = Record<string, JsonValue>;

/** A value read from facts, as recorded in a trace (missing becomes null). */
export const seenValue = (value: unknown): JsonValue => (value === undefined ? null : (value as JsonValue));

/** A compiled condition. When `seen` is given it records the values it compared. */
export type Test<F> = (facts: F, seen?: Seen) => boolean;

/**
 * A compiled condition block, in two variants. `test` decides: it runs for every untraced evaluation,
 * so it does no trace work (a block may specialise it as far as it likes). `trace` decides the same
 * way and records in `seen` the values it compared, for the decision trace.
 */
export interface ConditionTest<F> {
  test: (facts: F) => boolean;
  trace: (facts: F, seen: Seen) => boolean;
}

/** Both variants from one closure that records into `seen` when it is given one (for cheap checks). */
export const traceable = <F>(test: Test<F>): ConditionTest<F> => ({ test, trace: test });

/** Where a condition reads from: `user` facts only (usable in audiences), or the event and rule too. */
export type ConditionScope = 'user' | 'event';
export type FactsOf<S extends ConditionScope> = S extends 'user' ? UserFacts : Facts;

export interface CompileContext {
  ruleId: string;
  version: number;
  /** IANA time zone of the deployment, for calendar conditions. */
  timeZone: string;
}

/** What a block tells the compiler it will read, so the server can prepare exactly those facts. */
export interface Needs {
  /** Registers an aggregate; returns the canonical spec to pass to `facts.aggregate`. */
  aggregate(query: AggregateQuery): AggregateSpec;
  audience(audienceId: string): void;
  firstTime(eventType: string): void;
  frequency(period: FrequencyPeriod): void;
  userAttribute(path: string): void;
  eventProperty(path: string): void;
}

export interface BlockContext extends CompileContext {
  needs: Needs;
}

interface BlockBase<C extends string, Cat extends BlockCategory, A extends z.ZodObject> {
  code: C;
  category: Cat;
  label: string;
  description: string;
  args: A;
  ui: UiHints<z.input<A>>;
  ports: Ports;
  /** Checks beyond the arg schema, reported with their own issue code (e.g. SPLIT_PERCENT_SUM). */
  check?(args: z.output<A>): { code: 'SPLIT_PERCENT_SUM'; message: string }[];
}

export interface TriggerDef<C extends string = string, A extends z.ZodObject = z.ZodObject> extends BlockBase<
  C,
  'trigger',
  A
> {
  compile(args: z.output<A>, ctx: BlockContext): { eventType: string; matches: Test<Facts> };
}

export interface ConditionDef<
  C extends string = string,
  A extends z.ZodObject = z.ZodObject,
  S extends ConditionScope = ConditionScope,
> extends BlockBase<C, 'condition', A> {
  scope: S;
  compile(args: z.output<A>, ctx: BlockContext): ConditionTest<FactsOf<S>>;
}

/** A logic node combines its operands: `active` of `total` incoming edges were active. */
export interface LogicDef<C extends string = string, A extends z.ZodObject = z.ZodObject> extends BlockBase<
  C,
  'logic',
  A
> {
  compile(args: z.output<A>, ctx: BlockContext): (active: number, total: number) => boolean;
}

export interface SplitArmInfo {
  id: string;
  control: boolean;
}

export interface SplitDef<C extends string = string, A extends z.ZodObject = z.ZodObject> extends BlockBase<
  C,
  'split',
  A
> {
  /** The arms in order; arm i is output handle `arms[i].id`. */
  arms(args: z.output<A>): SplitArmInfo[];
  /** Returns the index of the user's arm. */
  compile(args: z.output<A>, ctx: BlockContext): (facts: UserFacts) => number;
}

export interface ActionDef<C extends string = string, A extends z.ZodObject = z.ZodObject> extends BlockBase<
  C,
  'action',
  A
> {
  /** Returns the action's payload (the args the server acts on). */
  compile(args: z.output<A>, ctx: BlockContext): (facts: Facts) => z.output<A>;
}

export type BlockDef =
  | TriggerDef
  | ConditionDef<string, z.ZodObject, 'user'>
  | ConditionDef<string, z.ZodObject, 'event'>
  | LogicDef
  | SplitDef
  | ActionDef;

// Identity helpers that infer a block's literal code and arg types.
export const defineTrigger = <const C extends string, A extends z.ZodObject>(def: TriggerDef<C, A>) => def;
export const defineCondition = <const C extends string, A extends z.ZodObject, S extends ConditionScope>(
  def: ConditionDef<C, A, S>,
) => def;
export const defineLogic = <const C extends string, A extends z.ZodObject>(def: LogicDef<C, A>) => def;
export const defineSplit = <const C extends string, A extends z.ZodObject>(def: SplitDef<C, A>) => def;
export const defineAction = <const C extends string, A extends z.ZodObject>(def: ActionDef<C, A>) => def;
