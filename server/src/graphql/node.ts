// The Relay `Node` interface: every entity a client cache keys carries a global `id`. Ids are typed
// (a kind prefix and a UUIDv7, ids.ts), so a global id is the entity's own id: `node(id:)` finds the
// kind from the prefix, and a client may key its cache by `id` alone.
import { Field, ID, InterfaceType } from 'type-graphql';

/** The GraphQL type of each id prefix `node(id:)` answers. */
export const NODE_TYPE_OF_PREFIX: Record<string, string> = {
  cmp: 'Campaign',
  tpl: 'CouponTemplate',
  cpn: 'Coupon',
  job: 'BulkIssueJob',
};

export const nodeTypeOf = (id: string): string | undefined => NODE_TYPE_OF_PREFIX[id.split('_', 1)[0]!];

@InterfaceType('Node', {
  description:
    'An object with a global id (Relay): the id is typed (`cpn_…`, `tpl_…`, `cmp_…`, `job_…`), unique across types, and fetches the object again with `node(id:)`.',
  resolveType: (value: { id: string }) => nodeTypeOf(value.id),
})
export abstract class Node {
  @Field(() => ID, { description: 'The global id of this object.' })
  id!: string;
}
