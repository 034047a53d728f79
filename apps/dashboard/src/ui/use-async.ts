/**
 * `useAsync`: runs a load when it changes and keeps its state, ignoring answers that
 * arrive after the inputs moved on (a slow answer never overwrites a newer one).
 * @module
 */
import { useCallback, useEffect, useRef, useState } from 'react'

/** The state of one load. */
export type AsyncState<T> =
  | { status: 'loading'; data?: T }
  | { status: 'done'; data: T }
  | { status: 'failed'; error: unknown; data?: T }

/**
 * Loads `load()` now and whenever `load` changes (wrap it in `useCallback` with what it reads);
 * `reload` runs it again.
 */
export function useAsync<T>(load: () => Promise<T>): AsyncState<T> & { reload(): void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' })
  const generation = useRef(0)
  const run = useCallback(() => {
    const mine = ++generation.current
    setState((s) => ({ status: 'loading', data: s.data }))
    load().then(
      (data) => {
        if (mine === generation.current) setState({ status: 'done', data })
      },
      (error: unknown) => {
        if (mine === generation.current)
          setState((s) => ({ status: 'failed', error, data: s.data }))
      },
    )
  }, [load])
  useEffect(run, [run])
  return { ...state, reload: run }
}
