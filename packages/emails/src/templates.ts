/**
 * Templates: eta merge fields (HTML-escaped in markup, raw in plain text) over MJML files that a
 * merchant can edit without a build step, compiled to email HTML by mjml.
 * @module
 */
import { fileURLToPath } from 'node:url'
import { Eta } from 'eta'
import { UpcrossError } from 'upcross'

/** The templates shipped with the package (`packages/emails/templates`). */
export const DEFAULT_TEMPLATES = fileURLToPath(new URL('../templates/', import.meta.url))

interface Engines {
  markup: Eta
  text: Eta
}

const engines = new Map<string, Engines>()

function enginesFor(dir: string): Engines {
  let e = engines.get(dir)
  if (!e) {
    // Escaping is on for markup and off for plain text, where `&amp;` would be shown as is.
    e = {
      markup: new Eta({ views: dir, autoEscape: true, cache: true }),
      // Plain text keeps every newline the template has; a control line ends in `-%>` to drop its own.
      text: new Eta({ views: dir, autoEscape: false, autoTrim: false, cache: true }),
    }
    engines.set(dir, e)
  }
  return e
}

/** Renders `<name>.mjml` with `data` and compiles it to HTML; MJML errors are `invalid_input`. */
export async function renderMjml(
  name: string,
  data: object,
  dir = DEFAULT_TEMPLATES,
): Promise<string> {
  const mjml = merge(enginesFor(dir).markup, `./${name}.mjml`, data)
  // Loaded on first use: mjml is large, and the selling sheet and sending need none of it.
  const { default: mjml2html } = await import('mjml')
  let result: Awaited<ReturnType<typeof mjml2html>>
  try {
    // No web fonts: a self-hosted store's emails should not call out to a font CDN.
    result = await mjml2html(mjml, { validationLevel: 'strict', fonts: {}, keepComments: false })
  } catch (error) {
    throw new UpcrossError('invalid_input', `template ${name}.mjml: ${mjmlMessage(error)}`, {
      cause: error,
    })
  }
  return result.html
}

/** Renders `<name>.txt` with `data`, unescaped, with runs of blank lines folded to one. */
export function renderText(name: string, data: object, dir = DEFAULT_TEMPLATES): string {
  const text = merge(enginesFor(dir).text, `./${name}.txt`, data)
  return `${text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`
}

/** Renders an HTML (not MJML) template `<name>.html.eta` with escaping. */
export function renderHtml(name: string, data: object, dir = DEFAULT_TEMPLATES): string {
  return merge(enginesFor(dir).markup, `./${name}.html.eta`, data)
}

function merge(eta: Eta, path: string, data: object): string {
  try {
    return eta.render(path, data)
  } catch (error) {
    throw new UpcrossError('invalid_input', `template ${path}: ${(error as Error).message}`, {
      cause: error,
    })
  }
}

function mjmlMessage(error: unknown): string {
  const details = (error as { errors?: { formattedMessage?: string; message?: string }[] }).errors
  if (Array.isArray(details) && details.length > 0)
    return details.map((d) => d.formattedMessage ?? d.message).join('; ')
  return (error as Error).message
}
