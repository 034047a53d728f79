/**
 * The ECharts graph of one product's relations: the product in the middle, one edge per related
 * product (dashed when only declared, solid and as wide as its strength when learned), the
 * relation names in the edge's tooltip.
 * @module
 */
import type { EChartsCoreOption } from 'echarts/core'
import type { Relation } from './relations.js'

const COLORS = { product: '#1f4e99', declared: '#8a5a00', learned: '#1d7a46' } as const

interface Edge {
  sku: string
  labels: string[]
  learned: boolean
  score: number
}

/** One edge per related SKU, in first-seen order. */
export function edgesOf(relations: readonly Relation[]): Edge[] {
  const edges = new Map<string, Edge>()
  for (const r of relations) {
    const e = edges.get(r.sku) ?? { sku: r.sku, labels: [], learned: false, score: 0 }
    if (!e.labels.includes(r.label)) e.labels.push(r.label)
    e.learned ||= r.source === 'learned'
    e.score = Math.max(e.score, r.score ?? 0)
    edges.set(r.sku, e)
  }
  return [...edges.values()]
}

/** The graph option for `sku` and its relations; nodes show titles where `titles` has them. */
export function graphOption(
  sku: string,
  relations: readonly Relation[],
  titles: ReadonlyMap<string, string>,
): EChartsCoreOption {
  const edges = edgesOf(relations)
  const top = Math.max(1e-9, ...edges.map((e) => e.score))
  // Function formatters: a `{b}` in a title must stay text, not become a template field.
  const node = (id: string, category: keyof typeof COLORS) => {
    const title = titles.get(id)
    return {
      id,
      name: title ?? id,
      category,
      symbolSize: id === sku ? 46 : 28,
      tooltip: { formatter: () => (title ? `${title} (${id})` : id) },
    }
  }
  return {
    tooltip: {},
    legend: [{ data: ['product', 'declared', 'learned'], bottom: 0 }],
    series: [
      {
        type: 'graph',
        layout: 'force',
        roam: true,
        draggable: true,
        force: { repulsion: 600, edgeLength: [140, 240], gravity: 0.05 },
        categories: [
          { name: 'product', itemStyle: { color: COLORS.product } },
          { name: 'declared', itemStyle: { color: COLORS.declared } },
          { name: 'learned', itemStyle: { color: COLORS.learned } },
        ],
        label: { show: true, position: 'right', width: 180, overflow: 'truncate' },
        edgeSymbol: ['none', 'arrow'],
        emphasis: { focus: 'adjacency', edgeLabel: { show: true } },
        edgeLabel: {
          show: false,
          formatter: (p: { data?: { tip?: string } }) => p.data?.tip ?? '',
        },
        data: [
          node(sku, 'product'),
          ...edges.map((e) => node(e.sku, e.learned ? 'learned' : 'declared')),
        ],
        links: edges.map((e) => ({
          source: sku,
          target: e.sku,
          tip: e.labels.join('; '),
          tooltip: { formatter: () => e.labels.join('\n') },
          lineStyle: {
            type: e.learned ? 'solid' : 'dashed',
            width: e.learned ? 1.5 + 5 * (e.score / top) : 1.5,
            color: e.learned ? COLORS.learned : COLORS.declared,
            opacity: 0.85,
          },
        })),
      },
    ],
  }
}
