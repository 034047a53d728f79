/**
 * `<upcross-bundle sku="…">` (product page) or `<upcross-bundle cart="…">`: the best bundle with
 * its price and saving, added whole with one "add all to cart".
 * @module
 */
import { css, html, nothing, type TemplateResult } from 'lit'
import { config } from './config.js'
import { OfferElement } from './offer-element.js'
import { baseStyles } from './styles.js'
import type { Offer, OffersQuery, Placement } from './types.js'

/** The bundle widget. */
export class UpcrossBundle extends OfferElement {
  static override styles = [
    baseStyles,
    css`
      section {
        display: flex;
        flex-direction: column;
        gap: 0.5em;
        padding: 0.75em;
        background: var(--upcross-bg, #fff);
        border: var(--upcross-border, 1px solid #d9d9d9);
        border-radius: var(--upcross-radius, 8px);
      }
      h2 {
        margin: 0;
      }
      .items {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25em 0.5em;
      }
      .items li {
        display: inline;
        height: auto;
        padding: 0;
        border: 0;
        background: none;
      }
      .items li + li::before {
        content: '+ ';
      }
      .items .title {
        display: inline;
        padding: 0;
      }
      .buy {
        justify-content: flex-start;
      }
    `,
  ]
  protected readonly defaultHeading = 'Frequently bought together'
  // Bundles compete with single offers in one answer; a few more leave room to find one.
  protected override readonly defaultLimit = 6

  protected get placement(): Placement {
    return this.sku ? 'product' : 'cart'
  }

  protected override query(): OffersQuery | undefined {
    return this.sku || this.cartSkus.length > 0 ? super.query() : undefined
  }

  private get bundle(): Offer | undefined {
    return this.offers.find((o) => o.kind === 'bundle')
  }

  protected override onScreen(): Offer[] {
    const b = this.bundle
    return b ? super.onScreen().filter((o) => o === b) : []
  }

  override render(): TemplateResult | typeof nothing {
    const b = this.bundle
    if (!b) return nothing
    const { labels } = config
    const cart = this.cartSkus
    const items = b.items ?? [b.sku]
    // Everything of the bundle the shopper does not have yet, the viewed product included.
    const toAdd = items.filter((s) => !cart.includes(s))
    const added = this.done.get(b.id) === 'accept'
    // On a product page the server prices what the bundle adds to the viewed product.
    const price = this.priceOf(b)
    return html`<section part="section" aria-labelledby="h">
      <h2 id="h" part="heading" tabindex="-1">${this.heading ?? this.defaultHeading}</h2>
      <ul part="list" class="items">${items.map(
        (s) =>
          html`<li part="item"><span class="title" part="title">${this.titleOf(s === b.sku ? b : s)}</span></li>`,
      )}</ul>
      <p class="reason" part="reason">${b.text[0] ?? ''}</p>
      <div class="buy">
        ${
          price === undefined
            ? nothing
            : html`<p class="price" part="price">${this.sku ? '+' : ''}${this.money(price - (b.discount ?? 0))}${
                b.discount
                  ? html` <span part="saving">(${labels.save} ${this.money(b.discount)})</span>`
                  : nothing
              }</p>`
        }
        <button class="add" part="add" ?disabled=${added} @click=${() => this.accept(b, toAdd)}>
          ${added ? labels.added : labels.addAll}
        </button>
        <button class="decline" part="dismiss" @click=${() => this.dismiss(b)}>${labels.noThanks}</button>
      </div>
    </section>`
  }
}
