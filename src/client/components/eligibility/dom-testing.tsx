// Helpers of the jsdom tests of the eligibility, history and registry screens: a real React root with
// the app's providers (antd in Vietnamese, TanStack Query, a memory router), a stubbed server, and
// waiting for what the user would see.
import { afterEach, beforeEach, vi } from 'vitest'
import type { ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { flushSync } from 'react-dom'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { App as AntApp, ConfigProvider } from 'antd'
import viVN from 'antd/locale/vi_VN'

export const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

/** jsdom lacks matchMedia (antd's breakpoints), ResizeObserver (tables, text areas) and pseudo-element styles; `wide` makes every min-width query match. */
export function setUpDom(options: { wide: () => boolean }) {
  let root: Root
  beforeEach(() => {
    globalThis.ResizeObserver ??= class {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
    const computedStyle = window.getComputedStyle.bind(window)
    window.getComputedStyle = (element: Element) => computedStyle(element)
    window.matchMedia = ((query: string) => ({
      matches: options.wide() && query.includes('min-width'),
      media: query,
      onchange: null,
      addListener() {},
      removeListener() {},
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent: () => false,
    })) as typeof window.matchMedia
    const container = document.createElement('div')
    document.body.append(container)
    root = createRoot(container)
  })
  afterEach(() => {
    root.unmount()
    document.body.innerHTML = ''
    vi.unstubAllGlobals()
  })
  return {
    /** Renders `element` at `url` (a route matching every path) inside the app's providers. */
    render(element: ReactNode, url = '/') {
      const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
      const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [url] })
      flushSync(() =>
        root.render(
          <ConfigProvider locale={viVN}>
            <AntApp>
              <QueryClientProvider client={queryClient}>
                <RouterProvider router={router} />
              </QueryClientProvider>
            </AntApp>
          </ConfigProvider>,
        ),
      )
      return router
    },
  }
}

/** GETs answered from `reads` by path prefix (longest first), writes by `write`; every call is recorded. */
export function stubServer(reads: Record<string, unknown>, write: (url: string, init: RequestInit) => Response = () => json(500, {})) {
  const prefixes = Object.keys(reads).sort((a, b) => b.length - a.length)
  const fetchMock = vi.fn(async (url: string, init: RequestInit = {}) => {
    if (init.method && init.method !== 'GET') return write(url, init)
    const prefix = prefixes.find((p) => url.startsWith(p))
    return prefix ? json(200, reads[prefix]) : json(404, { error: { code: 'NOT_FOUND', message: `Không tìm thấy ${url}` } })
  })
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

export async function waitFor<T>(find: () => T | null | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const found = find()
    if (found) return found
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`Không thấy: ${what}\n${document.body.textContent}`)
}

/** Types into an input the way React notices (its value setter, then an input event). */
export function typeInto(element: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(element, value)
  element.dispatchEvent(new Event('input', { bubbles: true }))
}
