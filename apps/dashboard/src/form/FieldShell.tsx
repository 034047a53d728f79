import type { ApiIssue } from '@upcross/client'
import type { ReactNode } from 'react'

/** The accessibility attributes that tie an input to its hint and its issues. */
export function describedBy(id: string, hint: unknown, issues: readonly ApiIssue[]) {
  const ids = [hint ? `${id}-hint` : '', issues.length > 0 ? `${id}-issues` : '']
    .filter(Boolean)
    .join(' ')
  return {
    id,
    'aria-invalid': issues.length > 0 ? true : undefined,
    'aria-describedby': ids || undefined,
  } as const
}

/** The issues at one path, shown under its field and announced with it. */
export function IssueList({ id, issues }: { id: string; issues: readonly ApiIssue[] }) {
  if (issues.length === 0) return null
  return (
    <ul id={id} className="issues" data-testid="field-issues">
      {issues.map((i) => (
        <li key={`${i.code}:${i.message}`}>{i.message}</li>
      ))}
    </ul>
  )
}

/** Label, input, hint and issues of one field. */
export function FieldShell({
  id,
  label,
  hint,
  issues,
  children,
}: {
  id: string
  label: string
  hint?: ReactNode
  issues: readonly ApiIssue[]
  children: ReactNode
}) {
  return (
    <div className={issues.length > 0 ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <IssueList id={`${id}-issues`} issues={issues} />
    </div>
  )
}
