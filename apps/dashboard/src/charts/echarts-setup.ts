/**
 * The parts of ECharts the dashboard draws with, registered once. Imported only through
 * `import()` in `Chart`, so ECharts is its own chunk and screens without charts never load it.
 * @module
 */
import { BarChart, CustomChart, GraphChart, LineChart } from 'echarts/charts'
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components'
import { init, use } from 'echarts/core'
import { SVGRenderer } from 'echarts/renderers'

use([
  BarChart,
  CustomChart,
  GraphChart,
  LineChart,
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
])

export { init }
