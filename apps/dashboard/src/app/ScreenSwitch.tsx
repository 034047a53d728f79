import { AnalyticsScreen } from '../screens/analytics/AnalyticsScreen.js'
import { ConfigScreen } from '../screens/config/ConfigScreen.js'
import { ExperimentsScreen } from '../screens/experiments/ExperimentsScreen.js'
import { ImportScreen } from '../screens/import/ImportScreen.js'
import { OverviewScreen } from '../screens/overview/OverviewScreen.js'
import { PreviewScreen } from '../screens/preview/PreviewScreen.js'
import { ProductsScreen } from '../screens/products/ProductsScreen.js'
import { useRoute } from './routes.js'

/** The screen of the current route. */
export function ScreenSwitch() {
  const { screen, params } = useRoute()
  switch (screen) {
    case 'import':
      return <ImportScreen />
    case 'products':
      return <ProductsScreen sku={params[0]} />
    case 'config':
      return <ConfigScreen document={params[0]} />
    case 'preview':
      return <PreviewScreen />
    case 'experiments':
      return <ExperimentsScreen />
    case 'analytics':
      return <AnalyticsScreen />
    default:
      return <OverviewScreen />
  }
}
