/**
 * A follow-up email from a scheduled message (`followUpSchedule`): the service plan or warranty
 * after a durable, or the refill before a consumable runs out.
 * @module
 */
import type { FollowUpMessage, MessageCatalog, NameOf } from 'upcross'
import { compose, storeData, subjectLine } from './compose.js'
import { unsubscribeLink } from './links.js'
import { offerViews } from './offer-block.js'
import type { EmailCustomer, LinkTemplates, RenderedEmail, StoreInfo } from './types.js'

const PLACEMENT = 'follow_up'

/** Everything a follow-up email is rendered from. */
export interface FollowUpInput {
  store: StoreInfo
  customer: EmailCustomer
  message: FollowUpMessage
  nameOf: NameOf
  priceOf?: (sku: string) => number | undefined
  links: LinkTemplates
  messages?: MessageCatalog
  templates?: string
}

/** Renders one follow-up: subject, HTML (MJML) and the plain-text alternative. */
export async function renderFollowUp(input: FollowUpInput): Promise<RenderedEmail> {
  const { store, message: m, nameOf } = input
  const words = WORDS[m.kind](nameOf(m.anchor), nameOf(m.sku))
  const data = {
    store: storeData(store),
    subject: subjectLine(words.subject),
    preview: words.intro,
    heading: words.subject,
    intro: words.intro,
    customer: { name: input.customer.name ?? '' },
    offers: offerViews([{ sku: m.sku, kind: 'upsell', score: 1, reasons: [m.reason] }], {
      store,
      nameOf,
      priceOf: input.priceOf,
      productLink: input.links.product,
      placement: PLACEMENT,
      messages: input.messages,
    }),
    offerHeading: words.heading,
    unsubscribe: unsubscribeLink(input.links, PLACEMENT),
  }
  return compose('follow-up', data, input.templates)
}

type Words = { subject: string; intro: string; heading: string }

const WORDS: Record<FollowUpMessage['kind'], (anchor: string, offered: string) => Words> = {
  service_plan: (anchor, offered) => ({
    subject: `Time to look after your ${anchor}`,
    intro: `a service plan keeps your ${anchor} running like the day you bought it.`,
    heading: offered,
  }),
  warranty: (anchor, offered) => ({
    subject: `Protect your ${anchor}`,
    intro: `you can still extend the cover of your ${anchor}.`,
    heading: offered,
  }),
  refill: (anchor) => ({
    subject: `Running low on ${anchor}?`,
    intro: `by our count your ${anchor} will run out soon. Reorder in one click.`,
    heading: 'Reorder',
  }),
}
