/**
 * Catalog validation as the CLI reports it: issues after an import or before training.
 * @module
 */
import { type Issue, type Product, type ProductOutcome, validateCatalog } from 'upcross'

/** How many catalog issues are listed one by one. */
export const CATALOG_ISSUES_SHOWN = 50

/** Passes outcomes through unchanged while collecting the accepted products. */
export async function* collectProducts(
  source: AsyncIterable<ProductOutcome> | Iterable<ProductOutcome>,
  into: Product[],
): AsyncGenerator<ProductOutcome> {
  for await (const outcome of source) {
    if (outcome.kind === 'accept') into.push(outcome.row)
    yield outcome
  }
}

/** Renders catalog issues: a count by code and the first issues, each prefixed with `label`. */
export function formatCatalogIssues(issues: readonly Issue[], label: string): string {
  if (issues.length === 0) return ''
  const byCode = new Map<string, number>()
  for (const i of issues) byCode.set(i.code, (byCode.get(i.code) ?? 0) + 1)
  const codes = [...byCode].map(([c, n]) => `${c} ${n}`).join(', ')
  const lines = [`catalog issues: ${issues.length} (${codes}); invalid relations are ignored`]
  for (const i of issues.slice(0, CATALOG_ISSUES_SHOWN))
    lines.push(`  ${label}${i.path.join(' ')}: ${i.message} (${i.code})`)
  if (issues.length > CATALOG_ISSUES_SHOWN)
    lines.push(`  … and ${issues.length - CATALOG_ISSUES_SHOWN} more`)
  return `${lines.join('\n')}\n`
}

/** Validates the products and renders the issues; returns both. */
export function checkCatalog(
  products: readonly Product[],
  label = '',
): { issues: Issue[]; text: string } {
  const issues = validateCatalog(products)
  return { issues, text: formatCatalogIssues(issues, label) }
}
