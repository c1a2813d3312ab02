/**
 * PKCS#12 (`.p12`) bundles, as MDM vendors ship APNs push certificates:
 * the certificate, usually with its private key, behind a passphrase.
 * Internal to the artifacts folder: only the certificate leaves it.
 */
import forge from 'node-forge';
import { ASN1_TYPE, parseAsn1 } from './asn1.js';
import { fail, type Result } from './bytes.js';
import { UID_OID } from './distinguished-name.js';

/** DER of the keyBag and pkcs8ShroudedKeyBag OIDs (1.2.840.113549.1.12.10.1.1 / .2). */
const KEY_BAG_OIDS = [Buffer.from('060b2a864886f70d010c0a0101', 'hex'), Buffer.from('060b2a864886f70d010c0a0102', 'hex')];

const Type = ASN1_TYPE;

/** `PFX ::= SEQUENCE { version INTEGER (3), authSafe ContentInfo, macData OPTIONAL }`. */
export function isPkcs12Asn1(root: forge.asn1.Asn1): boolean {
  const [version, authSafe] = Array.isArray(root.value) ? root.value : [];
  return version?.type === Type.INTEGER && version.value === '\x03' && authSafe?.type === Type.SEQUENCE;
}

export function looksLikePkcs12(der: Buffer): boolean {
  try {
    return isPkcs12Asn1(parseAsn1(der, { parseAllBytes: false }));
  } catch {
    return false;
  }
}

/**
 * Whether the bundle holds a private key bag, as far as can be seen without
 * its passphrase. Most tools put the key in a shrouded bag inside an
 * unencrypted safe (OpenSSL, macOS Keychain, forge), so its bag OID is
 * readable as is; a key inside an encrypted safe is seen when the bundle
 * opens with no passphrase or the empty one. Behind a real passphrase it is
 * not: `certificateFromPkcs12` tells once it has the passphrase.
 */
export function pkcs12HoldsKey(der: Buffer): boolean {
  if (KEY_BAG_OIDS.some((oid) => der.includes(oid))) return true;
  try {
    const pfx = open(der, undefined);
    return typeof pfx !== 'string' && keyBagsOf(pfx).length > 0;
  } catch {
    return false;
  }
}

function keyBagsOf(pfx: forge.pkcs12.Pkcs12Pfx): forge.pkcs12.Bag[] {
  return [forge.pki.oids.keyBag, forge.pki.oids.pkcs8ShroudedKeyBag].flatMap((bagType) => pfx.getBags({ bagType: bagType ?? '' })[bagType ?? ''] ?? []);
}

const DATA_OID = '1.2.840.113549.1.7.1';
const CERT_BAG_OID = '1.2.840.113549.1.12.10.1.3';

/** The `[0]` content of a ContentInfo or bag: its first child, or nothing. */
function explicitContent(node: forge.asn1.Asn1 | undefined): forge.asn1.Asn1 | undefined {
  return Array.isArray(node?.value) ? node.value[0] : undefined;
}

/** The bytes of an OCTET STRING, also when BER splits it into parts. */
function octets(node: forge.asn1.Asn1 | undefined): string | undefined {
  if (node === undefined) return undefined;
  if (typeof node.value === 'string') return node.value;
  return node.value.map((part) => (typeof part.value === 'string' ? part.value : '')).join('');
}

function oidOf(node: forge.asn1.Asn1 | undefined): string | undefined {
  return node?.type === Type.OID && typeof node.value === 'string' ? forge.asn1.derToOid(node.value) : undefined;
}

/**
 * The DER of the certificates in the bundle's unencrypted safes, readable
 * without the passphrase (forge and some exporters leave them there; OpenSSL
 * encrypts them). Only to tell what a bundle is, never to trust its dates.
 */
export function visiblePkcs12Certificates(der: Buffer): Buffer[] {
  try {
    const [, authSafe] = parseAsn1(der, { parseAllBytes: false }).value as forge.asn1.Asn1[];
    if (oidOf((authSafe?.value as forge.asn1.Asn1[] | undefined)?.[0]) !== DATA_OID) return [];
    const safes = forge.asn1.fromDer(octets(explicitContent((authSafe!.value as forge.asn1.Asn1[])[1])) ?? '', false).value as forge.asn1.Asn1[];
    const found: Buffer[] = [];
    for (const contentInfo of safes) {
      const [type, content] = contentInfo.value as forge.asn1.Asn1[];
      if (oidOf(type) !== DATA_OID) continue;
      for (const bag of forge.asn1.fromDer(octets(explicitContent(content)) ?? '', false).value as forge.asn1.Asn1[]) {
        const [bagId, bagValue] = bag.value as forge.asn1.Asn1[];
        if (oidOf(bagId) !== CERT_BAG_OID) continue;
        const certificate = octets(explicitContent(((explicitContent(bagValue)?.value ?? []) as forge.asn1.Asn1[])[1]));
        if (certificate !== undefined) found.push(Buffer.from(certificate, 'binary'));
      }
    }
    return found;
  } catch {
    return [];
  }
}

/** Why a .p12 did not open without a passphrase (callers that can ask for one compare against it). */
export const PASSPHRASE_NEEDED_REASON =
  'the .p12 is protected by a passphrase: give it with `passphrase: env:NAME` in the `apnsCertificate` (or `--passphrase env:NAME` for inspect and import)';
export const WRONG_PASSPHRASE_REASON = 'the passphrase does not open this .p12 (the MAC does not verify)';

export type Pkcs12Certificate = Result<{ der: Buffer; holdsKey: boolean }>;

function open(der: Buffer, passphrase: string | undefined): forge.pkcs12.Pkcs12Pfx | 'wrong-passphrase' | 'unreadable' {
  const asn1 = parseAsn1(der, { parseAllBytes: false });
  // A bundle without a passphrase is written with none or with the empty one, depending on the tool.
  for (const attempt of passphrase === undefined ? [undefined, ''] : [passphrase]) {
    try {
      return forge.pkcs12.pkcs12FromAsn1(asn1, false, attempt);
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      if (!/mac could not be verified|invalid password/i.test(message)) return 'unreadable';
    }
  }
  return 'wrong-passphrase';
}

/** The leaf certificate: the APNs one when there is one, else the first. */
export function certificateFromPkcs12(der: Buffer, passphrase: string | undefined): Pkcs12Certificate {
  let pfx: ReturnType<typeof open>;
  try {
    pfx = open(der, passphrase);
  } catch {
    return fail('corrupted: the .p12 is not valid ASN.1');
  }
  if (pfx === 'wrong-passphrase') return fail(passphrase === undefined ? PASSPHRASE_NEEDED_REASON : WRONG_PASSPHRASE_REASON);
  if (pfx === 'unreadable') return fail('unsupported .p12: its encryption or structure is not one node-forge reads (export it again with AES-256 or 3DES)');
  const bags = pfx.getBags({ bagType: forge.pki.oids.certBag ?? '' })[forge.pki.oids.certBag ?? ''] ?? [];
  const certificates = bags.map((bag) => bag.cert).filter((cert): cert is forge.pki.Certificate => cert !== undefined && cert !== null);
  if (certificates.length === 0) return fail('the .p12 holds no certificate forge can read (only RSA certificates are supported)');
  const leaf = certificates.find((cert) => cert.subject.getField({ type: UID_OID }) !== null) ?? certificates[0]!;
  return {
    ok: true,
    der: Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(leaf)).getBytes(), 'binary'),
    // The bags forge opened, and a shrouded key bag it could not decrypt but whose type shows.
    holdsKey: keyBagsOf(pfx).length > 0 || KEY_BAG_OIDS.some((oid) => der.includes(oid)),
  };
}
