/**
 * One email from one template pair (`<name>.mjml` and `<name>.txt`) and its merge data.
 * @module
 */
import { httpUrl } from './links.js'
import type { OfferView } from './offer-block.js'
import { renderMjml, renderText } from './templates.js'
import type { RenderedEmail, StoreInfo } from './types.js'

/** The merge data every template gets. */
export interface BaseData {
  store: Required<Pick<StoreInfo, 'name' | 'url' | 'accentColor'>> & { logoUrl?: string }
  subject: string
  /** The inbox preview line. */
  preview: string
  offers: OfferView[]
  offerHeading: string
  unsubscribe?: string | undefined
}

/** The store as templates see it, its links checked. */
export function storeData(store: StoreInfo): BaseData['store'] {
  const out: BaseData['store'] = {
    name: store.name,
    url: httpUrl(store.url, 'store url'),
    accentColor: store.accentColor ?? '#333333',
  }
  if (store.logoUrl) out.logoUrl = httpUrl(store.logoUrl, 'store logo')
  return out
}

/** Renders the HTML and the plain-text alternative of template `name`. */
export async function compose(
  name: string,
  data: BaseData & Record<string, unknown>,
  templates?: string,
): Promise<RenderedEmail> {
  const headers: Record<string, string> = {}
  if (data.unsubscribe) headers['List-Unsubscribe'] = `<${data.unsubscribe}>`
  return {
    subject: data.subject,
    html: await renderMjml(name, data, templates),
    text: renderText(name, data, templates),
    headers,
  }
}

/** A subject line on one line: control characters (header injection) become spaces. */
export function subjectLine(text: string): string {
  const visible = [...text].map((ch) => (isControl(ch) ? ' ' : ch)).join('')
  return visible.replace(/\s+/g, ' ').trim()
}

function isControl(ch: string): boolean {
  const code = ch.codePointAt(0)!
  return code < 0x20 || code === 0x7f
}
