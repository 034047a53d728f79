/**
 * Offers as the API answers them: each with an id that events can refer to and each reason also
 * as an English sentence; SKUs of the cart the model has never seen are reported as warnings
 * (new products are not an error). The answer is written as JSON bytes here: each offer's members
 * after its id are serialised and encoded once and reused by the answer cache; a request only
 * adds its ids around them.
 * @module
 */
import {
  describeDrop,
  describeReason,
  type Issue,
  type OfferResult,
  type ServedOffer,
} from 'upcross'
import { REQUEST_ID_LENGTH } from '../request-ids.js'
import type { CachedAnswer } from './answer-cache.js'
import type { ServingModel } from './model-cache.js'

/** Each offer as the JSON members that follow its `"id"` (`"sku":…,"text":[…]}`), encoded. */
export function offerFragments(serving: ServingModel, offers: readonly ServedOffer[]): Buffer[] {
  return offers.map((o) => {
    const text = o.reasons.map((r) => describeReason(r, serving.nameOf))
    const title = serving.titleOf(o.sku)
    const rest = JSON.stringify({
      sku: o.sku,
      ...(title === '' ? {} : { title }),
      kind: o.kind,
      score: o.score,
      reasons: o.reasons,
      text,
      ...(o.price === undefined ? {} : { price: o.price }),
      ...(o.discount === undefined ? {} : { discount: o.discount }),
      ...(o.items === undefined ? {} : { items: o.items }),
    })
    return Buffer.from(rest.slice(1))
  })
}

/**
 * Writes an ASCII string byte by byte: for the few short strings of an answer, cheaper than a
 * call into the encoder each.
 */
function writeAscii(out: Buffer, at: number, s: string): number {
  for (let i = 0; i < s.length; i++) out[at + i] = s.charCodeAt(i)
  return at + s.length
}

/** What an answer holds besides its request's id. */
export interface AnswerParts {
  placement: string
  currency: string
  modelVersion: number
  /** Each offer's JSON members after its id (`offerFragments`). */
  offers: readonly Buffer[]
  /** Answer-level JSON members after the offers (`answerExtra`), or ''. */
  extra: string
  warnings: readonly Issue[]
}

/**
 * The whole answer as UTF-8 JSON with a blank where each request id goes, and where those blanks
 * are: the request id, and each offer's id `<requestId>.<position>` (unique per served offer, as
 * request ids are unique across instances, so events can quote them). Request ids all have one
 * length, so a request copies the bytes and writes its id in (`answerFor`): cheaper than building
 * and encoding a 3 KB string (measured: docs/bench-http.md).
 */
export function answerTemplate(parts: AnswerParts): CachedAnswer {
  // Placements are known words and currencies ISO codes checked when the store was created:
  // plain ASCII with nothing to escape, one byte per character.
  const blank = ' '.repeat(REQUEST_ID_LENGTH)
  const head = `{"requestId":"${blank}","placement":"${parts.placement}","currency":"${parts.currency}","modelVersion":${parts.modelVersion},"offers":[`
  const extra = parts.extra === '' ? '' : `,${parts.extra}`
  const tail = Buffer.from(`]${extra},"warnings":${JSON.stringify(parts.warnings)}}`)
  let size = head.length + tail.length
  parts.offers.forEach((o, i) => {
    size += (i === 0 ? 0 : 1) + `{"id":"${blank}.${i}",`.length + o.length
  })
  const bytes = Buffer.alloc(size)
  const slots = [head.indexOf(blank)]
  let at = writeAscii(bytes, 0, head)
  parts.offers.forEach((o, i) => {
    at = writeAscii(bytes, at, `${i === 0 ? '' : ','}{"id":"`)
    slots.push(at)
    at = writeAscii(bytes, at, `${blank}.${i}",`)
    at += o.copy(bytes, at)
  })
  tail.copy(bytes, at)
  return { bytes, slots }
}

/**
 * Answers are cut from slabs of this size: Node's own pool (8 KB) holds two 3 KB answers, so it
 * would allocate a new one every other request. A slab is never written again once cut; it is
 * freed when the last answer cut from it has been sent.
 */
const SLAB_BYTES = 256 * 1024
let slab = Buffer.allocUnsafeSlow(SLAB_BYTES)
let slabUsed = 0

/** `size` uninitialised bytes of their own. */
function cut(size: number): Buffer {
  if (size > SLAB_BYTES / 8) return Buffer.allocUnsafeSlow(size)
  if (slabUsed + size > SLAB_BYTES) {
    slab = Buffer.allocUnsafeSlow(SLAB_BYTES)
    slabUsed = 0
  }
  const out = slab.subarray(slabUsed, slabUsed + size)
  // Eight-byte aligned, as Node's pool does.
  slabUsed += (size + 7) & ~7
  return out
}

/** The request id being written, as bytes (one answer at a time: JavaScript runs one thread). */
const ID_BYTES = Buffer.alloc(REQUEST_ID_LENGTH)

/** The answer of one request: the template's bytes with `requestId` in each of its places. */
export function answerFor(template: CachedAnswer, requestId: string): Buffer {
  if (requestId.length !== REQUEST_ID_LENGTH)
    throw new Error(`request ids have ${REQUEST_ID_LENGTH} characters, not "${requestId}"`)
  const out = cut(template.bytes.length)
  template.bytes.copy(out, 0)
  writeAscii(ID_BYTES, 0, requestId)
  for (const slot of template.slots) out.set(ID_BYTES, slot)
  return out
}

/** A warning for each cart SKU (and the viewed `sku`) the model does not know, once per SKU. */
export function unknownSkuWarnings(
  serving: ServingModel,
  cart: readonly (string | number)[] | undefined,
  sku: string | undefined,
): Issue[] {
  const warnings: Issue[] = []
  const index = serving.model.itemIndex
  let seen: Set<string> | undefined
  const check = (value: string, path: (string | number)[]): void => {
    if (index.has(value) || seen?.has(value)) return
    seen ??= new Set()
    seen.add(value)
    warnings.push({
      code: 'unknown_sku',
      path,
      message: `SKU "${value}" is not in the model yet (a new product?): until the next training only the orders stored since the last one give it partners, and it is offered only with a catalog price`,
    })
  }
  if (sku !== undefined) check(sku, ['sku'])
  if (cart !== undefined) for (let i = 0; i < cart.length; i++) check(String(cart[i]), ['cart', i])
  return warnings
}

/**
 * The answer-level members besides the offers: whether the shopper is in the holdout, the
 * experiment variant that served them, the cart against the store's thresholds (exactly the
 * core's evaluation: a free-shipping bar renders it, never computes its own) and loyalty progress.
 */
export function answerExtra(
  result: OfferResult,
  arm: { holdout: boolean; strategy: string | undefined },
  explain = false,
): string {
  const members: Record<string, unknown> = { holdout: arm.holdout, strategy: arm.strategy ?? null }
  if (explain) {
    members['dropped'] = result.dropped.map((d) => ({ ...d, text: describeDrop(d) }))
    members['rules'] = result.rules
  }
  if (result.thresholds) members['thresholds'] = result.thresholds
  if (result.loyalty.length > 0) members['loyalty'] = result.loyalty.map((l) => l.reason)
  return JSON.stringify(members).slice(1, -1)
}
