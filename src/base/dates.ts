import { UsageError } from './errors.js';

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
  // The two shapes nearly every file holds (`2027-01-10`, `2027-01-10T09:00:00Z`) are read from their
  // digits: no regular expression, no string building, no second Date. Anything else takes the general path.
  const instant = text.length === 10 || text.length === 20 ? commonInstantMs(text) : undefined;
  return instant === undefined ? parseInstantInGeneral(text) : new Date(instant);
}

/**
 * `parseInstant` for every shape it accepts: the reference the digit-reading
 * path is checked against (test/base/dates.test.ts).
 */
export function parseInstantInGeneral(text: string): Date | undefined {
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
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999, and 1900 has no February 29.
  const calendar = new Date(0);
  calendar.setUTCFullYear(year!, month! - 1, day!);
  if (calendar.getUTCMonth() !== month! - 1 || calendar.getUTCDate() !== day) return undefined;
  return date;
}

const ZERO = 48;

/** The value of the two ASCII digits at `at`, or -1. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - ZERO;
  const ones = text.charCodeAt(at + 1) - ZERO;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/**
 * Milliseconds since the epoch of `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SSZ` with
 * every field in its range; `undefined` for anything else (other shapes, 24:00,
 * leap seconds, impossible days), which the general path decides.
 */
function commonInstantMs(text: string): number | undefined {
  const century = twoDigits(text, 0);
  const yearInCentury = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (century < 0 || yearInCentury < 0 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const year = century * 100 + yearInCentury;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  let ms = daysFromCivil(year, month, day) * DAY_MS;
  if (text.length === 20) {
    // `T`, `:`, `:`, `Z`
    if (text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58 || text.charCodeAt(16) !== 58 || text.charCodeAt(19) !== 90) return undefined;
    const hour = twoDigits(text, 11);
    const minute = twoDigits(text, 14);
    const second = twoDigits(text, 17);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return undefined;
    ms += hour * HOUR_MS + minute * 60_000 + second * 1000;
  }
  return ms;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The `now` a user gives (`--now`, the Action's `now` input); `what` names it in the error. */
export function parseNow(text: string, what: string): Date {
  const now = parseInstant(text);
  if (!now) throw new UsageError(`${what} must be a date such as 2026-11-23 or 2026-11-23T09:00:00Z, not "${text}"`);
  return now;
}

/** `30d` / `12h` → milliseconds. */
export function parseDuration(text: string): number | undefined {
  // At most 9999 days or 99999 hours (27 and 11 years), as the schema says: a longer window is a
  // mistake, and one past the calendar's end (±100,000,000 days) would make every date from it invalid.
  const match = /^(?:(\d{1,4})d|(\d{1,5})h)$/.exec(text);
  if (!match) return undefined;
  return match[1] !== undefined ? Number(match[1]) * DAY_MS : Number(match[2]) * HOUR_MS;
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
  const days = Math.floor(date.getTime() / DAY_MS);
  // Years 0–9999 from the day count (a rule's message formats tens of thousands of days);
  // anything else, or an invalid Date, as toISOString says it (and throws).
  if (!(days >= MIN_FOUR_DIGIT_DAY && days <= MAX_FOUR_DIGIT_DAY)) return date.toISOString().slice(0, 10);
  const [year, month, day] = civilFromDays(days);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** 0000-01-01 and 9999-12-31 as days since 1970-01-01. */
const MIN_FOUR_DIGIT_DAY = -719_528;
const MAX_FOUR_DIGIT_DAY = 2_932_896;

/** The proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's `civil_from_days`). */
function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}
