/**
 * A row of offer cards (title, reason, price, add, dismiss): the body of the upsell, cross-sell,
 * thank-you and choices widgets.
 * @module
 */
import { html, nothing, type TemplateResult } from 'lit'
import { config } from './config.js'
import { OfferElement } from './offer-element.js'
import type { Offer } from './types.js'

/** An offer widget that shows its offers as cards. */
export abstract class OfferCards extends OfferElement {
  /** The add button's words. */
  protected addLabel(): string {
    return config.labels.add
  }

  /** The offers in the order shown. */
  protected ordered(): Offer[] {
    return this.offers
  }

  override render(): TemplateResult | typeof nothing {
    const offers = this.ordered()
    if (offers.length === 0) return nothing
    return html`<section part="section" aria-labelledby="h">
      <h2 id="h" part="heading" tabindex="-1">${this.heading ?? this.defaultHeading}</h2>
      <ul part="list">${offers.map((o) => this.card(o))}</ul>
    </section>`
  }

  /** One card. */
  protected card(o: Offer): TemplateResult {
    const { labels } = config
    const title = this.titleOf(o)
    const url = this.urlOf(o.sku)
    const added = this.done.get(o.id) === 'accept'
    return html`<li part="card">
      ${o.kind === 'upsell' ? html`<span class="badge" part="badge">${labels.upgrade}</span>` : nothing}
      ${
        url
          ? html`<a class="title" part="title" href=${url} @click=${() => this.clicked(o)}>${title}</a>`
          : html`<span class="title" part="title">${title}</span>`
      }
      <p class="reason" part="reason" title=${o.text.join('\n')}>${o.text[0] ?? ''}</p>
      <div class="buy">
        ${this.price(o)}
        <button class="add" part="add" ?disabled=${added} aria-label=${`${this.addLabel()}: ${title}`} @click=${() => this.accept(o)}>
          ${added ? labels.added : this.addLabel()}
        </button>
      </div>
      <button class="dismiss" part="dismiss" title=${labels.dismiss} aria-label=${`${labels.dismiss}: ${title}`} @click=${() => this.dismiss(o)}>×</button>
    </li>`
  }

  /** The price line: the price, and the discounted price beside it struck through when discounted. */
  protected price(o: Offer): TemplateResult | typeof nothing {
    const price = this.priceOf(o)
    if (price === undefined) return nothing
    if (!o.discount) return html`<p class="price" part="price">${this.money(price)}</p>`
    return html`<p class="price" part="price">
      <s>${this.money(price)}</s> ${this.money(price - o.discount)}
    </p>`
  }
}
