// The block catalogue from the server (schema's registry as JSON), parsed at the boundary.
import { useMemo } from 'react';
import { type CombinedError, useQuery } from 'urql';
import { graphql } from '../../gql';
import { type Catalogue, type CatalogueEntry, makeCatalogue, parseCatalogueEntry } from './catalogue';

export const BlockCatalogueQuery = graphql(`
  query BlockCatalogue {
    blockCatalogue {
      code
      entry
    }
  }
`);

/** The catalogue (once loaded), whether it is loading, and the API's error. */
export function useBlockCatalogue(): {
  catalogue?: Catalogue;
  fetching: boolean;
  error?: CombinedError | Error;
} {
  const [{ data, fetching, error }] = useQuery({ query: BlockCatalogueQuery, requestPolicy: 'cache-first' });
  return useMemo(() => {
    if (!data) return { fetching, ...(error && { error }) };
    const entries: CatalogueEntry[] = [];
    const malformed: string[] = [];
    for (const item of data.blockCatalogue) {
      const entry = parseCatalogueEntry(item.entry);
      if (entry) entries.push(entry);
      else malformed.push(item.code);
    }
    if (malformed.length > 0)
      return {
        fetching,
        error: new Error(`The server sent blocks this console cannot read: ${malformed.join(', ')}`),
      };
    return { catalogue: makeCatalogue(entries), fetching };
  }, [data, fetching, error]);
}
