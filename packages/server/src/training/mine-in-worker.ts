/**
 * Runs the CPU-heavy half of training — baskets, co-occurrence, mining, bundles, the `.upx`
 * bytes — in a worker thread, so the serving thread keeps answering requests meanwhile.
 * @module
 */
import { Worker } from 'node:worker_threads'
import { type TrainingInput, trainingInputBuffers, UpcrossError } from 'upcross'
import type { TrainWorkerData, TrainWorkerMessage, WorkerTrainOptions } from './worker-protocol.js'

/** What the worker made. */
export interface MinedModel {
  bytes: Uint8Array
  items: number
  customers: number
  baskets: number
}

/** A phase the worker reached. */
export type MiningPhase = 'mining' | 'serializing'

/**
 * Mines `input` in a new worker started from `entry`. The input's typed arrays are transferred
 * (unusable here afterwards). Settles once the thread has exited: with the model, or with an
 * `UpcrossError` — the worker's own error, `internal` when it crashed or stopped without an
 * answer, `unavailable` when `signal` aborted it (the thread is terminated).
 */
export function mineInWorker(
  entry: URL,
  input: TrainingInput,
  options: WorkerTrainOptions,
  onPhase: (phase: MiningPhase) => void,
  signal: AbortSignal,
): Promise<MinedModel> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(stopped())
      return
    }
    const data: TrainWorkerData = { input, options }
    const worker = new Worker(entry, {
      workerData: data,
      transferList: trainingInputBuffers(input),
    })
    let outcome: { model: MinedModel } | { error: UpcrossError } | undefined
    const onAbort = () => {
      outcome ??= { error: stopped() }
      void worker.terminate()
    }
    signal.addEventListener('abort', onAbort, { once: true })
    worker.on('message', (message: TrainWorkerMessage) => {
      if (message.type === 'phase') onPhase(message.phase)
      else if (message.type === 'done') {
        const { bytes, items, customers, baskets } = message
        outcome ??= { model: { bytes, items, customers, baskets } }
      } else outcome ??= { error: new UpcrossError(message.code, message.message) }
    })
    worker.on('error', (error) => {
      outcome ??= {
        error: new UpcrossError('internal', `the training worker crashed: ${error.message}`, {
          cause: error,
        }),
      }
    })
    worker.on('exit', (code) => {
      signal.removeEventListener('abort', onAbort)
      if (outcome && 'model' in outcome) resolve(outcome.model)
      else
        reject(
          outcome?.error ??
            new UpcrossError(
              'internal',
              `the training worker stopped (exit code ${code}) without a model`,
            ),
        )
    })
  })
}

function stopped(): UpcrossError {
  return new UpcrossError('unavailable', 'training was stopped: the server is shutting down')
}
