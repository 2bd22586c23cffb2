// "Load more" over a list the server pages with a cursor: the first page comes from the screen's own
// query; each further page is asked for with the cursor of the last item shown, and appended. The
// extra pages are dropped when the first page changes (a new user, a refresh).
import { useCallback, useEffect, useState } from 'react';

export interface LoadMore<T> {
  items: readonly T[];
  /** The last page was full: there may be more. */
  hasMore: boolean;
  loading: boolean;
  error: string | null;
  loadMore(): void;
}

/** `firstPage` must keep its identity while it is the same page (a query's data, not a new array). */
export function useLoadMore<T>(
  firstPage: readonly T[],
  pageSize: number,
  fetchAfter: (last: T) => Promise<readonly T[]>,
): LoadMore<T> {
  const [more, setMore] = useState<{ of: readonly T[]; items: T[]; lastSize: number }>({
    of: firstPage,
    items: [],
    lastSize: firstPage.length,
  });
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A new first page starts over.
  const current = more.of === firstPage ? more : { of: firstPage, items: [], lastSize: firstPage.length };
  useEffect(() => {
    if (more.of !== firstPage) {
      setMore({ of: firstPage, items: [], lastSize: firstPage.length });
      setError(null);
    }
  }, [firstPage, more.of]);
  const items = current.items.length ? [...firstPage, ...current.items] : firstPage;
  const last = items[items.length - 1];
  const loadMore = useCallback(() => {
    if (last === undefined || loading) return;
    setLoading(true);
    setError(null);
    fetchAfter(last)
      .then((page) =>
        setMore((m) =>
          m.of === firstPage ? { of: firstPage, items: [...m.items, ...page], lastSize: page.length } : m,
        ),
      )
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setLoading(false));
  }, [last, loading, fetchAfter, firstPage]);
  return { items, hasMore: current.lastSize >= pageSize, loading, error, loadMore };
}
