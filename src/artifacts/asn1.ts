/**
 * One entry to forge's BER/DER parser. Its type declarations only know the
 * old boolean `strict` argument; the options object is what lets us accept
 * trailing bytes (detection) or refuse them (readers).
 */
import forge from 'node-forge';

export interface Asn1ParseOptions {
  /** Refuse bytes after the first structure (readers); detection only needs the start. */
  parseAllBytes: boolean;
  /**
   * Parse BIT STRING contents as nested ASN.1: forge's certificate reader
   * needs it for the public key; elsewhere they are opaque signatures.
   */
  decodeBitStrings?: boolean;
}

type FromDerWithOptions = (bytes: forge.util.ByteBuffer, options: { strict: boolean; parseAllBytes: boolean; decodeBitStrings: boolean }) => forge.asn1.Asn1;

/** Throws forge's own errors ("Too few bytes…"); callers turn them into reasons. */
export function parseAsn1(der: Buffer, options: Asn1ParseOptions): forge.asn1.Asn1 {
  const fromDer = forge.asn1.fromDer as unknown as FromDerWithOptions;
  return fromDer(forge.util.createBuffer(der.toString('binary')), {
    strict: true,
    parseAllBytes: options.parseAllBytes,
    decodeBitStrings: options.decodeBitStrings ?? false,
  });
}

/** Maps forge's parse errors to one line a user understands. */
export function asn1Failure(error: unknown, what: string): string {
  const message = error instanceof Error ? error.message : '';
  if (/too few bytes/i.test(message)) return `truncated: the ${what} ends early`;
  if (/unparsed der bytes remain/i.test(message)) return `corrupted: extra bytes after the ${what}`;
  return 'corrupted: the content is not valid ASN.1 (BER/DER)';
}

/**
 * forge's ASN.1 type numbers and OIDs the readers compare with, written out:
 * reading them from forge when a module loads would load all of node-forge
 * (a third of the CLI's start-up) in runs that never read an artifact. A
 * test checks each against forge's own tables.
 */
export const ASN1_TYPE = { INTEGER: 2, BITSTRING: 3, OCTETSTRING: 4, OID: 6, SEQUENCE: 16 } as const;
export const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  'aes128-CBC': '2.16.840.1.101.3.4.1.2',
  'aes192-CBC': '2.16.840.1.101.3.4.1.22',
  'aes256-CBC': '2.16.840.1.101.3.4.1.42',
  'des-EDE3-CBC': '1.2.840.113549.3.7',
  desCBC: '1.3.14.3.2.7',
} as const;
