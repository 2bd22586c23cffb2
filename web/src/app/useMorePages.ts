// The pages after the first of a cursor connection, appended as the user asks for them ("Load more",
// or a windowed table reaching its last rows): each is asked for with the opaque `endCursor` of the
// page before it. The first page comes from the screen's own query; a new first page (a filter
// changed, a refresh) drops the pages after it.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface ConnectionPage<T> {
  nodes: readonly T[];
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
}

export interface MorePages<T> {
  items: readonly T[];
  hasMore: boolean;
  loading: boolean;
  error: string | null;
  /** Asks for the next page (nothing while one is on its way or none follows). */
  loadMore(): void;
}

/** `first` must keep its identity while it is the same page (a query's data, not a new object). */
export function useMorePages<T>(
  first: ConnectionPage<T> | null | undefined,
  fetchAfter: (endCursor: string) => Promise<ConnectionPage<T>>,
): MorePages<T> {
  const [more, setMore] = useState<{ of: ConnectionPage<T> | null | undefined; pages: ConnectionPage<T>[] }>({
    of: first,
    pages: [],
  });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inFlight = useRef(false);
  const pages = more.of === first ? more.pages : [];
  useEffect(() => {
    if (more.of !== first) {
      setMore({ of: first, pages: [] });
      setError(null);
    }
  }, [first, more.of]);
  const last = pages[pages.length - 1] ?? first;
  const items = pages.length
    ? [...(first?.nodes ?? []), ...pages.flatMap((p) => p.nodes)]
    : (first?.nodes ?? []);
  const cursor = last?.pageInfo.hasNextPage ? last.pageInfo.endCursor : null;
  const loadMore = useCallback(() => {
    if (!cursor || inFlight.current) return;
    inFlight.current = true;
    setLoading(true);
    setError(null);
    fetchAfter(cursor)
      .then((page) => setMore((m) => (m.of === first ? { of: first, pages: [...m.pages, page] } : m)))
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => {
        inFlight.current = false;
        setLoading(false);
      });
  }, [cursor, fetchAfter, first]);
  return { items, hasMore: Boolean(cursor), loading, error, loadMore };
}
