// List filters and paging kept in the URL (?q=…&page=2), so reloads and shared links keep the view.
import { useSearchParams } from 'react-router'

const DEFAULT_PAGE_SIZE = 20

export function usePagedFilters<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams()
  const filters = Object.fromEntries(keys.map((key) => [key, params.get(key) || undefined])) as Record<K, string | undefined>
  return {
    filters,
    page: Number(params.get('page')) || 1,
    pageSize: Number(params.get('pageSize')) || DEFAULT_PAGE_SIZE,
    /** Changing filters goes back to the first page (one call per change: updates in one tick do not merge). */
    setFilters(patch: Partial<Record<K, string | undefined>>) {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous)
          for (const [key, value] of Object.entries(patch) as [K, string | undefined][]) {
            if (value) next.set(key, value)
            else next.delete(key)
          }
          next.delete('page')
          return next
        },
        { replace: true },
      )
    },
    setPage(page: number, pageSize: number) {
      setParams((previous) => {
        const next = new URLSearchParams(previous)
        next.set('page', String(page))
        next.set('pageSize', String(pageSize))
        return next
      })
    },
  }
}
