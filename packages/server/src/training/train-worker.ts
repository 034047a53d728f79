/**
 * The training worker (a `node:worker_threads` entry): mines the training input it was given
 * into a model and sends back the `.upx` bytes, so the serving thread never runs the miner. It
 * imports the core only (no store, no fastify), to start quickly.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads'
import { isUpcrossError, serializeModel, trainFromInput } from 'upcross'
import type { TrainWorkerData, TrainWorkerMessage } from './worker-protocol.js'

function post(message: TrainWorkerMessage, transfer: ArrayBuffer[] = []): void {
  if (!parentPort) throw new Error('train-worker.js runs as a worker thread only')
  parentPort.postMessage(message, transfer)
}

const { input, options } = workerData as TrainWorkerData
try {
  post({ type: 'phase', phase: 'mining' })
  const model = trainFromInput(input, options)
  post({ type: 'phase', phase: 'serializing' })
  const bytes = serializeModel(model)
  const { items, customers, baskets } = model.meta
  post({ type: 'done', bytes, items, customers, baskets }, [bytes.buffer as ArrayBuffer])
} catch (error) {
  post(
    isUpcrossError(error)
      ? { type: 'failed', code: error.code, message: error.message }
      : {
          type: 'failed',
          code: 'internal',
          message: error instanceof Error ? error.message : String(error),
        },
  )
}
