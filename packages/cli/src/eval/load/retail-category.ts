/**
 * A category for Online Retail products, which have none: the product noun of the description.
 * @module
 */

/**
 * Product-type nouns (singular) of the Online Retail descriptions, read off the slice's most
 * frequent words: things a product *is*, not colours, patterns, themes, sizes or materials.
 * Packaging words (SET, PACK, KIT, BOX OF …) are left out on purpose, except BOX as a product.
 */
const NOUNS = new Set(
  `APRON BACKPACK BAG BALL BALLOON BANK BASKET BEAKER BELL BIN BIRDHOUSE BLOCK BOARD BOOK BOTTLE
  BOWL BOX BRACELET BRUSH BUCKET BUNTING CAKESTAND CALENDAR CANDLE CANDLESTICK CARD CASE CHALK
  CHALKBOARD CHEST CLOCK COASTER CONTAINER COVER CUP CUSHION CUTLERY CUTTER DECORATION DISH DOILY
  DOLL DOORMAT DOORSTOP EARRING FAN FLAG FRAME GARLAND GLOVE HANGER HOLDER HOOK JAR JIGSAW JUG
  KEYRING KNOB LAMP LANTERN LIGHT MAGNET MAT MIRROR MOULD MUG NAPKIN NECKLACE NOTEBOOK PAN
  PAPERWEIGHT PARASOL PEN PENCIL PLATE PLAYHOUSE POSTCARD POT PURSE RACK RIBBON SAUCER SCALES
  SHEET SHOPPER SIGN SLATE SPONGE SPOON STAMP STAND STICKER STRAW TAG TAPE TEAPOT TIN TISSUE TOTE
  TOWEL TOY TRAY TUMBLER UMBRELLA VASE WALLET WARMER WINDMILL WRAP WREATH`.split(/\s+/),
)

/** Singular readings of an upper-case word: as is, minus S, minus ES, IES → Y. */
function singulars(word: string): string[] {
  const out = [word]
  if (word.endsWith('IES')) out.push(`${word.slice(0, -3)}Y`)
  if (word.endsWith('ES')) out.push(word.slice(0, -2))
  if (word.endsWith('S')) out.push(word.slice(0, -1))
  return out
}

/**
 * The category of a description: its rightmost word (letters only, singularised) that is a
 * product noun of the list above, e.g. "LUNCH BAG RED RETROSPOT" → "BAG", "RED RETROSPOT CAKE
 * STAND" → "STAND", "SET OF 3 CAKE TINS PANTRY DESIGN" → "TIN"; `undefined` when none matches.
 */
export function retailCategory(description: string): string | undefined {
  const words = description.toUpperCase().match(/[A-Z]+/g) ?? []
  for (let i = words.length - 1; i >= 0; i--) {
    const noun = singulars(words[i]!).find((w) => NOUNS.has(w))
    if (noun) return noun
  }
  return undefined
}

/** The nouns the rule knows, for the report. */
export const RETAIL_CATEGORY_NOUNS = NOUNS.size
