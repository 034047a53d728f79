/**
 * What the serving thread and the training worker tell each other: the worker gets the training
 * input (its typed arrays transferred) and options as `workerData`, reports its phases, and ends
 * with the model bytes (transferred back) or the error that stopped it.
 * @module
 */
import type { ErrorCode, TrainingInput, TrainOptions } from 'upcross'

/** The training options a worker takes: plain data (the catalog is in the input). */
export type WorkerTrainOptions = Omit<TrainOptions, 'products'>

/** The worker's `workerData`. */
export interface TrainWorkerData {
  input: TrainingInput
  options: WorkerTrainOptions
}

/** A message from the worker. */
export type TrainWorkerMessage =
  | { type: 'phase'; phase: 'mining' | 'serializing' }
  | { type: 'done'; bytes: Uint8Array; items: number; customers: number; baskets: number }
  | { type: 'failed'; code: ErrorCode; message: string }
