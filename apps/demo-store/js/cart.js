// Cart page: editable lines, the free-shipping bar and the cross-sell, all following the cart.
import { cartTable } from './cart-table.js'
import { catalog, start } from './shop.js'

await start()
cartTable(await catalog, true)
