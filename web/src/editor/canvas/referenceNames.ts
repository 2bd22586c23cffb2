// Names of the coupon templates and audiences that blocks refer to by id, so the canvas says
// "Welcome 10 off" rather than an id. Best effort: an id without a known name is shown as it is.
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

export const ReferenceNamesQuery = graphql(`
  query EditorReferenceNames {
    templates(first: 100) {
      nodes {
        id
        name
      }
    }
    audiences {
      id
      name
    }
  }
`);

export function useReferenceNames(): ReadonlyMap<string, string> | undefined {
  const [{ data }] = useQuery({ query: ReferenceNamesQuery, requestPolicy: 'cache-and-network' });
  return useMemo(() => {
    if (!data) return undefined;
    const names = new Map<string, string>();
    for (const t of data.templates.nodes) names.set(t.id, t.name);
    for (const a of data.audiences) names.set(a.id, a.name);
    return names;
  }, [data]);
}
