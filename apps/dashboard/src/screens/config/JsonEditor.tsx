import { useEffect, useId, useState } from 'react'

/** The whole document as JSON text; text that does not parse is flagged and not applied. */
export function JsonEditor({ value, onChange }: { value: unknown; onChange(next: unknown): void }) {
  const [text, setText] = useState(() => JSON.stringify(value, null, 2))
  const [problem, setProblem] = useState<string | undefined>(undefined)
  const id = useId()
  useEffect(() => {
    setText((t) => {
      try {
        if (JSON.stringify(JSON.parse(t)) === JSON.stringify(value)) return t
      } catch {}
      return JSON.stringify(value, null, 2)
    })
  }, [value])
  return (
    <div className={problem ? 'field invalid' : 'field'}>
      <label htmlFor={id}>Document (JSON)</label>
      <textarea
        id={id}
        rows={18}
        spellCheck={false}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => {
          setText(e.target.value)
          try {
            onChange(JSON.parse(e.target.value))
            setProblem(undefined)
          } catch (err) {
            setProblem(err instanceof Error ? err.message : String(err))
          }
        }}
      />
      {problem ? (
        <p id={`${id}-problem`} className="issues">
          Not valid JSON: {problem}
        </p>
      ) : null}
    </div>
  )
}
