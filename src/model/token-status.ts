/**
 * Where a token or certificate stands against the expiry windows of
 * abm-gitops.yml. One home for the rule every view uses (tokens, HTML,
 * calendar, dashboard): windows are inclusive, as in token-expiry, and days
 * left are whole days rounded toward zero (`daysBetween`).
 */
import type { TokenEntry, TokenRow, TokenStatus } from '../base/findings.js';

export type { TokenStatus } from '../base/findings.js';

export interface StatusWindows {
  warnBeforeMs: number;
  errorBeforeMs: number;
  renewBeforeMs: number;
}

/** From worst to best: the order an MSP triages in. */
export const TOKEN_STATUSES: readonly TokenStatus[] = ['expired', 'error', 'warning', 'renew', 'ok'];

/** What each status says to a person (tables, HTML, the dashboard issue): words, never colour alone. */
export const STATUS_WORDS: Readonly<Record<TokenStatus, string>> = {
  expired: 'expired',
  error: 'expires very soon',
  warning: 'expires soon',
  renew: 'renewal due',
  ok: 'ok',
};

export function tokenStatus(expiresAt: Date, now: Date, windows: StatusWindows): TokenStatus {
  const remainingMs = expiresAt.getTime() - now.getTime();
  if (remainingMs <= 0) return 'expired';
  if (remainingMs <= windows.errorBeforeMs) return 'error';
  if (remainingMs <= windows.warnBeforeMs) return 'warning';
  if (remainingMs <= windows.renewBeforeMs) return 'renew';
  return 'ok';
}

/** Lower is worse; for sorting and for an organization's worst token. */
export function statusRank(status: TokenStatus): number {
  return TOKEN_STATUSES.indexOf(status);
}

/** Each entry with its status as of `now`. */
export function withStatus(entries: readonly TokenEntry[], now: Date, windows: StatusWindows): TokenRow[] {
  return entries.map((entry) => ({ ...entry, status: tokenStatus(new Date(entry.expiresAt), now, windows) }));
}
