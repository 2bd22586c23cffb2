// The Relay `Node` interface: every entity a client cache keys carries a global `id`. Most ids are typed
// (a kind prefix and a time-ordered body, ids.ts), so a global id is the entity's own id: `node(id:)` finds the
// kind from the prefix, and a client may key its cache by `id` alone. Entities keyed by a name or an
// external id carry a prefixed one: `evt:` + an event type name, `usr:` + a user id, and a rule
// version the rule id, `@` and its number.
import { Field, ID, InterfaceType } from 'type-graphql';
import { ID_BODY_SOURCE } from '../ids';

/** The GraphQL type of each typed-id prefix `node(id:)` answers. */
export const NODE_TYPE_OF_PREFIX: Record<string, string> = {
  cmp: 'Campaign',
  tpl: 'CouponTemplate',
  cpn: 'Coupon',
  job: 'BulkIssueJob',
  rul: 'Rule',
  aud: 'Audience',
};

/** `rul_…@3`: a rule version's global id (the rule id and the version number). */
export const RULE_VERSION_NODE_RE = new RegExp(`^(rul_${ID_BODY_SOURCE})@([1-9][0-9]{0,8})$`);
export const EVENT_TYPE_NODE_PREFIX = 'evt:';
export const USER_PROFILE_NODE_PREFIX = 'usr:';

export function nodeTypeOf(id: string): string | undefined {
  if (RULE_VERSION_NODE_RE.test(id)) return 'RuleVersion';
  if (id.startsWith(EVENT_TYPE_NODE_PREFIX)) return 'EventType';
  if (id.startsWith(USER_PROFILE_NODE_PREFIX)) return 'UserProfile';
  return NODE_TYPE_OF_PREFIX[id.split('_', 1)[0]!];
}

@InterfaceType('Node', {
  description:
    'An object with a global id (Relay): the id is unique across types (`cpn_…`, `tpl_…`, `cmp_…`, `job_…`, `rul_…`, `aud_…`, `rul_…@2` for a rule version, `evt:order.paid` for an event type, `usr:` and the user id for a profile) and fetches the object again with `node(id:)`.',
  // Types whose id is computed from other fields (EventType, UserProfile) are returned by `node(id:)`
  // with their `__typename`.
  resolveType: (value: { id?: unknown; __typename?: string }) =>
    value.__typename ?? (typeof value.id === 'string' ? nodeTypeOf(value.id) : undefined),
})
export abstract class Node {
  @Field(() => ID, { description: 'The global id of this object.' })
  id!: string;
}
