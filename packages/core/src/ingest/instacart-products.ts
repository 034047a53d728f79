/**
 * The Instacart catalog: `products.csv` (product_id,product_name,aisle_id,department_id) with
 * `aisles.csv` (aisle_id,aisle) and `departments.csv` (department_id,department). Category =
 * `department > aisle`; the layout has no prices.
 * @module
 */
import type { Result } from '../errors.js'
import { createRecordParser, fieldIssue } from './header.js'
import type { ProductOutcome, TextRecord } from './types.js'

/** Builds an id → name lookup from `aisles.csv` or `departments.csv` records. */
export interface InstacartNameTableBuilder {
  /** Adds one record; returns a `reject` outcome when it is malformed, else `undefined`. */
  add(rec: TextRecord): ProductOutcome | undefined
  /** The names by id. */
  build(): ReadonlyMap<string, string>
}

/**
 * Reads the header of `aisles.csv` (`kind` = `aisle`) or `departments.csv` (`department`) and
 * returns the builder of its id → name table.
 */
export function createInstacartNameTable(
  kind: 'aisle' | 'department',
  header: TextRecord,
  file?: string,
): Result<InstacartNameTableBuilder> {
  const idColumn = `${kind}_id` as const
  const names = new Map<string, string>()
  const add = createRecordParser(
    header,
    { layout: `Instacart ${kind}s`, required: [idColumn, kind] },
    file,
    ({ rec, columns: c, get }): ProductOutcome | undefined => {
      const id = get(c[idColumn])
      if (id === '')
        return {
          kind: 'reject',
          issues: [fieldIssue('missing_value', rec, idColumn, file, 'present', id)],
        }
      names.set(id, get(c[kind]))
      return undefined
    },
  )
  if (!add.ok) return add
  return { ok: true, value: { add: add.value, build: () => names } }
}

/**
 * Reads the header of `products.csv` and returns the parser of its records. An aisle or
 * department id missing from its table is a `reject` (`unknown_aisle`, `unknown_department`).
 */
export function createInstacartProductParser(
  header: TextRecord,
  aisles: ReadonlyMap<string, string>,
  departments: ReadonlyMap<string, string>,
  file?: string,
): Result<(rec: TextRecord) => ProductOutcome> {
  const required = ['product_id', 'product_name', 'aisle_id', 'department_id'] as const
  return createRecordParser(
    header,
    { layout: 'Instacart products', required },
    file,
    ({ rec, columns: c, get, issues }): ProductOutcome => {
      const sku = get(c.product_id)
      if (sku === '')
        issues.push(fieldIssue('missing_value', rec, 'product_id', file, 'present', sku))
      const aisle = aisles.get(get(c.aisle_id))
      if (aisle === undefined) {
        issues.push(
          fieldIssue(
            'unknown_aisle',
            rec,
            'aisle_id',
            file,
            'an aisle_id of aisles.csv',
            get(c.aisle_id),
          ),
        )
      }
      const department = departments.get(get(c.department_id))
      if (department === undefined) {
        const expected = 'a department_id of departments.csv'
        issues.push(
          fieldIssue(
            'unknown_department',
            rec,
            'department_id',
            file,
            expected,
            get(c.department_id),
          ),
        )
      }
      if (issues.length > 0) return { kind: 'reject', issues }
      const title = get(c.product_name)
      return {
        kind: 'accept',
        row: { sku, title, category: `${department} > ${aisle}`, price: undefined },
      }
    },
  )
}
