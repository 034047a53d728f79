/**
 * `@upcross/engine/testing`: the store conformance suite and its fixtures (imports vitest).
 * @module
 */
export { describeStoreConformance, sampleOrder } from './store-conformance.js'
