import { BigIntType, EntitySchema, type EntityProperty, type Platform } from '@mikro-orm/core';
import { epoch, text } from '../db/columns';

export type RuleStatus = 'DRAFT' | 'ACTIVE' | 'PAUSED';
export type RuleMode = 'EXPERIMENT' | 'AUTOMATED';

/** A rule: an editable draft graph plus the published version the engine runs (when ACTIVE). */
export class Rule {
  id!: string;
  name!: string;
  description?: string | null;
  status!: RuleStatus;
  mode!: RuleMode;
  draft!: unknown;
  /** The version the engine runs (null until first published). */
  activeVersion?: number | null;
  latestVersion!: number;
  createdAt!: number;
  updatedAt!: number;
}

export const RuleSchema = new EntitySchema<Rule>({
  class: Rule,
  tableName: 'rule',
  properties: {
    id: { type: 'string', length: 48, primary: true },
    name: text(200),
    description: text(2000, true),
    status: text(16),
    mode: text(16),
    draft: { type: 'json' },
    activeVersion: { type: 'integer', nullable: true },
    latestVersion: { type: 'integer', default: 0 },
    createdAt: epoch(),
    updatedAt: epoch(),
  },
  indexes: [{ properties: ['status'] }],
});

/** A published version: immutable. */
export class RuleVersion {
  ruleId!: string;
  version!: number;
  graph!: unknown;
  trigger!: string;
  mode!: RuleMode;
  publishedBy?: string | null;
  publishedAt!: number;
  /** What the publisher wrote about this version. */
  note?: string | null;
}

export const RuleVersionSchema = new EntitySchema<RuleVersion>({
  class: RuleVersion,
  tableName: 'rule_version',
  properties: {
    ruleId: { type: 'string', length: 48, primary: true },
    version: { type: 'integer', primary: true },
    graph: { type: 'json' },
    trigger: text(64),
    mode: text(16),
    publishedBy: text(128, true),
    publishedAt: epoch(),
    note: text(2000, true),
  },
});

/** One row, bumped by every publish, pause, resume and rollback: instances poll it to hot-swap. */
export class RuleRevision {
  id!: number;
  revision!: number;
  updatedAt!: number;
}

export const RuleRevisionSchema = new EntitySchema<RuleRevision>({
  class: RuleRevision,
  tableName: 'rule_revision',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: false },
    revision: { type: 'integer', default: 0 },
    updatedAt: epoch(),
  },
});

/**
 * A rule's decision for one event that reached an action or a split: the trace and what it did. The
 * firing is kept for ever (frequency limits, experiments); its trace is emptied (`[]`) after
 * RULE_TRACE_RETENTION_DAYS.
 */
export class RuleFiring {
  ruleId!: string;
  eventId!: string;
  version!: number;
  userId!: string;
  arm?: string | null;
  control!: boolean;
  /** Actions decided (performed, or only recorded for a control arm). */
  acted!: boolean;
  actions!: unknown;
  results!: unknown;
  trace!: unknown;
  firedAt!: number;
  createdAt!: number;
}

export const RuleFiringSchema = new EntitySchema<RuleFiring>({
  class: RuleFiring,
  tableName: 'rule_firing',
  properties: {
    ruleId: { type: 'string', length: 48, primary: true },
    eventId: { type: 'string', length: 128, primary: true },
    version: { type: 'integer' },
    userId: text(128),
    arm: text(64, true),
    control: { type: 'boolean', default: false },
    acted: { type: 'boolean', default: false },
    actions: { type: 'json' },
    results: { type: 'json' },
    trace: { type: 'json' },
    firedAt: epoch(),
    createdAt: epoch(),
  },
  // The partial index holds the firings whose trace retention has not emptied yet (RULE_TRACE_RETENTION_DAYS):
  // the purge finds the oldest of them without scanning the kept firings again.
  indexes: [
    { properties: ['ruleId', 'userId', 'firedAt'] },
    {
      name: 'rule_firing_traced_index',
      expression: `create index "rule_firing_traced_index" on "rule_firing" ("fired_at") where "trace" <> '[]'`,
    },
  ],
});

/** A user's first exposure to a rule's split (treatment and control alike). */
export class RuleExposure {
  ruleId!: string;
  userId!: string;
  version!: number;
  arm!: string;
  control!: boolean;
  eventId!: string;
  exposedAt!: number;
}

export const RuleExposureSchema = new EntitySchema<RuleExposure>({
  class: RuleExposure,
  tableName: 'rule_exposure',
  properties: {
    ruleId: { type: 'string', length: 48, primary: true },
    userId: { type: 'string', length: 128, primary: true },
    version: { type: 'integer' },
    arm: text(64),
    control: { type: 'boolean', default: false },
    eventId: text(128),
    exposedAt: epoch(),
  },
  // Covering for an experiment's exposure counts per arm (metrics/metrics.sql.ts, exposureSpan), and
  // for its sums, which read a rule's exposures in user order without the table (armSums).
  indexes: [
    { properties: ['ruleId', 'arm', 'control', 'exposedAt'] },
    { name: 'rule_exposure_user_covering_index', properties: ['ruleId', 'userId', 'arm', 'exposedAt'] },
  ],
});

/** How many evaluations reached (ran) and passed each node of a rule version. */
export class RuleNodeCount {
  ruleId!: string;
  version!: number;
  nodeId!: string;
  ran!: number;
  passed!: number;
}

export const RuleNodeCountSchema = new EntitySchema<RuleNodeCount>({
  class: RuleNodeCount,
  tableName: 'rule_node_count',
  properties: {
    ruleId: { type: 'string', length: 48, primary: true },
    version: { type: 'integer', primary: true },
    nodeId: { type: 'string', length: 64, primary: true },
    ran: { type: 'integer', default: 0 },
    passed: { type: 'integer', default: 0 },
  },
});

/**
 * One HyperLogLog sketch of distinct users per rule version, node and port (the handle a user left
 * the node by, for every handle that has an edge; the trigger's users are per trigger group): its id
 * keys the sketch's register rows.
 */
export class RuleNodeSketch {
  id!: number;
  ruleId!: string;
  version!: number;
  nodeId!: string;
  port!: string;
}

export const RuleNodeSketchSchema = new EntitySchema<RuleNodeSketch>({
  class: RuleNodeSketch,
  tableName: 'rule_node_sketch',
  properties: {
    id: { type: 'integer', primary: true },
    ruleId: text(48),
    version: { type: 'integer' },
    nodeId: text(64),
    port: text(64),
  },
  uniques: [{ properties: ['ruleId', 'version', 'nodeId', 'port'] }],
});

/**
 * A 64-bit key read as a number: bigint on PostgreSQL; on SQLite `integer`, so that the key is the
 * table's rowid (one B-tree, no separate primary-key index).
 */
class Int64KeyType extends BigIntType<'number'> {
  constructor() {
    super('number');
  }
  override getColumnType(prop: EntityProperty, platform: Platform): string {
    return /sqlite/i.test(platform.constructor.name)
      ? platform.getIntegerTypeDeclarationSQL(prop)
      : super.getColumnType(prop, platform);
  }
}

/**
 * One HyperLogLog register of a sketch (a node sketch or a trigger group) for one UTC day:
 * key = (sketch number × 2^16 + day) × m + register (see rules/node-users.ts), rho its value.
 * Upserts keep the maximum.
 */
export class RuleNodeRegister {
  key!: number;
  rho!: number;
}

export const RuleNodeRegisterSchema = new EntitySchema<RuleNodeRegister>({
  class: RuleNodeRegister,
  tableName: 'rule_node_register',
  properties: {
    key: { type: new Int64KeyType(), primary: true, autoincrement: false },
    rho: { type: 'smallint' },
  },
});

/** Per rule and calendar day (the deployment's TIME_ZONE, by processing time): actions performed and the latest firing. */
export class RuleDayStat {
  ruleId!: string;
  /** Days since 1970-01-01 of the local calendar date. */
  day!: number;
  actions!: number;
  lastFiredAt?: number | null;
}

export const RuleDayStatSchema = new EntitySchema<RuleDayStat>({
  class: RuleDayStat,
  tableName: 'rule_day_stat',
  properties: {
    ruleId: { type: 'string', length: 48, primary: true },
    day: { type: 'integer', primary: true },
    actions: { type: 'integer', default: 0 },
    lastFiredAt: { type: new BigIntType('number'), nullable: true },
  },
});

/**
 * The rules live together for one trigger event type (one engine load): the users of their common
 * trigger are counted once per event in the group's sketch, not once per rule.
 */
export class RuleTriggerGroup {
  id!: number;
  eventType!: string;
  /** SHA-1 of the event type and the sorted `ruleId:version` members. */
  key!: string;
  createdAt!: number;
}

export const RuleTriggerGroupSchema = new EntitySchema<RuleTriggerGroup>({
  class: RuleTriggerGroup,
  tableName: 'rule_trigger_group',
  properties: {
    id: { type: 'integer', primary: true },
    eventType: text(64),
    key: { type: 'string', length: 40, unique: true },
    createdAt: epoch(),
  },
});

/** A rule version in a trigger group. */
export class RuleTriggerMember {
  ruleId!: string;
  version!: number;
  groupId!: number;
}

export const RuleTriggerMemberSchema = new EntitySchema<RuleTriggerMember>({
  class: RuleTriggerMember,
  tableName: 'rule_trigger_member',
  properties: {
    ruleId: { type: 'string', length: 48, primary: true },
    version: { type: 'integer', primary: true },
    groupId: { type: 'integer', primary: true },
  },
});
