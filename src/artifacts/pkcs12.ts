/**
 * PKCS#12 (`.p12`) bundles, as MDM vendors ship APNs push certificates:
 * the certificate, usually with its private key, behind a passphrase.
 * Internal to the artifacts folder: only the certificate leaves it.
 */
import forge from 'node-forge';
import { parseAsn1 } from './asn1.js';
import { fail, type Result } from './bytes.js';
import { UID_OID } from './distinguished-name.js';

/** DER of the keyBag and pkcs8ShroudedKeyBag OIDs (1.2.840.113549.1.12.10.1.1 / .2). */
const KEY_BAG_OIDS = [Buffer.from('060b2a864886f70d010c0a0101', 'hex'), Buffer.from('060b2a864886f70d010c0a0102', 'hex')];

const { Type } = forge.asn1;

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
  if (pfx === 'wrong-passphrase') {
    return fail(
      passphrase === undefined
        ? 'the .p12 is protected by a passphrase: give it with `passphrase: env:NAME` (or `--passphrase env:NAME` for inspect)'
        : 'the passphrase does not open this .p12 (the MAC does not verify)',
    );
  }
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
