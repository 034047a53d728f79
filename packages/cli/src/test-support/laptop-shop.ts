/**
 * The laptop shop of the core's upsell tests as CSV files (catalog with declared tiers, variants,
 * warranty, accessory and consumable; orders of ten customers), for CLI tests.
 * @module
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

const ORDERS: [string, number, string[]][] = [
  ['c1', 1, ['L1', 'BAG', 'W1']],
  ['c2', 1, ['L1', 'BAG']],
  ['c3', 2, ['L1', 'WIPES']],
  ['c4', 2, ['L2', 'BAG', 'W1']],
  ['c5', 3, ['L3', 'BAG']],
  ['c6', 3, ['C1', 'MOUSE']],
  ['c7', 4, ['C1', 'MOUSE']],
  ['c6', 10, ['L1', 'MOUSE']],
  ['c7', 11, ['L1']],
  ['c8', 5, ['R1', 'MOUSE']],
  ['c9', 5, ['R1']],
  ['c1', 20, ['R1']],
  ['c2', 21, ['R1']],
  ['c10', 6, ['MOUSE', 'BAG']],
]

/** Writes `products.csv` and `orders.csv` into `dir`; `mouseTitle` replaces the mouse's title. */
export function writeLaptopShop(
  dir: string,
  mouseTitle = 'Mouse',
): { products: string; orders: string } {
  const quoted = `"${mouseTitle.replaceAll('"', '""')}"`
  const products = [
    'sku,title,category,price,tier,variant_of,warranty_for,accessory_of,consumable_for',
    'L1,"Laptop 14"", 8 GB",Computers > Laptops,899.00,good:1,,,,',
    'L2,"Laptop 14"", 16 GB",Computers > Laptops,1099.00,better:2,L1,,,',
    'L3,"Laptop 15"", 32 GB",Computers > Laptops,1499.00,best:3,L1,,,',
    'L4,"Laptop 14"", 8 GB, 1 TB",Computers > Laptops,999.00,,L1,,,',
    'R1,"Rival laptop 14""",Computers > Laptops,1049.00,,,,,',
    'C1,"Budget laptop 14""",Computers > Laptops,699.00,,,,,',
    'W1,3-year warranty,Services,129.00,,,L1|L2|L3,,',
    'BAG,Laptop bag,Bags,39.90,,,,L1|L2|L3,',
    'WIPES,"Screen wipes, 50 pack",Care,9.90,,,,,L1',
    `MOUSE,${quoted},Accessories,19.90,,,,,`,
    '',
  ].join('\n')
  const orders = [
    'order_id,customer_id,ordered_at,sku,quantity,unit_price',
    ...ORDERS.flatMap(([c, day, skus], k) =>
      skus.map((sku) => `o${k},${c},2024-01-${String(day).padStart(2, '0')}T10:00:00Z,${sku},1,`),
    ),
    '',
  ].join('\n')
  const paths = { products: join(dir, 'products.csv'), orders: join(dir, 'orders.csv') }
  writeFileSync(paths.products, products)
  writeFileSync(paths.orders, orders)
  return paths
}
