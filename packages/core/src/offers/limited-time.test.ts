import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeReason } from '../ranking/explain.js'
import { activeOffers, type LimitedTimeOffer, parseLimitedTimeOffer } from './limited-time.js'

function offer(input: unknown): LimitedTimeOffer {
  const r = parseLimitedTimeOffer(input)
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}

const SALE = {
  id: 'summer',
  label: 'Summer sale, 20% off sandals',
  skus: ['SANDAL'],
  pct_off: 20,
  starts_at: '2025-06-01T00:00:00+02:00',
  ends_at: '2025-06-15T23:59:59+02:00',
}

describe('parseLimitedTimeOffer', () => {
  it('keeps the configured instants verbatim and parses them', () => {
    const o = offer(SALE)
    expect(o.ends_at).toBe('2025-06-15T23:59:59+02:00')
    expect(o.start).toBe(Date.UTC(2025, 4, 31, 22))
    expect(o.end).toBe(Date.UTC(2025, 5, 15, 21, 59, 59))
  })

  it('rejects local times, impossible dates, an end before the start and bad fields', () => {
    const codes = (x: unknown): string[][] => {
      const r = parseLimitedTimeOffer(x)
      return r.ok ? [] : r.issues.map((i) => [i.code, i.path.join('.')])
    }
    expect(codes({ ...SALE, starts_at: '2025-06-01T00:00:00' })).toEqual([
      ['invalid_time', 'starts_at'],
    ])
    expect(codes({ ...SALE, ends_at: '2025-02-30T00:00:00Z' })).toEqual([
      ['invalid_time', 'ends_at'],
    ])
    expect(codes({ ...SALE, ends_at: SALE.starts_at })).toEqual([['ends_before_start', 'ends_at']])
    expect(codes({ ...SALE, id: '', label: 1, skus: 'A', pct_off: 0 })).toEqual([
      ['invalid_id', 'id'],
      ['invalid_label', 'label'],
      ['invalid_type', 'skus'],
      ['invalid_percent', 'pct_off'],
    ])
    expect(codes(null)).toEqual([['invalid_type', '']])
  })
})

describe('activeOffers', () => {
  const o = offer(SALE)

  it('runs from the start, inclusive, to the end, exclusive', () => {
    expect(activeOffers([o], o.start - 1)).toEqual([])
    expect(activeOffers([o], o.start)).toHaveLength(1)
    expect(activeOffers([o], o.end - 1)[0]!.reason).toEqual({
      code: 'limited_time',
      offer: 'summer',
      label: 'Summer sale, 20% off sandals',
      starts_at: '2025-06-01T00:00:00+02:00',
      ends_at: '2025-06-15T23:59:59+02:00',
    })
    expect(activeOffers([o], o.end)).toEqual([])
    expect(describeReason(activeOffers([o], o.start)[0]!.reason)).toBe(
      'Summer sale, 20% off sandals — ends 2025-06-15 21:59:59 UTC',
    )
  })

  it('property: never returned before its start nor at or after its end', () => {
    const base = Date.UTC(2025, 0, 1)
    const arb = fc.record({
      windows: fc.array(
        fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 })),
        { minLength: 1, maxLength: 8 },
      ),
      at: fc.integer({ min: -10, max: 2_000_010 }),
    })
    fc.assert(
      fc.property(arb, ({ windows, at }) => {
        const offers = windows.map(([s, len], k) =>
          offer({
            id: `o${k}`,
            label: `Offer ${k}`,
            starts_at: new Date(base + s * 1000).toISOString(),
            ends_at: new Date(base + (s + len) * 1000).toISOString(),
          }),
        )
        const now = base + at * 1000
        const active = activeOffers(offers, now)
        for (const a of active) {
          expect(now).toBeGreaterThanOrEqual(Date.parse(a.reason.starts_at))
          expect(now).toBeLessThan(Date.parse(a.reason.ends_at))
          expect(a.reason.ends_at).toBe(a.offer.ends_at)
        }
        const expected = offers.filter((o) => o.start <= now && now < o.end).length
        expect(active).toHaveLength(expected)
      }),
      { numRuns: 300 },
    )
  })
})
