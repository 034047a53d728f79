/**
 * The screens and their hash routes (`#/import`, `#/products/22728`): hash routing needs no
 * server fallback, so the dashboard stays plain static files.
 * @module
 */
import { useEffect, useState } from 'react'

/** The screens, in navigation order. */
export const SCREENS = [
  { id: 'overview', label: 'Overview' },
  { id: 'import', label: 'Import' },
  { id: 'products', label: 'Products' },
  { id: 'config', label: 'Configuration' },
  { id: 'preview', label: 'Preview' },
  { id: 'experiments', label: 'Experiments' },
  { id: 'analytics', label: 'Analytics' },
] as const

/** One screen id. */
export type ScreenId = (typeof SCREENS)[number]['id']

/** The current screen and the rest of the path (`['22728']` for `#/products/22728`). */
export interface Route {
  screen: ScreenId
  params: string[]
}

/** Parses a location hash; anything unknown is the overview. */
export function parseHash(hash: string): Route {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((p) => p !== '')
    .map((p) => {
      try {
        return decodeURIComponent(p)
      } catch {
        return p
      }
    })
  const screen = SCREENS.find((s) => s.id === parts[0])?.id ?? 'overview'
  return { screen, params: screen === parts[0] ? parts.slice(1) : [] }
}

/** The hash of a screen with its parameters, each encoded. */
export function hashOf(screen: ScreenId, ...params: string[]): string {
  return `#/${[screen, ...params].map(encodeURIComponent).join('/')}`
}

/** The current route, following the location hash. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash))
  useEffect(() => {
    const follow = () => setRoute(parseHash(location.hash))
    window.addEventListener('hashchange', follow)
    return () => window.removeEventListener('hashchange', follow)
  }, [])
  return route
}
