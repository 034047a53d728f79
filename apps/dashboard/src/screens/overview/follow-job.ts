/**
 * Polls a background job until it ends, reporting every state on the way.
 * @module
 */
import type { Job, UpcrossClient } from '@upcross/client'

/** Resolves to the job once it succeeded or failed; `onUpdate` sees each state. */
export async function followJob(
  client: Pick<UpcrossClient, 'getJob'>,
  storeId: string,
  job: Job,
  onUpdate: (job: Job) => void,
  intervalMs = 250,
): Promise<Job> {
  let current = job
  while (current.status === 'queued' || current.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
    current = await client.getJob(storeId, current.id)
    onUpdate(current)
  }
  return current
}
