/**
 * The token calendar (`tokens --format ics`, the Action's `calendar-file`):
 * an RFC 5545 calendar an admin subscribes to once. ical-generator writes
 * it (escaping, CRLF, 75-octet folding); this file decides what goes in.
 */
import ical, { ICalAlarmType } from 'ical-generator';
import { maskPrefixedTokens } from '../base/credentials.js';
import { DAY_MS } from '../base/dates.js';

export interface CalendarEvent {
  /** `<organization>/<kind>/<id>@abm-gitops`: a renewed token moves its event instead of adding one. */
  uid: string;
  /** The expiry day, `YYYY-MM-DD` (UTC). */
  day: string;
  summary: string;
  description: string;
  /** Reminders, in milliseconds before the expiry day (`expiry.renewBefore`, `expiry.warnBefore`). */
  alarmsBeforeMs: readonly number[];
}

export interface CalendarOptions {
  /** DTSTAMP of every event: `--now`, so the same input gives the same bytes. */
  now: Date;
  name?: string;
}

export function calendarUid(organization: string, kind: string, id: string): string {
  return `${organization}/${kind}/${id}@abm-gitops`;
}

export function formatCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
  const calendar = ical({
    name: options.name ?? 'abm-gitops token expiry',
    prodId: { company: 'abm-gitops', product: 'abm-gitops', language: 'EN' },
    // Subscribed calendars poll: once a day is enough for dates weeks ahead.
    ttl: DAY_MS / 1000,
  });
  for (const event of events) {
    const entry = calendar.createEvent({
      id: event.uid,
      start: new Date(`${event.day}T00:00:00Z`),
      allDay: true,
      stamp: options.now,
      summary: plain(event.summary),
      description: plain(event.description),
    });
    for (const beforeMs of [...new Set(event.alarmsBeforeMs)].sort((a, b) => b - a)) {
      entry.createAlarm({ type: ICalAlarmType.display, trigger: Math.round(beforeMs / 1000), description: plain(event.summary) });
    }
  }
  // ical-generator ends the last line without its CRLF; RFC 5545 ends every content line with one.
  return `${calendar.toString()}\r\n`;
}

/** Control characters have no place in a calendar (and some clients choke on them); line breaks stay; no token known by its prefix (src/base/credentials.ts). */
function plain(text: string): string {
  return (
    maskPrefixedTokens(text)
      .replace(/\r\n?|\u2028|\u2029/g, '\n')
      // eslint-disable-next-line no-control-regex -- removing control characters is the point
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, ' ')
      // Folding at 75 octets may start a line anywhere: with no `::` left, no line can start a workflow command.
      .replace(/::/g, ':\u200b:')
  );
}
