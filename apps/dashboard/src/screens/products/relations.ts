/**
 * What sells with what around one product, from what the API tells: the merchant's declared
 * relations on the product, and the learned ones the model serves as offers on its product page
 * and in a cart holding it. Pure, so the graph and the table show the same thing.
 * @module
 */
import type { Product, ServedOffer } from '@upcross/client'

/** Where a relation comes from. */
export type Source = 'declared' | 'learned'

/** One relation of the viewed product to another SKU. */
export interface Relation {
  sku: string
  source: Source
  /** `accessory of`, `upsell on the product page`, `cross-sell in the cart`, … */
  label: string
  /** The evidence in words (the offer's reasons), or the declared relation. */
  evidence: string[]
  /** Association strength for learned relations (the served score), for edge widths. */
  score?: number
}

const DECLARED: Record<string, string> = {
  variant_of: 'variant of',
  accessory_of: 'accessory of',
  addon_for: 'add-on for',
  warranty_for: 'warranty for',
  service_plan_for: 'service plan for',
  consumable_for: 'consumable for',
  replaces: 'replaces',
}

const KIND: Record<string, string> = {
  cross_sell: 'cross-sell',
  upsell: 'upsell',
  bundle: 'bundle',
  reorder: 'reorder',
  popular: 'popular',
  alternative: 'alternative',
}

/** The relations of `sku`: declared ones first, then learned ones by placement and rank. */
export function relationsOf(
  sku: string,
  product: Product | undefined,
  productPage: readonly ServedOffer[],
  cart: readonly ServedOffer[],
): Relation[] {
  const out: Relation[] = []
  for (const [kind, targets] of Object.entries(product?.relations ?? {})) {
    if (kind === 'tier') continue
    for (const target of targets)
      if (target !== sku)
        out.push({
          sku: target,
          source: 'declared',
          label: DECLARED[kind] ?? kind.replaceAll('_', ' '),
          evidence: [`declared in the catalog: ${sku} is ${DECLARED[kind] ?? kind} ${target}`],
        })
  }
  const learned = (offers: readonly ServedOffer[], where: string) => {
    for (const o of offers) {
      // Popular items fill empty slots; they say nothing about this product.
      if (o.sku === sku || o.kind === 'popular') continue
      out.push({
        sku: o.sku,
        source: 'learned',
        label: `${KIND[o.kind] ?? o.kind} ${where}`,
        evidence: o.text,
        score: o.score,
      })
    }
  }
  learned(productPage, 'on the product page')
  learned(cart, 'in the cart')
  return out
}

/** The distinct SKUs of `relations`, in first-seen order. */
export function relatedSkus(relations: readonly Relation[]): string[] {
  return [...new Set(relations.map((r) => r.sku))]
}
