/** A labelled progress bar (native `<progress>`, so assistive technology reads its value). */
export function ProgressBar({ label, value, max }: { label: string; value: number; max: number }) {
  const pct = max > 0 ? Math.round((100 * value) / max) : 0
  return (
    <div className="progress">
      <label>
        <span>{label}</span>
        <progress value={value} max={max > 0 ? max : 1} aria-valuetext={`${pct} %`} />
        <span className="muted small" aria-hidden="true">
          {pct} %
        </span>
      </label>
    </div>
  )
}
