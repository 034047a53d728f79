/**
 * The form a field belongs to: the document being edited, how to change it, and the server's
 * issues by path so each field shows its own.
 * @module
 */
import type { ApiIssue } from '@upcross/client'
import { createContext, useContext } from 'react'
import { samePath } from '../ui/paths.js'
import { getAt, type Path } from './json-path.js'

/** What fields read and write. */
export interface FormApi {
  /** Prefix of the fields' element ids. */
  form: string
  value: unknown
  set(path: Path, next: unknown): void
  /** Issues of the last save, paths relative to the document. */
  issues: readonly ApiIssue[]
}

/** Provided by the configuration editor. */
export const FormContext = createContext<FormApi | undefined>(undefined)

/** The enclosing form. */
export function useForm(): FormApi {
  const f = useContext(FormContext)
  if (!f) throw new Error('a field outside a form')
  return f
}

/** The value at `path` of the enclosing form and the issues exactly there. */
export function useField(path: Path): {
  value: unknown
  set(next: unknown): void
  issues: ApiIssue[]
  form: string
} {
  const f = useForm()
  return {
    value: getAt(f.value, path),
    set: (next) => f.set(path, next),
    issues: f.issues.filter((i) => samePath(i.path, path)),
    form: f.form,
  }
}
