/**
 * Money and reward wording for the shopper's locale. Amounts arrive in minor units.
 * @module
 */
import type { Labels } from './config.js'
import type { Reward } from './types.js'

/** Formats minor units in `currency` for `locale`; without a currency, a plain two-decimal number. */
export function money(minor: number, currency?: string, locale?: string): string {
  const major = minor / 100
  if (!currency) return major.toFixed(2)
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(major)
  } catch {
    return `${major.toFixed(2)} ${currency}`
  }
}

/** What a tier grants, in words. */
export function rewardText(reward: Reward, labels: Labels): string {
  if (reward.kind === 'free_shipping') return labels.freeShipping
  if (reward.kind === 'free_gift') return labels.freeGift
  return labels.percentOff.replace('{pct}', String(reward.pct))
}

/** Replaces `{name}` placeholders. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all)
}
