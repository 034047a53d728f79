import type { ApiIssue } from '@upcross/client'
import { useEffect, useRef } from 'react'
import { fieldId, pathText } from '../../ui/paths.js'

/** Focuses the closest field of `path` that exists (the field, else its item, else its list). */
function focusField(form: string, path: readonly (string | number)[]) {
  for (let n = path.length; n >= 0; n--) {
    const el = document.getElementById(fieldId(form, path.slice(0, n)))
    if (el) {
      const target = el.matches('input,select,textarea')
        ? el
        : el.querySelector<HTMLElement>('input,select,textarea')
      ;(target ?? el).focus()
      return
    }
  }
}

/** Every issue of a refused save, each a button that jumps to its field; focused when it appears. */
export function IssueSummary({ form, issues }: { form: string; issues: readonly ApiIssue[] }) {
  const box = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (issues.length > 0) box.current?.focus()
  }, [issues])
  if (issues.length === 0) return null
  return (
    <div ref={box} tabIndex={-1} role="alert" className="notice error" data-testid="issue-summary">
      <p>
        <strong>
          Not saved: the server found{' '}
          {issues.length === 1 ? 'a problem' : `${issues.length} problems`}.
        </strong>
      </p>
      <ul>
        {issues.map((i) => (
          <li key={`${pathText(i.path)}:${i.code}`}>
            <button type="button" className="link" onClick={() => focusField(form, i.path)}>
              <code>{pathText(i.path) || '(document)'}</code>
            </button>
            : {i.message}
          </li>
        ))}
      </ul>
    </div>
  )
}
