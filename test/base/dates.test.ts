import { describe, expect, it } from 'vitest';
import { DAY_MS, formatDay, parseInstant, parseInstantInGeneral } from '../../src/base/dates.js';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** A deterministic pseudo-random source, so a failure names a reproducible input. */
function randomSource(seed: number): (below: number) => number {
  let state = seed;
  return (below) => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state % below;
  };
}

describe('parseInstant reads the common shapes from their digits', () => {
  it('gives the same instant as the general path for every day of leap and common years, centuries and year 0', () => {
    for (const year of [0, 1, 99, 100, 400, 1600, 1900, 1970, 1999, 2000, 2024, 2026, 2027, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          for (const text of [date, `${date}T00:00:00Z`, `${date}T23:59:59Z`]) {
            const [fast, general] = [parseInstant(text)?.getTime(), parseInstantInGeneral(text)?.getTime()];
            // Equal pairs are settled by Object.is (toBe's own equality); vitest's matcher, which explains a difference, gets only those (docs/testing.md).
            if (!Object.is(fast, general)) expect(fast, text).toBe(general);
          }
        }
      }
    }
  });

  it('agrees with the general path on out-of-range times, other shapes and near misses', () => {
    const next = randomSource(18);
    const texts = ['2026-11-23T24:00:00Z', '2026-11-23T23:60:00Z', '2026-12-31T23:59:60Z', '2026-11-23t09:00:00z', '2026-11-23 09:00:00Z'];
    texts.push('2026-11-23T09:00:00+0000', '2026-11-23T09:00Z', '2026-11-23T09:00:00.5Z', '+02026-11-23', '2026-1-230', '２０２６-11-23');
    texts.push('2026/11/23', '2026-11-23T09:00:00ZZ', 'abcd-ef-gh', '2026-11-23X09:00:00Z', '2026-11-23T09-00-00Z', '');
    const alphabet = '0123456789-:TZtz +.';
    for (let i = 0; i < 20_000; i++) {
      const base = next(2) === 0 ? '2024-02-29' : '2026-11-23T09:30:15Z';
      const chars = [...base];
      chars[next(chars.length)] = alphabet[next(alphabet.length)]!;
      texts.push(chars.join(''));
    }
    for (const text of texts) {
      const [fast, general] = [parseInstant(text)?.getTime(), parseInstantInGeneral(text)?.getTime()];
      if (!Object.is(fast, general)) expect(fast, text).toBe(general);
    }
  });

  it('reads a bare date as the start of that day in UTC and refuses a day the calendar does not have', () => {
    expect(parseInstant('2027-01-10')?.toISOString()).toBe('2027-01-10T00:00:00.000Z');
    expect(parseInstant('2027-01-10T09:08:07Z')?.toISOString()).toBe('2027-01-10T09:08:07.000Z');
    expect(parseInstant('0099-01-01')?.toISOString()).toBe('0099-01-01T00:00:00.000Z');
    expect(parseInstant('2027-02-29')).toBeUndefined();
    expect(parseInstant('2028-02-29')?.toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });
});

describe('formatDay', () => {
  it('gives the day toISOString gives, at the start and end of days over the whole four-digit range, around century years and just past it', () => {
    const firstDayOfYearZero = -719_528;
    const lastDayOfYear9999 = 2_932_896;
    const dayOf = (year: number) => Math.floor(Date.UTC(year, 0, 1) / DAY_MS);
    const ranges = [
      [firstDayOfYearZero - 3, firstDayOfYearZero + 800, 1],
      [dayOf(1899), dayOf(1901), 1],
      [dayOf(1999), dayOf(2001), 1],
      [dayOf(2099), dayOf(2101), 1],
      [lastDayOfYear9999 - 800, lastDayOfYear9999 + 3, 1],
      // Every 97th day in between: each day of the month and month of the year, over the whole range.
      [firstDayOfYearZero, lastDayOfYear9999, 97],
    ];
    for (const [first, last, step] of ranges) {
      for (let day = first!; day <= last!; day += step!) {
        for (const date of [new Date(day * DAY_MS), new Date(day * DAY_MS + DAY_MS - 1)]) {
          const [formatted, expected] = [formatDay(date), date.toISOString().slice(0, 10)];
          if (formatted !== expected) expect(formatted, date.toISOString()).toBe(expected);
        }
      }
    }
  });

  it('throws on an invalid Date as toISOString does', () => {
    expect(() => formatDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});
