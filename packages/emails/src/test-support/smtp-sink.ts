/**
 * A local SMTP sink for tests: smtp-server on 127.0.0.1 at a free port, every message parsed
 * with mailparser. The test closes it. The server's tests use it too, through
 * `@upcross/emails/testing` (source only: test support is never built into dist).
 * @module
 */
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** A running sink: its port, the messages it received, and how to stop it. */
export interface SmtpSink {
  port: number
  /** Resolves with the next message (or one already received and not yet taken). */
  next(): Promise<ParsedMail & { envelopeTo: string[] }>
  close(): Promise<void>
}

/** Starts a sink that accepts any sender and recipient without TLS or login. */
export async function startSmtpSink(): Promise<SmtpSink> {
  type Received = ParsedMail & { envelopeTo: string[] }
  const received: Received[] = []
  const waiting: ((m: Received) => void)[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const message = Object.assign(mail, {
            envelopeTo: session.envelope.rcptTo.map((r) => r.address),
          })
          const taker = waiting.shift()
          if (taker) taker(message)
          else received.push(message)
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.server.address()
  const port = typeof address === 'object' && address !== null ? address.port : 0
  return {
    port,
    next: () => {
      const ready = received.shift()
      return ready ? Promise.resolve(ready) : new Promise((resolve) => waiting.push(resolve))
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
