import type { Job } from '@upcross/client'
import { useState } from 'react'
import { useDashboard } from '../../app/dashboard-context.js'
import { ErrorNotice } from '../../ui/ErrorNotice.js'
import { ProgressBar } from '../../ui/ProgressBar.js'
import { followJob } from './follow-job.js'

/** Starts a training run and follows its job until it ends. */
export function TrainPanel() {
  const { client, storeId, summary, refresh } = useDashboard()
  const [job, setJob] = useState<Job | undefined>(undefined)
  const [error, setError] = useState<unknown>(undefined)
  const running = job?.status === 'queued' || job?.status === 'running'

  const train = async () => {
    setError(undefined)
    try {
      const started = await client.train(storeId)
      setJob(started)
      const done = await followJob(client, storeId, started, setJob)
      if (done.status === 'succeeded') await refresh()
    } catch (e) {
      setError(e)
    }
  }

  return (
    <section aria-labelledby="train-title" className="panel">
      <h2 id="train-title">Training</h2>
      <p className="muted">
        Mines the orders for what sells with what and what upgrades what, then serves the new model
        within about a second.
      </p>
      <button type="button" onClick={train} disabled={running || summary.orders === 0}>
        {running ? 'Training…' : 'Train a model now'}
      </button>
      {job ? (
        <div aria-live="polite">
          {running ? (
            <ProgressBar label={job.message || 'Training'} value={job.progress} max={1} />
          ) : (
            <p className={job.status === 'succeeded' ? 'notice ok' : 'notice error'}>
              {job.status === 'succeeded' ? 'Trained: ' : 'Training failed: '}
              {job.message}
            </p>
          )}
        </div>
      ) : null}
      <ErrorNotice error={error} title="Training could not start" />
    </section>
  )
}
