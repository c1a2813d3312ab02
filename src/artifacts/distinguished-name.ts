/**
 * Distinguished names from node-forge's certificate fields as plain data
 * (src/model/recipients.ts), so certificates and server-token recipients can
 * be compared without node-forge objects.
 */
import type forge from 'node-forge';
import type { DnAttribute } from '../model/recipients.js';

/** OIDs node-forge has no short name for, but that Apple's certificates use. */
const EXTRA_SHORT_NAMES: Record<string, string> = {
  '0.9.2342.19200300.100.1.1': 'UID',
  '0.9.2342.19200300.100.1.25': 'DC',
  '2.5.4.5': 'serialNumber',
};

export const UID_OID = '0.9.2342.19200300.100.1.1';

export function attributesFromForge(fields: readonly forge.pki.CertificateField[]): DnAttribute[] {
  return fields.map((field) => {
    const type = field.type ?? '';
    return {
      type,
      name: field.shortName ?? EXTRA_SHORT_NAMES[type] ?? field.name ?? type,
      value: typeof field.value === 'string' ? field.value : String(field.value),
    };
  });
}

/**
 * `C=US, O=Apple Inc., CN=…` in the order the certificate stores the
 * attributes (as OpenSSL prints them), with RFC 4514 escaping of specials.
 */
export function formatDn(attributes: readonly DnAttribute[]): string {
  return attributes.map((attribute) => `${attribute.name}=${attribute.value.replace(/([,+"\\<>;=])/g, '\\$1')}`).join(', ');
}

/**
 * A serial as OpenSSL prints it: DER prefixes a zero byte when the top bit
 * is set (the INTEGER is signed); `openssl x509 -serial` leaves it out.
 */
export function displaySerial(hex: string): string {
  let serial = hex.toLowerCase();
  while (serial.length > 2 && serial.startsWith('00')) serial = serial.slice(2);
  return serial;
}
