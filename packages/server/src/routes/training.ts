/**
 * Training and its jobs: `POST /train` answers 202 with the job at once; the job's progress and
 * result are read from `GET /jobs/:jobId` on any instance.
 * @module
 */
import type { Job } from '@upcross/engine'
import { type Static, Type } from 'typebox'
import { UpcrossError } from 'upcross'
import { errorResponses, IsoTime, isoOf, StoreIdSchema, StoreParams } from '../schemas/common.js'
import type { App, Services } from '../services.js'
import { TrainSettingsSchema } from '../training/training-document.js'

const JobSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  status: Type.Enum(['queued', 'running', 'succeeded', 'failed']),
  progress: Type.Number({ minimum: 0, maximum: 1 }),
  message: Type.String(),
  result: Type.Optional(Type.Unknown({ description: 'model version and counts, once succeeded' })),
  createdAt: IsoTime,
  updatedAt: IsoTime,
})

function jobView(job: Job): Static<typeof JobSchema> {
  const { id, kind, status, progress, message, result } = job
  const view: Static<typeof JobSchema> = {
    id,
    kind,
    status,
    progress,
    message,
    createdAt: isoOf(job.createdAt),
    updatedAt: isoOf(job.updatedAt),
  }
  if (result !== undefined) view.result = result
  return view
}

/** `POST /train`, `GET /jobs`, `GET /jobs/:jobId`. */
export function trainingRoutes(app: App, { store, training }: Services): void {
  app.post(
    '/v1/stores/:storeId/train',
    {
      config: { access: 'store_secret' },
      // The settings are optional: a bare POST (no body, no Content-Type) means the defaults.
      preValidation: (request, _reply, done) => {
        if (request.body === undefined || request.body === null) request.body = {}
        done()
      },
      schema: {
        tags: ['training'],
        summary: 'Train a new model in the background',
        description:
          'Answers 202 with the job; poll `GET /jobs/{jobId}`. When it succeeds, every instance serves the new model within a second.',
        params: StoreParams,
        body: TrainSettingsSchema,
        response: {
          202: JobSchema,
          ...errorResponses(400, 401, 403, 404, 409, 412, 413, 415, 429),
        },
      },
    },
    async (request, reply) => {
      const job = await training.start(request.params.storeId, request.body)
      return reply
        .status(202)
        .header('location', `/v1/stores/${request.params.storeId}/jobs/${job.id}`)
        .send(jobView(job))
    },
  )

  app.get(
    '/v1/stores/:storeId/jobs',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['training'],
        summary: "The store's latest jobs, newest first",
        params: StoreParams,
        querystring: Type.Object({
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
        }),
        response: {
          200: Type.Object({ jobs: Type.Array(JobSchema) }),
          ...errorResponses(400, 401, 403, 404, 429),
        },
      },
    },
    async (request) => ({
      jobs: (await store.listJobs(request.params.storeId, request.query.limit ?? 20)).map(jobView),
    }),
  )

  app.get(
    '/v1/stores/:storeId/jobs/:jobId',
    {
      config: { access: 'store_secret' },
      schema: {
        tags: ['training'],
        summary: 'One job: status, progress, result',
        params: Type.Object({ storeId: StoreIdSchema, jobId: Type.String({ maxLength: 100 }) }),
        response: { 200: JobSchema, ...errorResponses(400, 401, 403, 404, 429) },
      },
    },
    async (request) => {
      const { storeId, jobId } = request.params
      const job = await store.getJob(storeId, jobId)
      if (!job) throw new UpcrossError('not_found', `store "${storeId}" has no job "${jobId}"`)
      return jobView(job)
    },
  )
}
