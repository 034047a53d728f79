/**
 * Schema validation errors (typebox/Ajv shape) turned into issues with a path and a sentence a
 * person can act on: one issue per problem, not one per branch the validator tried.
 * @module
 */
import type { Issue } from 'upcross'

/** One schema validation error as typebox and Ajv report it. */
export interface SchemaError {
  keyword: string
  instancePath: string
  schemaPath: string
  params: Record<string, unknown>
  message?: string
}

const PART_NAMES: Record<string, string> = {
  body: '',
  querystring: 'query',
  params: 'path',
  headers: 'header',
}

/** `/cart/0` → `['cart', 0]` (JSON pointer unescaping included). */
function pointerPath(pointer: string): (string | number)[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s))
}

/** `['cart', 0, 'sku']` → `cart[0].sku`; the root is named by the request part. */
function pathText(path: readonly (string | number)[], part: string): string {
  const named = PART_NAMES[part] ?? part
  if (path.length === 0) return named === '' ? 'the body' : `the ${named}`
  const text = path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join('')
  return named === '' ? text : `${named} ${text}`
}

/** Patterns of the API's schemas in words. */
const PATTERN_WORDS: Record<string, string> = {
  '^[0-9]{1,9}$': 'must be a whole number',
  '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$':
    'must be 1–64 letters, digits, "_", "-" or ".", starting with a letter or digit',
  '^[A-Z]{3}$': 'must be a three-letter ISO 4217 code such as EUR',
}

function describe(e: SchemaError): string {
  const p = e.params
  switch (e.keyword) {
    case 'pattern':
      return PATTERN_WORDS[String(p['pattern'])] ?? e.message ?? 'has the wrong form'
    case 'type':
      return `must be ${article(String(p['type']))}`
    case 'enum':
      return `must be one of ${(p['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`
    case 'anyOf':
      return 'has the wrong type'
    default:
      return e.message ?? `fails ${e.keyword}`
  }
}

/** `maxItems` → `invalid_max_items`; a type mismatch is `invalid_type`. */
function issueCode(keyword: string): string {
  const snake =
    keyword === 'anyOf' ? 'type' : keyword.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
  return `invalid_${snake}`
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`
}

/**
 * Turns validation errors of one request part (`body`, `querystring`, `params`, `headers`) into
 * issues: unknown keys each get `unknown_key`, missing ones `missing_key`, a failed `anyOf`
 * names the types it accepts instead of listing every branch.
 */
export function validationIssues(errors: readonly SchemaError[], part: string): Issue[] {
  const unions = new Map<string, string[]>()
  for (const e of errors) {
    if (e.keyword === 'anyOf') unions.set(e.schemaPath, [])
  }
  const issues: Issue[] = []
  for (const e of errors) {
    const path = pointerPath(e.instancePath)
    const branch = [...unions.keys()].find((s) => e.schemaPath.startsWith(`${s}/anyOf/`))
    if (branch !== undefined) {
      if (e.keyword === 'type') unions.get(branch)!.push(String(e.params['type']))
      continue
    }
    if (e.keyword === 'boolean') continue // the "additionalProperties: false" echo of the next one
    if (e.keyword === 'additionalProperties') {
      for (const key of (e.params['additionalProperties'] as string[] | undefined) ?? []) {
        const at = [...path, key]
        issues.push({ code: 'unknown_key', path: at, message: `unknown key ${pathText(at, part)}` })
      }
      continue
    }
    if (e.keyword === 'required') {
      for (const key of (e.params['requiredProperties'] as string[] | undefined) ?? []) {
        const at = [...path, key]
        issues.push({ code: 'missing_key', path: at, message: `${pathText(at, part)} is required` })
      }
      continue
    }
    const types = e.keyword === 'anyOf' ? unions.get(e.schemaPath) : undefined
    const message =
      types && types.length > 0 ? `must be ${types.map(article).join(' or ')}` : describe(e)
    issues.push({ code: issueCode(e.keyword), path, message: `${pathText(path, part)} ${message}` })
  }
  return issues
}
