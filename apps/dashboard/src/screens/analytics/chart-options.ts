/**
 * ECharts options of the analytics screen, built from the analytics answer alone (pure, so they
 * are tested without a browser). Money axes are in major units of the store currency.
 * @module
 */
import type { EChartsCoreOption } from 'echarts/core'
import type { DailyPoint, Interval, OfferMetrics } from './analytics-api.js'

const major = (minor: number, digits: number) => minor / 10 ** digits

/** Offers shown and taken per placement (bars), and the take rate (line, right axis). */
export function placementOption(rows: readonly OfferMetrics[]): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 56, right: 56, top: 24, bottom: 56 },
    xAxis: { type: 'category', data: rows.map((r) => r.key) },
    yAxis: [
      { type: 'value', name: 'offers' },
      {
        type: 'value',
        name: 'take rate %',
        max: (v: { max: number }) => Math.max(1, Math.ceil(v.max)),
      },
    ],
    series: [
      { name: 'shown', type: 'bar', data: rows.map((r) => r.impressions) },
      { name: 'taken', type: 'bar', data: rows.map((r) => r.taken) },
      {
        name: 'take rate %',
        type: 'line',
        yAxisIndex: 1,
        data: rows.map((r) => (r.takeRate === null ? null : +(r.takeRate * 100).toFixed(2))),
      },
    ],
  }
}

/** Attributed revenue and margin per placement. */
export function placementMoneyOption(
  rows: readonly OfferMetrics[],
  digits: number,
): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 64, right: 24, top: 24, bottom: 56 },
    xAxis: { type: 'category', data: rows.map((r) => r.key) },
    yAxis: { type: 'value' },
    series: [
      {
        name: 'attributed revenue',
        type: 'bar',
        data: rows.map((r) => major(r.attributedRevenue, digits)),
      },
      {
        name: 'attributed margin',
        type: 'bar',
        data: rows.map((r) => major(r.attributedMargin, digits)),
      },
    ],
  }
}

/** Day by day: offers shown and taken, attributed revenue (right axis). */
export function dailyOption(points: readonly DailyPoint[], digits: number): EChartsCoreOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 56, right: 64, top: 24, bottom: 56 },
    xAxis: { type: 'category', data: points.map((p) => p.day) },
    yAxis: [
      { type: 'value', name: 'offers' },
      { type: 'value', name: 'revenue' },
    ],
    series: [
      { name: 'shown', type: 'line', data: points.map((p) => p.impressions) },
      { name: 'taken', type: 'line', data: points.map((p) => p.taken) },
      {
        name: 'attributed revenue',
        type: 'bar',
        yAxisIndex: 1,
        data: points.map((p) => major(p.attributedRevenue, digits)),
      },
    ],
  }
}

/** One estimate with its interval, per named metric (e.g. incremental revenue and margin). */
export interface IntervalRow {
  name: string
  interval: Interval
}

/**
 * Estimates as dots with their confidence intervals as whiskers, and a zero line: an interval
 * that crosses zero shows at a glance that the lift is not established.
 */
export function intervalOption(rows: readonly IntervalRow[], level: number): EChartsCoreOption {
  const known = rows.filter(
    (r) => r.interval.estimate !== null && r.interval.low !== null && r.interval.high !== null,
  )
  return {
    tooltip: { trigger: 'item' },
    grid: { left: 160, right: 32, top: 16, bottom: 32 },
    yAxis: { type: 'category', data: known.map((r) => r.name) },
    xAxis: { type: 'value', scale: true },
    series: [
      {
        name: `${Math.round(level * 100)} % interval`,
        type: 'custom',
        renderItem: (
          _params: unknown,
          api: {
            value(i: number): number
            coord(p: [number, number]): [number, number]
            style(extra?: object): object
          },
        ) => {
          const y = api.value(0)
          const [x0, cy] = api.coord([api.value(1), y])
          const [x1] = api.coord([api.value(2), y])
          const [xe] = api.coord([api.value(3), y])
          const style = { stroke: '#1f4e99', lineWidth: 2 }
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1: x0, y1: cy, x2: x1, y2: cy }, style },
              { type: 'line', shape: { x1: x0, y1: cy - 6, x2: x0, y2: cy + 6 }, style },
              { type: 'line', shape: { x1: x1, y1: cy - 6, x2: x1, y2: cy + 6 }, style },
              { type: 'circle', shape: { cx: xe, cy, r: 5 }, style: { fill: '#1f4e99' } },
            ],
          }
        },
        encode: { y: 0, x: [1, 2, 3] },
        data: known.map((r, i) => [i, r.interval.low, r.interval.high, r.interval.estimate]),
        markLine: {
          silent: true,
          symbol: 'none',
          data: [{ xAxis: 0 }],
          lineStyle: { color: '#888' },
        },
      },
    ],
  }
}
