import type { ReactNode } from 'react'
import { fieldId } from '../ui/paths.js'
import { IssueList } from './FieldShell.js'
import { useField } from './form-context.js'
import type { Path } from './json-path.js'

/**
 * A list of items, each a fieldset with its own fields and a Remove button; Add appends
 * `newItem()`. Issues about an item as a whole show at the top of its fieldset.
 */
export function ArrayField({
  path,
  label,
  itemLabel,
  newItem,
  addLabel,
  children,
}: {
  path: Path
  label: string
  itemLabel: (item: unknown, i: number) => string
  newItem: () => unknown
  addLabel: string
  children: (itemPath: Path, item: unknown, i: number) => ReactNode
}) {
  const f = useField(path)
  const items = Array.isArray(f.value) ? (f.value as unknown[]) : []
  const id = fieldId(f.form, path)
  return (
    <section className="array" aria-labelledby={`${id}-label`}>
      <h3 id={`${id}-label`}>{label}</h3>
      <IssueList id={`${id}-issues`} issues={f.issues} />
      {items.map((item, i) => {
        const itemPath = [...path, i]
        const name = itemLabel(item, i)
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: items have no identity but their place
          <fieldset key={i} className="item" id={fieldId(f.form, itemPath)}>
            <legend>{name}</legend>
            <ItemIssues path={itemPath} />
            {children(itemPath, item, i)}
            <button
              type="button"
              className="secondary"
              onClick={() => f.set(items.filter((_, k) => k !== i))}
              aria-label={`Remove ${name}`}
            >
              Remove
            </button>
          </fieldset>
        )
      })}
      <button type="button" className="secondary" onClick={() => f.set([...items, newItem()])}>
        {addLabel}
      </button>
    </section>
  )
}

function ItemIssues({ path }: { path: Path }) {
  const f = useField(path)
  return <IssueList id={`${fieldId(f.form, path)}-issues`} issues={f.issues} />
}
