/**
 * Finding Debian's Chromium for the browser tests: `CHROMIUM_BIN`, else `/usr/bin/chromium`.
 * In CI (`CI=true`) a missing browser is a failure, never a silent skip; locally the browser
 * tests are skipped with a notice.
 * @module
 */
import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

/** The browser binary, or undefined when there is none. */
export function chromiumPath(): string | undefined {
  const path = process.env['CHROMIUM_BIN'] || '/usr/bin/chromium'
  return existsSync(path) ? path : undefined
}

/** Whether the browser tests run here; throws in CI without a browser. */
export function browserTestsEnabled(): boolean {
  if (chromiumPath()) return true
  const message =
    'Chromium not found (set CHROMIUM_BIN or apt-get install chromium): the browser tests need it'
  if (process.env['CI'] === 'true') throw new Error(message)
  process.stderr.write(`\n⚠ SKIPPING browser tests: ${message}\n\n`)
  return false
}

/** Headless Chromium with the flags that work as root in containers (STACK.md §5). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath()!,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
