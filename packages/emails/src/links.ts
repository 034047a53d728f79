/**
 * Links from the store's URL templates: values are URL-encoded and only http(s) comes out, so a
 * SKU can never turn a link into `javascript:` or point it at another host's path.
 * @module
 */
import { UpcrossError } from 'upcross'

/** Fills `{name}` placeholders with URL-encoded values; unknown placeholders are an error. */
export function fillLink(template: string, values: Readonly<Record<string, string>>): string {
  const url = template.replace(/\{([a-z_]+)\}/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined)
      throw new UpcrossError('invalid_input', `link template ${template}: no value for {${name}}`)
    return encodeURIComponent(value)
  })
  return httpUrl(url, 'link template')
}

/** Checks that a URL is absolute http(s) and returns it. */
export function httpUrl(url: string, what: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new UpcrossError('invalid_input', `${what}: not an absolute URL: ${url}`)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
    throw new UpcrossError('invalid_input', `${what}: only http and https links: ${url}`)
  return url
}

/** The unsubscribe link of `links`, filled for one email; undefined when the store has none. */
export function unsubscribeLink(
  links: { unsubscribe?: string },
  placement: string,
  order = '',
): string | undefined {
  return links.unsubscribe === undefined
    ? undefined
    : fillLink(links.unsubscribe, { placement, order, sku: '' })
}
