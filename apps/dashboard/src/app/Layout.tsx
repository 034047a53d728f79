import { type ReactNode, useEffect, useRef } from 'react'
import { useDashboard } from './dashboard-context.js'
import { hashOf, SCREENS, useRoute } from './routes.js'

/** Header, navigation and the main region; focus moves to the main heading on every screen change. */
export function Layout({ children, onSignOut }: { children: ReactNode; onSignOut(): void }) {
  const { summary } = useDashboard()
  const route = useRoute()
  const main = useRef<HTMLElement>(null)
  useEffect(() => {
    // Keyboard and screen-reader users land on the new screen's heading, not on the old link.
    main.current?.setAttribute('data-screen', route.screen)
    const heading = main.current?.querySelector('h1')
    if (heading) {
      heading.setAttribute('tabindex', '-1')
      heading.focus({ preventScroll: true })
    }
  }, [route.screen])

  return (
    <div className="shell">
      {/* A button, not href="#main": the hash is the route. */}
      <button
        type="button"
        className="skip"
        onClick={() => main.current?.querySelector<HTMLElement>('h1')?.focus()}
      >
        Skip to content
      </button>
      <header className="top">
        <span className="brand">upcross</span>
        <span className="store" title="the signed-in store">
          {summary.store.name} <code>{summary.store.id}</code>
        </span>
        <button type="button" className="link" onClick={onSignOut}>
          Sign out
        </button>
      </header>
      <nav aria-label="Screens" className="nav">
        <ul>
          {SCREENS.map((s) => (
            <li key={s.id}>
              <a href={hashOf(s.id)} aria-current={route.screen === s.id ? 'page' : undefined}>
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={main} className="main">
        {children}
      </main>
    </div>
  )
}
