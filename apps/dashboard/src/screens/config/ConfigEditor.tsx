import { type ApiIssue, type ConfigName, isUpcrossApiError } from '@upcross/client'
import {
  type ComponentType,
  type FormEvent,
  useCallback,
  useEffect,
  useMemo,
  useState,
} from 'react'
import { useDashboard } from '../../app/dashboard-context.js'
import { FormContext } from '../../form/form-context.js'
import { type Path, setAt } from '../../form/json-path.js'
import { ErrorNotice } from '../../ui/ErrorNotice.js'
import { useAsync } from '../../ui/use-async.js'
import { IssueSummary } from './IssueSummary.js'
import { JsonEditor } from './JsonEditor.js'

/** Issues of a refused save, with paths relative to the document (the API prefixes `value`). */
function documentIssues(error: unknown): ApiIssue[] | undefined {
  if (!isUpcrossApiError(error, 'invalid_input')) return undefined
  return error.issues.map((i) => ({ ...i, path: i.path[0] === 'value' ? i.path.slice(1) : i.path }))
}

/**
 * Loads one configuration document, edits it with `Form` (or as JSON), and saves it with
 * `If-Match` so a concurrent change is refused, not overwritten. The server validates with the
 * core's parsers; its issues show next to their fields and in a summary.
 */
export function ConfigEditor({
  name,
  title,
  description,
  empty,
  Form,
}: {
  name: ConfigName
  title: string
  description: string
  empty: unknown
  Form: ComponentType
}) {
  const { client, storeId } = useDashboard()
  const load = useCallback(() => client.getConfig(storeId, name), [client, storeId, name])
  const loaded = useAsync(load)
  const [value, setValue] = useState<unknown>(undefined)
  const [version, setVersion] = useState(0)
  const [issues, setIssues] = useState<ApiIssue[]>([])
  const [error, setError] = useState<unknown>(undefined)
  const [saved, setSaved] = useState<string | undefined>(undefined)
  const [mode, setMode] = useState<'form' | 'json'>('form')
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    if (loaded.status !== 'done') return
    setValue(loaded.data?.value ?? empty)
    setVersion(loaded.data?.version ?? 0)
    setIssues([])
    setError(undefined)
  }, [loaded.status, loaded.data, empty])

  const form = useMemo(
    () => ({
      form: name,
      value,
      issues,
      set: (path: Path, next: unknown) => {
        setValue((v: unknown) => setAt(v, path, next))
        setSaved(undefined)
      },
    }),
    [name, value, issues],
  )

  const save = async (event: FormEvent) => {
    event.preventDefault()
    setBusy(true)
    setError(undefined)
    setSaved(undefined)
    try {
      const doc = await client.putConfig(
        storeId,
        name,
        value,
        version > 0 ? { ifMatch: version } : { create: true },
      )
      setVersion(doc.version)
      setValue(doc.value)
      setIssues([])
      setSaved(`Saved as version ${doc.version}.`)
    } catch (e) {
      const found = documentIssues(e)
      setIssues(found ?? [])
      setError(found ? undefined : e)
      if (found) setSaved(undefined)
    } finally {
      setBusy(false)
    }
  }

  if (loaded.status === 'failed') return <ErrorNotice error={loaded.error} />
  if (loaded.status === 'loading' || value === undefined) return <p>Loading {title}…</p>
  return (
    <section aria-labelledby={`cfg-${name}`} data-testid={`config-${name}`}>
      <h2 id={`cfg-${name}`}>{title}</h2>
      <p className="muted">
        {description}{' '}
        {version > 0 ? `Version ${version}.` : 'Not configured yet: saving creates it.'}
      </p>
      <fieldset className="segmented">
        <legend className="sr-only">Edit as</legend>
        <button type="button" aria-pressed={mode === 'form'} onClick={() => setMode('form')}>
          Form
        </button>
        <button type="button" aria-pressed={mode === 'json'} onClick={() => setMode('json')}>
          JSON
        </button>
      </fieldset>
      <form onSubmit={save} noValidate>
        <IssueSummary form={name} issues={issues} />
        <FormContext.Provider value={form}>
          {mode === 'form' ? (
            <Form />
          ) : (
            <JsonEditor value={value} onChange={form.set.bind(null, [])} />
          )}
        </FormContext.Provider>
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </button>
          <button
            type="button"
            className="secondary"
            onClick={() => loaded.reload()}
            disabled={busy}
          >
            Discard changes
          </button>
          <span role="status" className="ok-text">
            {saved}
          </span>
        </div>
        {isUpcrossApiError(error, 'precondition_failed') ? (
          <ErrorNotice
            error={error}
            title="Someone else changed this document since you opened it: discard your changes to read theirs"
          />
        ) : (
          <ErrorNotice error={error} title="Not saved" />
        )}
      </form>
    </section>
  )
}
