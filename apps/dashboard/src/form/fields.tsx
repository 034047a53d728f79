import { type ReactNode, useEffect, useState } from 'react'
import { currencyDigits } from '../ui/format.js'
import { fieldId } from '../ui/paths.js'
import { describedBy, FieldShell } from './FieldShell.js'
import { useField } from './form-context.js'
import type { Path } from './json-path.js'

interface Common {
  path: Path
  label: string
  hint?: ReactNode
  required?: boolean
}

/** A text field; emptied, its key is removed. */
export function TextField({
  path,
  label,
  hint,
  required,
  placeholder,
}: Common & { placeholder?: string }) {
  const f = useField(path)
  const id = fieldId(f.form, path)
  return (
    <FieldShell id={id} label={label} hint={hint} issues={f.issues}>
      <input
        {...describedBy(id, hint, f.issues)}
        value={typeof f.value === 'string' ? f.value : f.value === undefined ? '' : String(f.value)}
        onChange={(e) => f.set(e.target.value === '' ? undefined : e.target.value)}
        required={required}
        placeholder={placeholder}
      />
    </FieldShell>
  )
}

/** A stored number as typed text in its unit (`scale` stored units per typed unit). */
function scaledText(v: unknown, scale: number): string {
  if (typeof v === 'number') return String(Number((v / scale).toFixed(10)))
  return v === undefined ? '' : String(v)
}

/**
 * A number shown through `toText`/`fromText` (percent of a fraction, major units of minor ones).
 * Text that is not a number is kept as text, so the server names the problem next to the field.
 */
function ScaledNumberField({
  path,
  label,
  hint,
  required,
  scale,
  step,
  min,
  max,
}: Common & { scale: number; step?: number; min?: number; max?: number }) {
  const f = useField(path)
  const id = fieldId(f.form, path)
  const [draft, setDraft] = useState(scaledText(f.value, scale))
  useEffect(() => {
    // Keep what is being typed ("1." or "0.50") while it still means the stored value.
    setDraft((d) =>
      d.trim() !== '' && Number(d) * scale === f.value ? d : scaledText(f.value, scale),
    )
  }, [f.value, scale])
  return (
    <FieldShell id={id} label={label} hint={hint} issues={f.issues}>
      <input
        {...describedBy(id, hint, f.issues)}
        inputMode="decimal"
        value={draft}
        step={step}
        min={min}
        max={max}
        required={required}
        onChange={(e) => {
          const text = e.target.value
          setDraft(text)
          const n = Number(text)
          if (text.trim() === '') f.set(undefined)
          else if (Number.isFinite(n)) f.set(Math.round(n * scale * 1e9) / 1e9)
          else f.set(text)
        }}
      />
    </FieldShell>
  )
}

/** A plain number. */
export function NumberField(props: Common & { min?: number; max?: number; step?: number }) {
  return <ScaledNumberField {...props} scale={1} />
}

/** A share stored as a fraction (0.1) and typed as a percentage (10). */
export function PercentField(props: Common) {
  return <ScaledNumberField {...props} scale={0.01} />
}

/** Money stored in minor units (5000) and typed in the store currency (50.00). */
export function MoneyField(props: Common & { currency: string }) {
  const { currency, ...rest } = props
  return <ScaledNumberField {...rest} scale={10 ** currencyDigits(currency)} />
}

/** A choice among fixed values; the empty choice removes the key. */
export function SelectField({
  path,
  label,
  hint,
  options,
  empty,
  onPick,
}: Common & {
  options: readonly (readonly [string, string])[]
  /** Label of the empty choice; without it a value is required. */
  empty?: string
  /** Replaces the default write (e.g. to reset fields that depend on the choice). */
  onPick?: (value: string | undefined) => void
}) {
  const f = useField(path)
  const id = fieldId(f.form, path)
  return (
    <FieldShell id={id} label={label} hint={hint} issues={f.issues}>
      <select
        {...describedBy(id, hint, f.issues)}
        value={typeof f.value === 'string' ? f.value : ''}
        onChange={(e) => {
          const v = e.target.value === '' ? undefined : e.target.value
          if (onPick) onPick(v)
          else f.set(v)
        }}
      >
        {empty !== undefined || typeof f.value !== 'string' ? (
          <option value="">{empty ?? '(choose)'}</option>
        ) : null}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
    </FieldShell>
  )
}

/** A yes/no switch; unticked keeps `false` only when `keepFalse`. */
export function CheckboxField({ path, label, hint, keepFalse }: Common & { keepFalse?: boolean }) {
  const f = useField(path)
  const id = fieldId(f.form, path)
  return (
    <div className={f.issues.length > 0 ? 'field check invalid' : 'field check'}>
      <input
        type="checkbox"
        {...describedBy(id, hint, f.issues)}
        checked={f.value === true}
        onChange={(e) => f.set(e.target.checked ? true : keepFalse ? false : undefined)}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {f.issues.length > 0 ? (
        <ul id={`${id}-issues`} className="issues" data-testid="field-issues">
          {f.issues.map((i) => (
            <li key={i.code}>{i.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}

/** A list of SKUs (or other words) typed separated by commas or spaces. */
export function ListField({ path, label, hint, required }: Common) {
  const f = useField(path)
  const id = fieldId(f.form, path)
  const joined = Array.isArray(f.value) ? f.value.join(', ') : ''
  const [draft, setDraft] = useState(joined)
  useEffect(() => {
    setDraft((d) => (split(d).join(', ') === joined ? d : joined))
  }, [joined])
  return (
    <FieldShell id={id} label={label} hint={hint ?? 'separated by commas'} issues={f.issues}>
      <input
        {...describedBy(id, hint ?? true, f.issues)}
        value={draft}
        required={required}
        onChange={(e) => {
          setDraft(e.target.value)
          const items = split(e.target.value)
          f.set(items.length === 0 ? undefined : items)
        }}
      />
    </FieldShell>
  )
}

function split(text: string): string[] {
  return text
    .split(/[,\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/** Ticks for a subset of fixed values (placements); none ticked removes the key. */
export function ChecklistField({
  path,
  label,
  options,
  hint,
}: Common & { options: readonly string[] }) {
  const f = useField(path)
  const id = fieldId(f.form, path)
  const chosen = new Set(Array.isArray(f.value) ? (f.value as string[]) : [])
  return (
    <fieldset className="field checklist" {...describedBy(id, hint, f.issues)}>
      <legend>{label}</legend>
      {options.map((o) => (
        <label key={o} className="check">
          <input
            type="checkbox"
            checked={chosen.has(o)}
            onChange={(e) => {
              const next = new Set(chosen)
              if (e.target.checked) next.add(o)
              else next.delete(o)
              f.set(next.size === 0 ? undefined : options.filter((x) => next.has(x)))
            }}
          />
          {o}
        </label>
      ))}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {f.issues.length > 0 ? (
        <ul id={`${id}-issues`} className="issues" data-testid="field-issues">
          {f.issues.map((i) => (
            <li key={i.code}>{i.message}</li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  )
}
