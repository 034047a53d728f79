/**
 * Reality-Check next-basket JSON (history + future) and keysets, through the core's parser.
 * @module
 */
import { groupConsecutiveLines, type OrderLine, parseNbrJson, UpcrossError } from 'upcross'
import type { UserSequences } from 'upcross/eval'
import { readJson } from './read-file.js'

/**
 * Loads `{user: [[-1], basket, …, [-1]]}` history and future files into ordered SKU lists per
 * user (items in file order, duplicates dropped); the future is the user's last basket.
 */
export function loadNbrSequences(historyPath: string, futurePath: string): UserSequences {
  const counters = new Map<string, number>()
  const histories = new Map<string, string[][]>()
  for (const [user, basket] of baskets(historyPath, counters)) {
    let list = histories.get(user)
    if (!list) {
      list = []
      histories.set(user, list)
    }
    list.push(basket)
  }
  const futures = new Map<string, string[]>()
  for (const [user, basket] of baskets(futurePath, counters)) futures.set(user, basket)
  return { histories, futures }
}

function* baskets(path: string, counters: Map<string, number>): Generator<[string, string[]]> {
  const parsed = parseNbrJson(readJson(path), { file: path, counters })
  if (!parsed.ok) throw new UpcrossError('invalid_input', `${path}: ${parsed.issues[0]?.message}`)
  const lines: OrderLine[] = []
  for (const outcome of parsed.value) {
    if (outcome.kind !== 'accept')
      throw new UpcrossError('invalid_input', `${path}: malformed basket`)
    lines.push(outcome.row)
  }
  for (const order of groupConsecutiveLines(lines)) {
    yield [order.customerId, order.lines.map((l) => l.sku)]
  }
}

/** The test users of a Reality-Check keyset file `{item_num, train, val, test}`. */
export function loadKeysetTestUsers(path: string): string[] {
  const test = (readJson(path) as { test?: unknown } | null)?.test
  if (!Array.isArray(test)) throw new UpcrossError('invalid_input', `${path}: no "test" list`)
  return test.map(String)
}
