// "Load more": pages are appended with the last item's cursor until a page comes back short, and a
// new first page (another user) starts over.
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useLoadMore } from './useLoadMore';

describe('useLoadMore', () => {
  it('appends pages after the last item until one is short, then starts over on a new first page', async () => {
    const fetchAfter = vi.fn(async (last: number) =>
      last < 6 ? [last + 1, last + 2, last + 3] : [last + 1],
    );
    const first = [1, 2, 3];
    const { result, rerender } = renderHook(({ page }) => useLoadMore(page, 3, fetchAfter), {
      initialProps: { page: first },
    });
    expect(result.current.items).toEqual([1, 2, 3]);
    expect(result.current.hasMore).toBe(true);
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.items).toEqual([1, 2, 3, 4, 5, 6]));
    expect(fetchAfter).toHaveBeenLastCalledWith(3);
    expect(result.current.hasMore).toBe(true);
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.items).toEqual([1, 2, 3, 4, 5, 6, 7]));
    expect(fetchAfter).toHaveBeenLastCalledWith(6);
    expect(result.current.hasMore).toBe(false);

    rerender({ page: [10] });
    expect(result.current.items).toEqual([10]);
    expect(result.current.hasMore).toBe(false);
  });

  it('reports a failed page and keeps what was shown', async () => {
    const first = [1, 2];
    const { result } = renderHook(() =>
      useLoadMore(first, 2, async () => {
        throw new Error('offline');
      }),
    );
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.error).toBe('offline'));
    expect(result.current.items).toEqual([1, 2]);
  });
});
