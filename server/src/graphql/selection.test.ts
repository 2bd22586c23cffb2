import { type GraphQLResolveInfo, buildSchema, graphql } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldsSelectedOn, type Selected } from './selection';

const schema = buildSchema(`
  interface Node { id: ID! }
  type Coupon implements Node { id: ID! code: String! issuedAt: Int! template: Template! }
  type Template implements Node { id: ID! name: String! }
  type Item { coupon: Coupon! note: String }
  type Best { coupons: [Coupon!]! }
  union Thing = Coupon | Template
  type Quote { items: [Item!]! best: Best things: [Thing!]! node: Node }
  type Query { quote: Quote! }
`);

/** What `fieldsSelectedOn(info, 'Coupon')` answers inside `quote` for this document, and its second answer. */
async function selected(query: string): Promise<[Selected, Selected]> {
  let first: Selected | undefined;
  let info!: GraphQLResolveInfo;
  const r = await graphql({
    schema,
    source: query,
    rootValue: {
      quote: (_args: unknown, _ctx: unknown, i: GraphQLResolveInfo) => {
        info = i;
        first = fieldsSelectedOn(i, 'Coupon');
        return { items: [], things: [], best: null, node: null };
      },
    },
  });
  expect(r.errors).toBeUndefined();
  return [first!, fieldsSelectedOn(info, 'Coupon')];
}

const sorted = (s: Selected) => (s ? [...s].sort() : s);

describe('fieldsSelectedOn', () => {
  it('collects a type’s fields at every depth, aliases as their field', async () => {
    const [s] = await selected(
      `{ quote { items { note coupon { couponId: id code } } best { coupons { issuedAt } } } }`,
    );
    expect(sorted(s)).toEqual(['code', 'id', 'issuedAt']);
  });

  it('follows named and inline fragments, on the type itself or an interface it implements', async () => {
    const [s] = await selected(`
      query { quote { items { coupon { ...C ... on Node { id } ... on Coupon { template { name } } } } } }
      fragment C on Coupon { code __typename }
    `);
    expect(sorted(s)).toEqual(['__typename', 'code', 'id', 'template']);
  });

  it('skips fragments whose type condition cannot match, and fields of other types', async () => {
    const [s] = await selected(
      `{ quote { items { coupon { code template { id name ... on Node { id } } } } } }`,
    );
    expect(sorted(s)).toEqual(['code', 'template']);
  });

  it('is unknown (null) when a path crosses an interface or a union', async () => {
    expect((await selected(`{ quote { things { ... on Coupon { code } } } }`))[0]).toBeNull();
    expect((await selected(`{ quote { node { id } items { coupon { code } } } }`))[0]).toBeNull();
  });

  it('answers a repeated call from the document (the same set)', async () => {
    const [a, b] = await selected(`{ quote { items { coupon { id } } } }`);
    expect(b).toBe(a);
  });

  it('is empty when the type is not selected at all', async () => {
    expect(sorted((await selected(`{ quote { items { note } } }`))[0])).toEqual([]);
  });
});
