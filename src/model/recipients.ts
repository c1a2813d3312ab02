/**
 * Who a server token was encrypted to, and whether that is the certificate a
 * service declares: Apple encrypts each server token to the public key
 * certificate uploaded for the service (issuer + serial identify it). Plain
 * data, so the artifacts readers fill it in and rules compare it.
 */

export interface DnAttribute {
  /** The attribute's OID, e.g. `2.5.4.3`. */
  type: string;
  /** The short name when one is known, e.g. `CN`, `UID`; else the OID. */
  name: string;
  value: string;
}

export interface TokenRecipient {
  /** Readable issuer DN of the certificate the token was encrypted to, e.g. `CN=abm-gitops`. */
  issuer: string;
  issuerAttributes: DnAttribute[];
  /** That certificate's serial number, lower-case hex as stored. */
  serialNumber: string;
}

/** What identifies a certificate to a CMS recipient: its issuer and serial number. */
export interface IssuerAndSerial {
  issuerAttributes: readonly DnAttribute[];
  serialNumber: string;
}

/** Serials compare as numbers: ignore case and the sign-padding leading zeros of DER. */
export function normaliseSerial(hex: string): string {
  const trimmed = hex.toLowerCase().replace(/^0+/, '');
  return trimmed === '' ? '0' : trimmed;
}

export function sameIssuerAndSerial(a: IssuerAndSerial, b: IssuerAndSerial): boolean {
  if (normaliseSerial(a.serialNumber) !== normaliseSerial(b.serialNumber)) return false;
  if (a.issuerAttributes.length !== b.issuerAttributes.length) return false;
  return a.issuerAttributes.every((attribute, index) => {
    const other = b.issuerAttributes[index];
    return other !== undefined && other.type === attribute.type && other.value === attribute.value;
  });
}

/** True when the token was encrypted to this certificate (to any of its recipients). */
export function recipientMatchesCertificate(token: { recipients: readonly TokenRecipient[] }, certificate: IssuerAndSerial): boolean {
  return token.recipients.some((recipient) => sameIssuerAndSerial(recipient, certificate));
}
