/**
 * `<upcross-free-shipping-bar>`: the cart's progress to its next threshold (free shipping, a gift,
 * a percentage off). It renders exactly the server's evaluation of the store's rules (`thresholds`
 * in the offers answer) and computes nothing itself, so it never promises what checkout does not
 * grant; without rules it shows nothing.
 * @module
 */
import { css, html, nothing, type TemplateResult } from 'lit'
import { config } from './config.js'
import { fill, rewardText } from './format.js'
import { OfferElement } from './offer-element.js'
import { baseStyles } from './styles.js'
import type { Offer } from './types.js'

/** The threshold progress bar. */
export class UpcrossFreeShippingBar extends OfferElement {
  static override styles = [
    baseStyles,
    css`
      .message {
        margin: 0 0 0.35em;
      }
      .bar {
        height: var(--upcross-bar-height, 0.5rem);
        background: var(--upcross-bar-bg, #e5e7eb);
        border-radius: 999px;
        overflow: hidden;
      }
      .fill {
        height: 100%;
        background: var(--upcross-bar-fill, var(--upcross-accent, #1a56db));
        transition: width 0.3s;
      }
    `,
  ]
  protected readonly placement = 'cart' as const
  protected readonly defaultHeading = ''
  protected override readonly followsCart = true
  protected override readonly defaultLimit = 1

  /** The bar shows no offers, so it records no impressions. */
  protected override onScreen(): Offer[] {
    return []
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.answer?.thresholds
    if (!t) return nothing
    const { labels } = config
    let message: string
    let max: number
    if (t.next) {
      max = t.next.tier.threshold
      message = fill(labels.more, {
        gap: this.money(t.next.gap),
        reward: rewardText(t.next.tier.reward, labels),
      })
    } else {
      const last = t.reached?.[t.reached.length - 1]
      if (!last) return nothing
      max = t.counted
      message = fill(labels.unlocked, { reward: rewardText(last.reward, labels) })
    }
    const pct = max > 0 ? Math.min(100, (100 * t.counted) / max) : 100
    return html`<p class="message" part="message" aria-live="polite">${message}</p>
      <div class="bar" part="bar" role="progressbar" aria-label=${message} aria-valuemin="0"
        aria-valuemax=${max} aria-valuenow=${Math.min(t.counted, max)} aria-valuetext=${message}>
        <div class="fill" part="fill" style=${`width:${pct.toFixed(1)}%`}></div>
      </div>`
  }
}
