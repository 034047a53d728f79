/**
 * File input for the CLI: every supported layout read from disk (gzip, streaming) into the
 * outcome streams of the core's layout parsers.
 * @module
 */

export type { LayoutFactory } from './csv-layout.js'
export { readCsvLayout } from './csv-layout.js'
export type { CsvItem, CsvReadOptions } from './csv-records.js'
export { readCsvRecords } from './csv-records.js'
export { assertFile, isGzip, openBytes } from './file-bytes.js'
export type { InstacartOrderFiles, InstacartProductFiles } from './instacart-files.js'
export { findInstacartOrderFiles, findInstacartProductFiles } from './instacart-files.js'
export { readJsonFile } from './json-file.js'
export type { OrderSourceOptions } from './order-source.js'
export { openOrderSource } from './order-source.js'
export type { ProductFormat } from './product-source.js'
export { openProductSource, PRODUCT_FORMATS } from './product-source.js'
