/**
 * `@upcross/engine/testing`: the store conformance suite and its fixtures (imports vitest).
 * @module
 */
export { sampleEvent } from './event-conformance.js'
export { sampleJob } from './job-conformance.js'
export { sampleOrder } from './sample-order.js'
export { describeStoreConformance } from './store-conformance.js'
export { sampleKey, sampleTenant } from './tenant-conformance.js'
