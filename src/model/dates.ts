export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * An ISO 8601 date or date-time as an instant. A bare date is the start of
 * that day in UTC; a date-time without an offset is read as UTC too, so the
 * result never depends on the machine's time zone.
 */
export function parseInstant(text: string): Date | undefined {
  let iso: string;
  if (DATE_ONLY.test(text)) iso = `${text}T00:00:00Z`;
  else if (DATE_TIME.test(text)) {
    iso = text.replace(' ', 'T');
    if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(iso)) iso += 'Z';
    // `+0000` (Apple's content tokens) → `+00:00`
    iso = iso.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  } else return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  // Reject dates that JavaScript silently rolls over (2027-02-30 → March 2).
  const [year, month, day] = text.slice(0, 10).split('-').map(Number);
  const calendar = new Date(Date.UTC(year!, month! - 1, day!));
  if (calendar.getUTCMonth() !== month! - 1 || calendar.getUTCDate() !== day) return undefined;
  return date;
}

/** `30d` / `12h` → milliseconds. */
export function parseDuration(text: string): number | undefined {
  const match = /^(\d+)([dh])$/.exec(text);
  if (!match) return undefined;
  return Number(match[1]) * (match[2] === 'd' ? DAY_MS : HOUR_MS);
}

/**
 * Whole days from `now` until `date`, negative once past, rounded toward
 * zero: 1612.6 days ago is -1612 ("1612 days ago"), anything under a day
 * either way is 0 ("today", "less than a day left"). The one rounding rule
 * of every day count: messages, `tokens[].daysLeft`, reports.
 */
export function daysBetween(now: Date, date: Date): number {
  const days = Math.trunc((date.getTime() - now.getTime()) / DAY_MS);
  return days === 0 ? 0 : days; // never -0
}

/** `2027-01-10` for messages and PR text. */
export function formatDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
