/**
 * What Apple's download names say, and the ids and variable names made from
 * them. Apple names a server token `<service>_Token_<date>_smime.p7m` (the
 * service's name in the portal and the download time, `2026-01-10T14-37-38Z`)
 * and a content token `sToken_for_<location>.vpptoken`. Browsers add ` (1)`
 * to a second download of the same name; that is not part of the name.
 */
import { nameKey } from '../model/live.js';
import type { Vendor } from '../base/schema-types.js';

export { nameKey };

export interface ServerTokenName {
  /** The service's name as Apple wrote it into the file name. */
  service: string;
  /** The download time, when the name carries one. */
  downloadedAt?: Date;
  /** False when the name is not Apple's (the file was renamed): the name is then only the file's stem. */
  conventional: boolean;
}

export interface ContentTokenName {
  location: string;
  conventional: boolean;
}

const BROWSER_COPY = /\s?\(\d+\)$/;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]+/g;
const SERVER_TOKEN_NAME = /^(.+)_Token_(.+?)_smime$/i;
const CONTENT_TOKEN_NAME = /^sToken_for_(.+)$/i;
const DOWNLOAD_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T_ ](\d{2})[-:_.](\d{2})[-:_.](\d{2})(?:\.\d+)?Z?)?$/;

/** The file name without folder, extension and a browser's ` (1)`. */
export function stem(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/, '');
  const dot = base.lastIndexOf('.');
  const withoutExtension = dot > 0 ? base.slice(0, dot) : base;
  // A file name may hold anything but `/`: control characters make no name a person typed in Apple's portal.
  return withoutExtension.replace(CONTROL_CHARACTERS, ' ').replace(BROWSER_COPY, '').trim();
}

export function parseDownloadTime(text: string): Date | undefined {
  const match = DOWNLOAD_TIME.exec(text.trim());
  if (match === null) return undefined;
  const [, year, month, day, hour = '00', minute = '00', second = '00'] = match;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`);
  // `2026-02-30` rolls over in Date: a date no calendar has is no download time.
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== `${year}-${month}-${day}` ? undefined : date;
}

export function serverTokenName(fileName: string): ServerTokenName {
  const name = stem(fileName);
  const match = SERVER_TOKEN_NAME.exec(name);
  if (match === null) return { service: name.replace(/_smime$/i, '') || name, conventional: false };
  const downloadedAt = parseDownloadTime(match[2] ?? '');
  return { service: match[1]!, conventional: true, ...(downloadedAt ? { downloadedAt } : {}) };
}

export function contentTokenName(fileName: string): ContentTokenName {
  const name = stem(fileName);
  const match = CONTENT_TOKEN_NAME.exec(name);
  return match === null ? { location: name, conventional: false } : { location: match[1]!.trim(), conventional: true };
}

/** `Acme New York` → `acme-new-york`; accents dropped; empty (e.g. only CJK) → undefined. */
export function slug(name: string): string | undefined {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii === '' ? undefined : ascii.slice(0, 60).replace(/-+$/, '');
}

/** An id from a name that is not yet in `taken` (which it joins): `nyc`, then `nyc-2`. */
export function uniqueId(name: string, fallback: string, taken: Set<string>): string {
  const base = slug(name) ?? fallback;
  let id = base;
  for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${base}-${n}`;
  taken.add(id.toLowerCase());
  return id;
}

/** `acme` + `nyc` → `VPP_TOKEN_ACME_NYC`. */
export function envName(...parts: string[]): string {
  const name = parts
    .map((part) => part.toUpperCase().replace(/[^A-Z0-9]+/g, '_'))
    .join('_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

const VENDOR_WORDS: ReadonlyArray<[RegExp, Vendor]> = [
  [/jamf/i, 'jamf'],
  [/intune|microsoft|endpoint manager/i, 'intune'],
  [/kandji|iru\b/i, 'kandji'],
  [/mosyle/i, 'mosyle'],
  [/fleet/i, 'fleet'],
  [/n[-\s]?central/i, 'n-central'],
  [/n[-\s]?sight/i, 'n-sight'],
  [/nanomdm|nanodep|micromdm/i, 'nanomdm'],
];

/** The vendor a service's name suggests, else `other` (the import says so, and the person corrects it). */
export function guessVendor(serviceName: string): { vendor: Vendor; guessed: boolean } {
  const found = VENDOR_WORDS.find(([pattern]) => pattern.test(serviceName));
  return found ? { vendor: found[1], guessed: false } : { vendor: 'other', guessed: true };
}
