/**
 * upcross emails and printable sheets: order-confirmation, abandoned-cart and follow-up emails
 * with an offer block (MJML templates, eta merge fields), sending through the store's SMTP
 * server, and the staff selling sheet.
 * @module
 */
export type { BaseData } from './compose.js'
export { formatMoney } from './format-money.js'
export type { LineView } from './lines.js'
export { fillLink } from './links.js'
export type { OfferBlockOptions, OfferView } from './offer-block.js'
export { MAX_EMAIL_OFFERS, offerViews } from './offer-block.js'
export type { AbandonedCartInput } from './render-abandoned-cart.js'
export { renderAbandonedCart } from './render-abandoned-cart.js'
export type { FollowUpInput } from './render-follow-up.js'
export { renderFollowUp } from './render-follow-up.js'
export type { EmailOrder, OrderConfirmationInput } from './render-order-confirmation.js'
export { renderOrderConfirmation } from './render-order-confirmation.js'
export type { SellingSheetRenderOptions } from './render-selling-sheet.js'
export { renderSellingSheet } from './render-selling-sheet.js'
export type { EmailMessage, SentEmail, SmtpOptions } from './send-email.js'
export { sendEmail } from './send-email.js'
export { DEFAULT_TEMPLATES } from './templates.js'
export type {
  EmailCustomer,
  EmailLine,
  LinkTemplates,
  RenderedEmail,
  StoreInfo,
} from './types.js'
