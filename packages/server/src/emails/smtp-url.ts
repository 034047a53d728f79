/**
 * The deployment's SMTP server as one URL (`smtp://user:pass@host:587`, `smtps://…:465`), turned
 * into nodemailer options. The URL holds a password: no message here ever repeats it.
 * @module
 */
import type { SmtpOptions } from '@upcross/emails'

/** Where the server sends emails from: the SMTP URL and the `From` address. */
export interface SmtpConfig {
  /** `smtp://[user:pass@]host[:port]` (STARTTLS when offered) or `smtps://…` (TLS, port 465). */
  url: string
  /** The sender, e.g. `Laptops & Co <shop@shop.example>`. */
  from: string
}

/**
 * The options of an SMTP URL, or a message saying what is wrong (never quoting the URL). Query
 * flags: `ignoreTLS`, `requireTLS` (`=true`).
 */
export function smtpOptionsOf(url: string): SmtpOptions | string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'not a URL (expected smtp://user:pass@host:port)'
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')
    return 'only smtp:// and smtps:// URLs'
  if (parsed.hostname === '') return 'the URL has no host'
  const secure = parsed.protocol === 'smtps:'
  const options: SmtpOptions = {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port === '' ? (secure ? 465 : 587) : Number(parsed.port),
    secure,
  }
  if (parsed.username !== '')
    options.auth = {
      user: decodeURIComponent(parsed.username),
      pass: decodeURIComponent(parsed.password),
    }
  if (parsed.searchParams.get('ignoreTLS') === 'true') options.ignoreTLS = true
  if (parsed.searchParams.get('requireTLS') === 'true') options.requireTLS = true
  return options
}
