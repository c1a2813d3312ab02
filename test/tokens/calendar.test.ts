/**
 * The token calendar, written with ical-generator and read back with an
 * independent parser (ical.js), as a subscribing calendar would read it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { writeRepo } from '../support/repo.js';
import { cli, NOW, organizationYaml } from './support.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONFIG = 'apiVersion: abm-gitops/v1\nkind: Config\nexpiry: { warnBefore: 30d, errorBefore: 7d, renewBefore: 45d }\n';

interface ParsedEvent {
  uid: string;
  start: string;
  isDate: boolean;
  summary: string;
  description: string;
  stamp: string;
  alarmSeconds: number[];
}

function parseCalendar(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const stamp = component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    return {
      uid: event.uid,
      start: event.startDate.toString(),
      isDate: event.startDate.isDate,
      summary: event.summary,
      description: event.description,
      stamp: stamp.toString(),
      alarmSeconds: component.getAllSubcomponents('valarm').map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds()),
    };
  });
}

async function ics(root: string, now = NOW): Promise<string> {
  const result = await cli(['tokens', root, '--format', 'ics', '--now', now], PACKAGE_ROOT);
  expect(result.err).toBe('');
  expect(result.code).toBe(0);
  return result.out;
}

describe('tokens --format ics', () => {
  it('has one all-day event per token of examples/broken on its expiry day, with both reminders', async () => {
    const json = JSON.parse((await cli(['tokens', 'examples/broken', '--format', 'json', '--now', NOW], PACKAGE_ROOT)).out) as {
      tokens: Array<{ organization: string; kind: string; id: string; expiresAt: string }>;
    };
    const events = parseCalendar(await ics('examples/broken'));
    const expected = new Map(json.tokens.map((token) => [`${token.organization}/${token.kind}/${token.id}@abm-gitops`, token.expiresAt.slice(0, 10)]));
    expect(expected.size).toBeGreaterThan(5);
    expect(events).toHaveLength(expected.size);
    for (const event of events) {
      expect(expected.get(event.uid), event.uid).toBe(event.start);
      expect(event.isDate).toBe(true);
      expect(event.stamp).toBe('2026-11-23T00:00:00Z');
      // renewBefore (45d) and warnBefore (30d) of examples/broken's defaults, before the day.
      expect(event.alarmSeconds.sort((a, b) => a - b)).toEqual([-45 * 86400, -30 * 86400]);
      expect(event.summary).toMatch(/^Renew the \S+ (service token|content token|APNs certificate) of .+: it expires today$/);
      expect(event.description).toContain('Steps:\n1. ');
    }
  });

  it('writes CRLF line ends and folds every line at 75 octets', async () => {
    const root = writeRepo({
      'abm-gitops.yml': CONFIG,
      'organization.yml': organizationYaml({ displayName: `Zürich ${'Ünïcødé '.repeat(20)}Ltd` }),
    });
    const text = await ics(root);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    // Folding never cuts a character in two.
    expect(text).not.toContain('\uFFFD');
    const [event] = parseCalendar(text).filter((parsed) => parsed.uid.includes('content-token'));
    expect(event?.summary).toBe(`Renew the nyc-apps content token of Zürich ${'Ünïcødé '.repeat(20).trim()} Ltd (acme): it expires today`);
  });

  it('keeps the UID of a renewed token and moves its event', async () => {
    const before = parseCalendar(await ics(writeRepo({ 'abm-gitops.yml': CONFIG, 'organization.yml': organizationYaml({ contentExpires: '2026-12-01' }) })));
    const after = parseCalendar(await ics(writeRepo({ 'abm-gitops.yml': CONFIG, 'organization.yml': organizationYaml({ contentExpires: '2027-12-01' }) })));
    expect(after.map((event) => event.uid).sort()).toEqual(before.map((event) => event.uid).sort());
    const uid = 'acme/content-token/nyc-apps@abm-gitops';
    expect(before.find((event) => event.uid === uid)?.start).toBe('2026-12-01');
    expect(after.find((event) => event.uid === uid)?.start).toBe('2027-12-01');
  });

  it('gives the same bytes for the same input and --now', async () => {
    const root = writeRepo({ 'abm-gitops.yml': CONFIG, 'organization.yml': organizationYaml({}) });
    expect(await ics(root)).toBe(await ics(root));
  });

  it('carries names with calendar syntax and control characters as plain text', async () => {
    const hostile = 'Evil, Inc; \\ BEGIN:VEVENT\u0007';
    const root = writeRepo({ 'abm-gitops.yml': CONFIG, 'organization.yml': organizationYaml({ displayName: hostile, serviceName: 'Jamf\nEND:VCALENDAR' }) });
    const text = await ics(root);
    expect(text.match(/^BEGIN:VEVENT/gm)).toHaveLength(3);
    expect(text.match(/^END:VCALENDAR/gm)).toHaveLength(1);
    expect(text).not.toContain('\u0007');
    const events = parseCalendar(text);
    expect(events).toHaveLength(3);
    const service = events.find((event) => event.uid === 'acme/service-token/jamf-prod@abm-gitops');
    expect(service?.summary).toBe('Renew the jamf-prod service token of Evil, Inc; \\ BEGIN:VEVENT (acme): it expires today');
    expect(service?.description).toContain('Jamf END:VCALENDAR');
  });

  it('writes the calendar to --output', async () => {
    const root = writeRepo({ 'abm-gitops.yml': CONFIG, 'organization.yml': organizationYaml({}) });
    const result = await cli(['tokens', '.', '--format', 'ics', '--now', NOW, '--output', 'tokens.ics'], root);
    expect(result).toMatchObject({ code: 0, out: '' });
    expect(parseCalendar(readFileSync(join(root, 'tokens.ics'), 'utf8'))).toHaveLength(3);
  });
});
