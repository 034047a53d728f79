/**
 * Follow-ups after a purchase, kept as jobs: `scheduleFollowUps` stores each message of
 * `followUpSchedule` as a queued `follow_up` job, and `sendDueFollowUps` renders and sends the
 * ones whose time has come, marking each `succeeded` or `failed` so that none goes out twice.
 * @module
 */
import { randomBytes } from 'node:crypto'
import { renderFollowUp, type SmtpOptions, sendEmail } from '@upcross/emails'
import type { Job, Store, Tenant } from '@upcross/engine'
import { describeReason, type FollowUpMessage, followUpSchedule, UpcrossError } from 'upcross'
import type { ModelCache, ServingModel } from '../offers/model-cache.js'

/** The job kind of a scheduled follow-up. */
export const FOLLOW_UP_JOB = 'follow_up'

/** How many of a store's newest jobs `sendDueFollowUps` looks through. */
export const FOLLOW_UP_SCAN_LIMIT = 10_000

/** The request body of `POST /v1/stores/:storeId/follow-ups`. */
export interface FollowUpInput {
  to: string
  customer?: string
  order: { id: string; at?: string; lines: { sku: string; quantity: number }[] }
}

/** What a follow-up job's `result` holds: everything needed to send it later. */
export interface FollowUpJobResult {
  to: string
  customer?: string
  orderId: string
  kind: FollowUpMessage['kind']
  sku: string
  anchor: string
  /** ISO 8601. */
  sendAt: string
  afterDays: number
  basis: FollowUpMessage['basis']
  /** The reason sentence, as the offers endpoint words it. */
  text: string
  message: FollowUpMessage
  /** Set once sent. */
  messageId?: string
}

/** One scheduled follow-up, as the API answers it. */
export interface ScheduledFollowUp {
  id: string
  kind: FollowUpMessage['kind']
  sku: string
  anchor: string
  sendAt: string
  afterDays: number
  basis: FollowUpMessage['basis']
  text: string
}

const bad = (message: string, path: (string | number)[]): UpcrossError =>
  new UpcrossError('invalid_input', message, {
    issues: [{ code: 'invalid_input', path, message }],
  })

async function servingModel(models: ModelCache, storeId: string): Promise<ServingModel> {
  const model = await models.get(storeId)
  if (model === undefined)
    throw new UpcrossError(
      'precondition_failed',
      `store "${storeId}" has no trained model yet: POST /v1/stores/${storeId}/train`,
    )
  return model
}

/** Computes the purchase's follow-ups with the store's model and stores each one as a job. */
export async function scheduleFollowUps(
  deps: { store: Store; models: ModelCache; clock: () => number },
  storeId: string,
  input: FollowUpInput,
): Promise<ScheduledFollowUp[]> {
  const now = deps.clock()
  const at = input.order.at === undefined ? now : Date.parse(input.order.at)
  if (!Number.isFinite(at)) throw bad('not an ISO 8601 date-time', ['order', 'at'])
  const model = await servingModel(deps.models, storeId)
  const purchase = {
    at,
    lines: input.order.lines,
    ...(input.customer === undefined ? {} : { customer: input.customer }),
  }
  const messages = followUpSchedule(model.model, purchase)
  const scheduled: ScheduledFollowUp[] = []
  for (const message of messages) {
    const id = `fu_${randomBytes(9).toString('base64url')}`
    const view: ScheduledFollowUp = {
      id,
      kind: message.kind,
      sku: message.sku,
      anchor: message.anchor,
      sendAt: new Date(message.sendAt).toISOString(),
      afterDays: message.afterDays,
      basis: message.basis,
      text: describeReason(message.reason, model.nameOf),
    }
    const { id: _, ...rest } = view
    const result: FollowUpJobResult = {
      to: input.to,
      ...(input.customer === undefined ? {} : { customer: input.customer }),
      orderId: input.order.id,
      ...rest,
      message,
    }
    await deps.store.createJob({
      id,
      storeId,
      kind: FOLLOW_UP_JOB,
      status: 'queued',
      progress: 0,
      message: `${message.kind} ${message.sku} for order ${input.order.id}, due ${view.sendAt}`,
      result,
      createdAt: now,
      updatedAt: now,
    })
    scheduled.push(view)
  }
  return scheduled
}

/** The queued follow-up jobs due at `now`, earliest first. */
async function dueJobs(store: Store, storeId: string, now: number): Promise<Job[]> {
  const jobs = await store.listJobs(storeId, FOLLOW_UP_SCAN_LIMIT)
  return jobs
    .filter((j) => j.kind === FOLLOW_UP_JOB && j.status === 'queued')
    .filter(
      (j) => ((j.result as FollowUpJobResult | undefined)?.message?.sendAt ?? Infinity) <= now,
    )
    .sort(
      (a, b) =>
        (a.result as FollowUpJobResult).message.sendAt -
        (b.result as FollowUpJobResult).message.sendAt,
    )
}

/**
 * Sends every queued follow-up of the store that is due: claims it (`running`), renders it with
 * `renderFollowUp` (titles and prices from the current model, links to `https://<storeId>/`),
 * sends it and marks it `succeeded` (or `failed` with the error).
 */
export async function sendDueFollowUps(
  deps: { store: Store; models: ModelCache; clock: () => number },
  tenant: Tenant,
  smtp: { options: SmtpOptions; from: string },
): Promise<{ sent: number; failed: number }> {
  const storeId = tenant.id
  const now = deps.clock()
  const due = await dueJobs(deps.store, storeId, now)
  if (due.length === 0) return { sent: 0, failed: 0 }
  const model = await deps.models.get(storeId)
  const nameOf = model?.nameOf ?? ((sku: string) => sku)
  const priceOf = (sku: string): number | undefined => {
    const i = model?.model.itemIndex.get(sku)
    const price = i === undefined ? Number.NaN : model!.model.prices[i]!
    return Number.isFinite(price) ? Math.round(price) : undefined
  }
  const storeUrl = `https://${storeId}/`
  let sent = 0
  let failed = 0
  for (const job of due) {
    const result = job.result as FollowUpJobResult
    await deps.store.updateJob(storeId, job.id, {
      status: 'running',
      message: 'sending',
      updatedAt: deps.clock(),
    })
    try {
      const email = await renderFollowUp({
        store: { name: tenant.name || storeId, url: storeUrl, currency: tenant.currency },
        customer: { email: result.to },
        message: result.message,
        nameOf,
        priceOf,
        links: { product: `${storeUrl}products/{sku}` },
      })
      const info = await sendEmail(smtp.options, {
        from: smtp.from,
        to: result.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        headers: email.headers,
      })
      await deps.store.updateJob(storeId, job.id, {
        status: 'succeeded',
        progress: 1,
        message: `sent to the SMTP server: ${info.messageId}`,
        result: { ...result, messageId: info.messageId },
        updatedAt: deps.clock(),
      })
      sent++
    } catch (error) {
      await deps.store.updateJob(storeId, job.id, {
        status: 'failed',
        progress: 1,
        message: `sending failed: ${error instanceof Error ? error.message : String(error)}`,
        updatedAt: deps.clock(),
      })
      failed++
    }
  }
  return { sent, failed }
}
