/**
 * Byte-level helpers shared by the readers: every reader takes `Bytes` (a
 * file's content, or an `env:` secret's value as a string) and returns a
 * `Result`, so a bad file is a value with a one-line reason, never a throw.
 */
import { createHash } from 'node:crypto';

/** A file's bytes, or a secret's text (taken as UTF-8). */
export type Bytes = Uint8Array | string;

export interface Failure {
  ok: false;
  /** One line a user understands; never contains secret material. */
  reason: string;
}

export type Result<T extends object> = ({ ok: true } & T) | Failure;

export function fail(reason: string): Failure {
  return { ok: false, reason };
}

export function toBuffer(bytes: Bytes): Buffer {
  if (typeof bytes === 'string') return Buffer.from(bytes, 'utf8');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Text view of the bytes; latin1 keeps one char per byte, so binary input never throws. */
export function toLatin1(bytes: Bytes): string {
  return typeof bytes === 'string' ? bytes : toBuffer(bytes).toString('latin1');
}

/** node-forge works on "binary strings" (one char per byte). */
export function toForgeBinary(bytes: Bytes | Buffer): string {
  return (typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : toBuffer(bytes)).toString('binary');
}

export function sha256Hex(bytes: Bytes): string {
  return createHash('sha256').update(toBuffer(bytes)).digest('hex');
}

const BASE64_CHARS = /^[A-Za-z0-9+/]*={0,2}$/;

export type Base64Decoding = { ok: true; bytes: Buffer; complete: boolean } | Failure;

/**
 * Strict base64 (Node's own decoder silently skips bad characters, which
 * would turn corruption into confusing ASN.1 errors). Whitespace anywhere
 * is ignored, as in wrapped MIME bodies. A length that is not a multiple of
 * four decodes its whole quanta and reports `complete: false`, so callers
 * can tell a cut-off file from a corrupted one.
 */
export function decodeBase64Strict(text: string): Base64Decoding {
  const compact = text.replace(/\s+/g, '');
  if (compact.length === 0) return fail('empty: there is no base64 content');
  if (!BASE64_CHARS.test(compact)) {
    // Which character is not said: the text may be any secret a reference was pointed at.
    return fail('corrupted base64: it holds characters outside the base64 alphabet');
  }
  const wholeQuanta = compact.length - (compact.length % 4);
  return {
    ok: true,
    bytes: Buffer.from(compact.slice(0, wholeQuanta), 'base64'),
    complete: wholeQuanta === compact.length,
  };
}
