/**
 * Sending through the store's own SMTP server with nodemailer; failures become `UpcrossError`s.
 * @module
 */
import { UpcrossError } from 'upcross'

/** How to reach the store's SMTP server. */
export interface SmtpOptions {
  host: string
  port: number
  /** TLS from the first byte (port 465); otherwise STARTTLS is used when the server offers it. */
  secure?: boolean
  /** Refuse to send unless STARTTLS succeeds. */
  requireTLS?: boolean
  /** Never upgrade to TLS (a local relay or a test sink). */
  ignoreTLS?: boolean
  auth?: { user: string; pass: string }
  tls?: { rejectUnauthorized?: boolean; servername?: string }
  /** Milliseconds to wait for the connection (default 10 s). */
  connectionTimeout?: number
}

/** One message: addresses plus a rendered email (`renderOrderConfirmation`, …). */
export interface EmailMessage {
  from: string
  to: string | readonly string[]
  replyTo?: string
  subject: string
  html: string
  text: string
  headers?: Record<string, string>
}

/** What the server accepted. */
export interface SentEmail {
  messageId: string
  accepted: string[]
  rejected: string[]
}

/**
 * Sends one message and closes the connection. An unreachable server is `unavailable`, refused
 * credentials `unauthorized`, recipients the server refuses `invalid_input`.
 */
export async function sendEmail(smtp: SmtpOptions, message: EmailMessage): Promise<SentEmail> {
  const { createTransport } = await import('nodemailer')
  const transport = createTransport({ connectionTimeout: 10_000, ...smtp })
  try {
    const info = await transport.sendMail({
      from: message.from,
      to: typeof message.to === 'string' ? message.to : [...message.to],
      ...(message.replyTo === undefined ? {} : { replyTo: message.replyTo }),
      subject: message.subject,
      html: message.html,
      text: message.text,
      headers: message.headers ?? {},
    })
    return {
      messageId: info.messageId,
      accepted: info.accepted.map(address),
      rejected: info.rejected.map(address),
    }
  } catch (error) {
    throw smtpError(smtp, error)
  } finally {
    transport.close()
  }
}

function address(a: string | { address: string }): string {
  return typeof a === 'string' ? a : a.address
}

function smtpError(smtp: SmtpOptions, error: unknown): UpcrossError {
  const code = (error as { code?: string }).code
  const where = `SMTP ${smtp.host}:${smtp.port}`
  const why = (error as Error).message
  if (code === 'EAUTH')
    return new UpcrossError('unauthorized', `${where}: ${why}`, { cause: error })
  if (code === 'EENVELOPE' || code === 'EMESSAGE')
    return new UpcrossError('invalid_input', `${where}: ${why}`, { cause: error })
  return new UpcrossError('unavailable', `${where}: ${why}`, { cause: error })
}
