import { createMemoryStore } from './memory-store.js'
import { describeStoreConformance } from './testing/store-conformance.js'

describeStoreConformance('memory', async () => createMemoryStore())
