/**
 * Sizes and pack counts named in product titles (`16 GB`, `4-slice`, `pack of 6`, `large`).
 * @module
 */

/** A size read from a title: its value (comparable within one unit), unit and text. */
export interface SizeHint {
  value: number
  unit: string
  text: string
}

const UNITS: Record<string, [unit: string, factor: number]> = {
  kb: ['byte', 1e3],
  mb: ['byte', 1e6],
  gb: ['byte', 1e9],
  tb: ['byte', 1e12],
  ml: ['volume', 1],
  cl: ['volume', 10],
  l: ['volume', 1000],
  g: ['mass', 1],
  kg: ['mass', 1000],
  oz: ['ounce', 1],
  lb: ['mass', 453.6],
  pack: ['pack', 1],
  pk: ['pack', 1],
  pcs: ['pack', 1],
  pieces: ['pack', 1],
  count: ['pack', 1],
  ct: ['pack', 1],
  slice: ['slice', 1],
  slices: ['slice', 1],
  cup: ['cup', 1],
  cups: ['cup', 1],
  inch: ['inch', 1],
  '"': ['inch', 1],
  seats: ['seat', 1],
  users: ['user', 1],
}

const AMOUNT =
  /(\d+(?:[.,]\d+)?)\s*-?\s*(kb|mb|gb|tb|ml|cl|kg|lb|oz|pack|pk|pcs|pieces|count|ct|slices?|cups?|inch|seats|users|l|g|")(?![a-z])/gi
const PACK_OF = /pack\s+of\s+(\d+)|(\d+)\s*x\b/i
const WORDS = ['mini', 'small', 'medium', 'large', 'extra large', 'xl', 'xxl']

/** Every size named in a title, in order. */
export function sizeHints(title: string): SizeHint[] {
  const out: SizeHint[] = []
  for (const m of title.matchAll(AMOUNT)) {
    const [unit, factor] = UNITS[m[2]!.toLowerCase()]!
    out.push({ value: Number(m[1]!.replace(',', '.')) * factor, unit, text: m[0].trim() })
  }
  const pack = PACK_OF.exec(title)
  if (pack) out.push({ value: Number(pack[1] ?? pack[2]), unit: 'pack', text: pack[0].trim() })
  const lower = title.toLowerCase()
  for (let i = WORDS.length - 1; i >= 0; i--) {
    if (new RegExp(`\\b${WORDS[i]}\\b`).test(lower)) {
      out.push({ value: i + 1, unit: 'size-word', text: WORDS[i]! })
      break
    }
  }
  return out
}

/**
 * The first unit both titles name with a different amount, as [from, to] texts with the
 * direction (`bigger` when `to` is larger); undefined when the titles say nothing comparable.
 */
export function compareSize(
  fromTitle: string,
  toTitle: string,
): { from: string; to: string; bigger: boolean } | undefined {
  const a = sizeHints(fromTitle)
  const b = sizeHints(toTitle)
  for (const x of a) {
    const y = b.find((h) => h.unit === x.unit)
    if (y && y.value !== x.value) return { from: x.text, to: y.text, bigger: y.value > x.value }
  }
  return undefined
}
