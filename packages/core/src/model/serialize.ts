/**
 * The model file (`.upx`): a versioned binary layout that loads without parsing numbers.
 *
 * Layout: magic `UPX1` · u32 layout version · u32 header byte length · header JSON (UTF-8) ·
 * padding to 8 bytes · typed-array sections, each 8-byte aligned, described in the header.
 * @module
 */
import type { DeclaredRelation, TierInfo } from '../catalog/model-catalog.js'
import { UpcrossError } from '../errors.js'
import type { Itemsets } from '../mining/itemsets.js'
import { DEFAULT_UPSELL } from '../upgrades/params.js'
import { decodeUtf8, encodeUtf8 } from '../util/utf8.js'
import {
  assembleModel,
  MODEL_VERSION,
  type Model,
  type ModelMeta,
  type ModelParts,
} from './model.js'

const MAGIC = [0x55, 0x50, 0x58, 0x31] // "UPX1"

type ArrayKind = 'i32' | 'u32' | 'f32' | 'f64'
type TypedArray = Int32Array | Uint32Array | Float32Array | Float64Array

interface SectionEntry {
  name: string
  kind: ArrayKind
  offset: number
  length: number
}

interface Header {
  format: 'upcross-model'
  version: number
  meta: ModelMeta
  basketTotal: number
  skus: readonly string[]
  titles: readonly string[]
  categories: readonly string[]
  /** `[item, tags]` for the items that have tags. */
  tags: [number, readonly string[]][]
  customerIds: readonly string[]
  /** Declared relations as [kind, from, to] and tiers as [item, family, rank, label]. */
  relations: [DeclaredRelation['kind'], number, number][]
  tiers: [number, number, number, string][]
  /** The scalar fields of the mined bundles (their arrays are sections). */
  bundles: Pick<
    Itemsets,
    'minCount' | 'basketCount' | 'skippedBaskets' | 'completeSize' | 'truncated'
  >
  sections: SectionEntry[]
}

const BYTES: Record<ArrayKind, number> = { i32: 4, u32: 4, f32: 4, f64: 8 }

function kindOf(a: TypedArray): ArrayKind {
  if (a instanceof Int32Array) return 'i32'
  if (a instanceof Uint32Array) return 'u32'
  if (a instanceof Float32Array) return 'f32'
  return 'f64'
}

function sectionsOf(model: ModelParts): [string, TypedArray][] {
  return [
    ['itemCounts', model.itemCounts],
    ['prices', model.prices],
    ['neighbours.offsets', model.neighbours.offsets],
    ['neighbours.items', model.neighbours.items],
    ['neighbours.pairCounts', model.neighbours.pairCounts],
    ['neighbours.weights', model.neighbours.weights],
    ['popular', model.popular],
    ['customers.basketOffsets', model.customers.basketOffsets],
    ['customers.itemOffsets', model.customers.itemOffsets],
    ['customers.items', model.customers.items],
    ['customers.times', model.customers.times],
    ['repeatRates', model.repeatRates],
    ['catalog.costs', model.catalog.costs],
    ['catalog.stock', model.catalog.stock],
    ['upgrades.offsets', model.upgrades.offsets],
    ['upgrades.items', model.upgrades.items],
    ['upgrades.scores', model.upgrades.scores],
    ['upgrades.customers', model.upgrades.customers],
    ['catalog.attach.anchorOrders', model.catalog.attach.anchorOrders],
    ['catalog.attach.together', model.catalog.attach.together],
    ['users.offsets', model.users.offsets],
    ['users.items', model.users.items],
    ['users.scores', model.users.scores],
    ['users.norms', model.users.norms],
    ['bundles.itemCounts', model.bundles.itemCounts],
    ['bundles.items', model.bundles.items],
    ['bundles.offsets', model.bundles.offsets],
    ['bundles.counts', model.bundles.counts],
  ]
}

const align8 = (n: number): number => (n + 7) & ~7

/** Writes a model into the `.upx` byte layout. */
export function serializeModel(model: Model): Uint8Array {
  const arrays = sectionsOf(model)
  const sections: SectionEntry[] = []
  let offset = 0
  for (const [name, a] of arrays) {
    sections.push({ name, kind: kindOf(a), offset, length: a.length })
    offset = align8(offset + a.byteLength)
  }
  const header: Header = {
    format: 'upcross-model',
    version: model.version,
    meta: model.meta,
    basketTotal: model.basketTotal,
    skus: model.skus,
    titles: model.titles,
    categories: model.categories,
    tags: [...model.tags],
    customerIds: model.customers.ids,
    relations: model.catalog.relations.map((r) => [r.kind, r.from, r.to]),
    tiers: [...model.catalog.tiers].map(([item, t]) => [item, t.family, t.rank, t.label]),
    bundles: {
      minCount: model.bundles.minCount,
      basketCount: model.bundles.basketCount,
      skippedBaskets: model.bundles.skippedBaskets,
      completeSize: model.bundles.completeSize,
      truncated: model.bundles.truncated,
    },
    sections,
  }
  const json = encodeUtf8(JSON.stringify(header))
  const start = align8(12 + json.length)
  const out = new Uint8Array(start + offset)
  out.set(MAGIC, 0)
  const view = new DataView(out.buffer)
  view.setUint32(4, MODEL_VERSION, true)
  view.setUint32(8, json.length, true)
  out.set(json, 12)
  arrays.forEach(([, a], i) => {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), start + sections[i]!.offset)
  })
  return out
}

function invalid(message: string): UpcrossError {
  return new UpcrossError('invalid_input', `not a valid upcross model file: ${message}`)
}

/** Reads a model from `.upx` bytes; throws `UpcrossError('invalid_input')` on anything else. */
export function deserializeModel(bytes: Uint8Array): Model {
  if (bytes.length < 12 || MAGIC.some((b, i) => bytes[i] !== b))
    throw invalid('missing the UPX1 signature')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const version = view.getUint32(4, true)
  if (version !== MODEL_VERSION) {
    throw new UpcrossError(
      'precondition_failed',
      `model layout version ${version} is not supported (this upcross reads version ${MODEL_VERSION}); retrain the model`,
    )
  }
  const headerLength = view.getUint32(8, true)
  if (12 + headerLength > bytes.length) throw invalid('truncated header')
  let header: Header
  try {
    header = JSON.parse(decodeUtf8(bytes.subarray(12, 12 + headerLength), true)) as Header
  } catch {
    throw invalid('unreadable header')
  }
  if (header.format !== 'upcross-model') throw invalid('unknown format')
  const shapeOk =
    typeof header.meta === 'object' &&
    header.meta !== null &&
    Array.isArray(header.skus) &&
    Array.isArray(header.customerIds) &&
    Array.isArray(header.sections) &&
    Array.isArray(header.relations) &&
    Array.isArray(header.tiers) &&
    typeof header.bundles === 'object' &&
    header.bundles !== null &&
    typeof header.basketTotal === 'number'
  if (!shapeOk) throw invalid('the header lacks the model fields')
  const start = align8(12 + headerLength)
  // Sections added within layout version 2 (upsell) read as empty from files written before.
  const get = (name: string, fallback?: () => TypedArray): TypedArray => {
    const s = header.sections.find((x) => x.name === name)
    if (!s && fallback) return fallback()
    if (!s) throw invalid(`section ${name} is missing`)
    const byteLength = s.length * BYTES[s.kind]
    if (start + s.offset + byteLength > bytes.length) throw invalid(`section ${name} is truncated`)
    // Copy into a fresh, aligned buffer: the input may sit at any byte offset. Uint8Array's own
    // slice, because subclasses such as Node's Buffer return a view from `slice`.
    const copy = Uint8Array.prototype.slice.call(
      bytes,
      start + s.offset,
      start + s.offset + byteLength,
    ).buffer
    return s.kind === 'i32'
      ? new Int32Array(copy)
      : s.kind === 'u32'
        ? new Uint32Array(copy)
        : s.kind === 'f32'
          ? new Float32Array(copy)
          : new Float64Array(copy)
  }
  const parts: ModelParts = {
    version: header.version,
    meta: {
      ...header.meta,
      params: { ...header.meta.params, upsell: header.meta.params.upsell ?? DEFAULT_UPSELL },
    },
    skus: header.skus,
    titles: header.titles ?? [],
    categories: header.categories ?? [],
    tags: new Map(Array.isArray(header.tags) ? header.tags : []),
    basketTotal: header.basketTotal,
    itemCounts: get('itemCounts') as Float64Array,
    prices: get('prices') as Float64Array,
    neighbours: {
      offsets: get('neighbours.offsets') as Int32Array,
      items: get('neighbours.items') as Int32Array,
      pairCounts: get('neighbours.pairCounts') as Float32Array,
      weights: get('neighbours.weights') as Float32Array,
    },
    popular: get('popular') as Int32Array,
    repeatRates: get('repeatRates') as Float32Array,
    catalog: {
      costs: get('catalog.costs') as Float64Array,
      stock: get('catalog.stock') as Float64Array,
      relations: header.relations.map(([kind, from, to]) => ({ kind, from, to })),
      tiers: new Map<number, TierInfo>(
        header.tiers.map(([item, family, rank, label]) => [item, { family, rank, label }]),
      ),
      attach: {
        anchorOrders: get('catalog.attach.anchorOrders', () => new Float64Array(0)) as Float64Array,
        together: get('catalog.attach.together', () => new Float64Array(0)) as Float64Array,
      },
    },
    upgrades: {
      offsets: get('upgrades.offsets') as Int32Array,
      items: get('upgrades.items') as Int32Array,
      scores: get('upgrades.scores') as Float32Array,
      customers: get(
        'upgrades.customers',
        () =>
          new Float32Array(header.sections.find((x) => x.name === 'upgrades.items')?.length ?? 0),
      ) as Float32Array,
    },
    users: {
      offsets: get('users.offsets') as Int32Array,
      items: get('users.items') as Int32Array,
      scores: get('users.scores') as Float32Array,
      norms: get('users.norms') as Float64Array,
    },
    bundles: {
      ...header.bundles,
      itemCounts: get('bundles.itemCounts') as Float64Array,
      items: get('bundles.items') as Int32Array,
      offsets: get('bundles.offsets') as Int32Array,
      counts: get('bundles.counts') as Uint32Array,
    },
    customers: {
      ids: header.customerIds,
      basketOffsets: get('customers.basketOffsets') as Int32Array,
      itemOffsets: get('customers.itemOffsets') as Int32Array,
      items: get('customers.items') as Int32Array,
      times: get('customers.times') as Float64Array,
    },
  }
  if (
    parts.itemCounts.length !== parts.skus.length ||
    parts.neighbours.offsets.length !== parts.skus.length + 1
  ) {
    throw invalid('sections do not match the vocabulary')
  }
  return assembleModel(parts)
}
