/**
 * `<upcross-checkout-offer>`: one upgrade or add-on in a pop-up at checkout, only once the
 * shopper has chosen (a non-empty cart), at most once per session, dismissed with Escape or
 * "No thanks". A native modal `<dialog>` gives the focus trap, Escape and the top layer, so the
 * page's layout never moves.
 * @module
 */
import { css, html, nothing, type TemplateResult } from 'lit'
import { config } from './config.js'
import { OfferElement } from './offer-element.js'
import { readJson, writeJson } from './storage.js'
import { baseStyles } from './styles.js'
import type { Offer, OffersQuery } from './types.js'

const SHOWN = 'upcross:checkout-shown'

/** The checkout pop-up. */
export class UpcrossCheckoutOffer extends OfferElement {
  static override styles = [
    baseStyles,
    css`
      :host {
        display: contents;
      }
      dialog {
        max-width: min(26rem, 90vw);
        border: var(--upcross-border, 1px solid #d9d9d9);
        border-radius: var(--upcross-radius, 8px);
        background: var(--upcross-bg, #fff);
        color: var(--upcross-color, inherit);
        padding: 1.25em;
      }
      dialog::backdrop {
        background: var(--upcross-backdrop, rgb(0 0 0 / 0.4));
      }
      .actions {
        display: flex;
        gap: 0.5em;
        margin-top: 1em;
      }
    `,
  ]
  static override properties = { trigger: {} }

  /** `load` (default): opens by itself once offers arrive; `manual`: only through `show()`. */
  declare trigger: string | undefined
  /** Whether the pop-up is showing (drives impressions, not rendering). */
  private open = false
  protected readonly placement = 'checkout' as const
  protected readonly defaultHeading = 'Before you pay'
  protected override readonly followsCart = true
  protected override readonly defaultLimit = 1

  protected override query(): OffersQuery | undefined {
    // Never before the shopper has chosen: an empty cart gets no pop-up at all.
    return this.cartSkus.length > 0 ? super.query() : undefined
  }

  /** Opens the pop-up when there is an offer; returns whether it opened. */
  show(): boolean {
    const dialog = this.renderRoot.querySelector('dialog')
    if (!dialog || this.offers.length === 0) return false
    if (!dialog.open) dialog.showModal()
    this.open = true
    writeJson(() => sessionStorage, SHOWN, true)
    this.recordImpressions()
    return true
  }

  protected override updated(): void {
    super.updated()
    const auto = this.trigger !== 'manual' && !this.open
    if (auto && !readJson(() => sessionStorage, SHOWN, false)) this.show()
  }

  protected override onScreen(): Offer[] {
    return this.open ? this.offers.slice(0, 1) : []
  }

  private close(): void {
    this.renderRoot.querySelector('dialog')?.close()
    this.open = false
  }

  private priceLine(o: Offer): TemplateResult | typeof nothing {
    const price = this.priceOf(o)
    if (price === undefined) return nothing
    return html`<p class="price" part="price">${this.money(price - (o.discount ?? 0))}</p>`
  }

  override render(): TemplateResult | typeof nothing {
    const o = this.offers[0]
    if (!o) return nothing
    const { labels } = config
    const decline = () => {
      this.dismiss(o)
      this.close()
    }
    return html`<dialog part="dialog" aria-labelledby="h" @cancel=${(e: Event) => {
      e.preventDefault()
      decline()
    }}>
      <h2 id="h" part="heading">${this.heading ?? this.defaultHeading}</h2>
      <p class="title" part="title">${this.titleOf(o)}</p>
      <p class="reason" part="reason">${o.text[0] ?? ''}</p>
      ${this.priceLine(o)}
      <div class="actions">
        <button class="add" part="add" autofocus @click=${() => {
          this.accept(o)
          this.close()
        }}>${labels.addToOrder}</button>
        <button class="decline" part="decline" @click=${decline}>${labels.noThanks}</button>
      </div>
    </dialog>`
  }
}
