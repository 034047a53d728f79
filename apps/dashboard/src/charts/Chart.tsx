import type { EChartsCoreOption, EChartsType } from 'echarts/core'
import { useEffect, useRef, useState } from 'react'

/** Loads ECharts once, on the first chart drawn. */
let loading: Promise<typeof import('./echarts-setup.js')> | undefined
const loadECharts = () => {
  loading ??= import('./echarts-setup.js')
  return loading
}

/**
 * One ECharts chart (SVG renderer), drawn after ECharts loads. The chart is an image to assistive
 * technology, labelled by `label`; every screen also shows its numbers as a table.
 */
export function Chart({
  option,
  label,
  height = 320,
  onItemClick,
  testId,
}: {
  option: EChartsCoreOption
  label: string
  height?: number
  /** Called with the clicked item's id (a graph node's SKU) or name (a bar's category). */
  onItemClick?: (name: string) => void
  testId?: string
}) {
  const box = useRef<HTMLDivElement>(null)
  const chart = useRef<EChartsType | undefined>(undefined)
  const click = useRef(onItemClick)
  click.current = onItemClick
  const [failed, setFailed] = useState<string | undefined>(undefined)

  useEffect(() => {
    let disposed = false
    let resize: ResizeObserver | undefined
    loadECharts().then(
      ({ init }) => {
        if (disposed || !box.current) return
        const c = init(box.current, undefined, { renderer: 'svg' })
        chart.current = c
        c.on('click', (p) => {
          // A graph node's id (a SKU) when it has one, else the item's name (a bar's category).
          const item = p as { name?: unknown; data?: { id?: unknown } }
          const id = typeof item.data?.id === 'string' ? item.data.id : item.name
          if (typeof id === 'string') click.current?.(id)
        })
        resize = new ResizeObserver(() => c.resize())
        resize.observe(box.current)
      },
      (e: unknown) => setFailed(e instanceof Error ? e.message : String(e)),
    )
    return () => {
      disposed = true
      resize?.disconnect()
      chart.current?.dispose()
      chart.current = undefined
    }
  }, [])

  useEffect(() => {
    // Tooltips drawn as rich text, never HTML: they show merchant and shopper strings (titles,
    // placement names from events), which must not become markup.
    const tooltip = { ...((option['tooltip'] as object | undefined) ?? {}), renderMode: 'richText' }
    const apply = () =>
      chart.current?.setOption({ aria: { enabled: true }, ...option, tooltip }, true)
    if (chart.current) apply()
    else
      loadECharts().then(
        () => queueMicrotask(apply),
        () => undefined,
      )
  }, [option])

  if (failed) return <p className="notice error">The chart could not load: {failed}</p>
  return (
    <div
      ref={box}
      role="img"
      aria-label={label}
      className="chart"
      style={{ height }}
      data-testid={testId}
    />
  )
}
