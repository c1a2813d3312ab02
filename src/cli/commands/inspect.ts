/**
 * `abm-gitops inspect <file>`: says what a token, certificate or key file is
 * and what can be read from it without exposing it. Secret values (OAuth
 * values, the content token, any key) are never printed; for secret files
 * it says so, so the user knows to keep them out of git.
 */
import { escapeControlCharacters } from '../../base/text.js';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createHash } from 'node:crypto';
import {
  decryptServerToken,
  detectArtifact,
  PASSPHRASE_NEEDED_REASON,
  readCertificate,
  readContentToken,
  readDecryptedServerToken,
  readServerToken,
  WRONG_PASSPHRASE_REASON,
  type CertificateInfo,
  type DetectedKind,
} from '../../artifacts/index.js';
import { booleanOption, secretFromEnv, stringOption } from '../args.js';
import { inspectOnline } from '../online.js';
import { UsageError } from '../../base/errors.js';
import type { Command, CommandIo, ParsedArgs } from '../command.js';
import { INSPECT } from './specs.js';

type Value = string | number | boolean | string[] | Array<Record<string, string>>;

interface Field {
  key: string;
  label: string;
  value: Value;
}

interface Inspection {
  kind: DetectedKind;
  fields: Field[];
  failed: boolean;
}

const DESCRIPTIONS: Record<DetectedKind, string> = {
  'service-token': 'ADE server token (S/MIME, PKCS#7 enveloped data)',
  'content-token': 'Apps and Books content token (.vpptoken)',
  certificate: 'X.509 certificate',
  'private-key': 'private key',
  'decrypted-server-token': 'decrypted ADE server token',
  unknown: 'not a server token, content token, certificate or private key',
};

const SECRET_NOTE = 'this file is a secret: keep it out of git and reference it with env:';

const field = (key: string, label: string, value: Value): Field => ({ key, label, value });
const iso = (date: Date): string => date.toISOString();
/** What `sha256:` in the config means for every kind: the hash of the file's bytes (`shasum -a 256`). */
const fileHash = (bytes: Buffer): Field => field('sha256', 'sha256', createHash('sha256').update(bytes).digest('hex'));

/** The private key as bytes (PEM or DER) from a path, or as text from `env:NAME`. */
async function readPrivateKey(source: string, io: CommandIo): Promise<Buffer | string> {
  if (source.startsWith('env:')) return secretFromEnv('--private-key', source, io.env).value;
  try {
    return await readFile(resolve(io.cwd, source));
  } catch (error) {
    throw new UsageError(`cannot read private key ${source}: ${describeFsError(error)}`);
  }
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return code ?? 'unreadable';
}

function inspectServerToken(bytes: Buffer, file: string, privateKeyPem: Buffer | string | undefined): Inspection {
  const token = readServerToken(bytes);
  if (!token.ok) return { kind: 'service-token', fields: [field('error', 'error', token.reason)], failed: true };
  const fields = [
    field('container', 'container', token.container),
    field(
      'recipients',
      'recipients',
      token.recipients.map((r) => ({ issuer: r.issuer, serialNumber: r.serialNumber })),
    ),
    field('contentCipher', 'content cipher', token.contentCipher),
    fileHash(bytes),
    field('decrypted', 'decrypted', privateKeyPem !== undefined),
  ];
  if (privateKeyPem === undefined) return { kind: 'service-token', fields, failed: false };
  const decrypted = decryptServerToken(bytes, privateKeyPem);
  if (!decrypted.ok) {
    if (decrypted.cause === 'key') throw new UsageError(`cannot decrypt ${file}: ${decrypted.reason}`);
    return { kind: 'service-token', fields: [...fields, field('error', 'error', decrypted.reason)], failed: true };
  }
  fields.push(field('accessTokenExpiry', 'access token expiry', iso(decrypted.accessTokenExpiry)), field('fields', 'fields', decrypted.fields));
  return { kind: 'service-token', fields, failed: false };
}

function certificateFields(cert: CertificateInfo, bytes: Buffer): Field[] {
  const fields = [
    field('subject', 'subject', cert.subject),
    field('issuer', 'issuer', cert.issuer),
    field('serialNumber', 'serial', cert.serialNumber),
    field('notBefore', 'not before', iso(cert.notBefore)),
    field('notAfter', 'not after', iso(cert.notAfter)),
    fileHash(bytes),
    field('sha256Fingerprint', 'fingerprint (sha256 of DER)', cert.sha256Fingerprint),
    field('key', 'key', `${cert.keyType} ${cert.keySize}`),
    field('isApnsCertificate', 'APNs push certificate', cert.isApnsCertificate),
  ];
  if (cert.encoding === 'pkcs12') fields.splice(0, 0, field('container', 'container', 'pkcs12'));
  if (cert.apnsTopic !== undefined) fields.push(field('apnsTopic', 'APNs topic', cert.apnsTopic));
  return fields;
}

function inspectOther(kind: Exclude<DetectedKind, 'service-token'>, bytes: Buffer, passphrase: string | undefined): Inspection {
  const failure = (reason: string): Inspection => ({ kind, fields: [field('error', 'error', reason)], failed: true });
  switch (kind) {
    case 'content-token': {
      const token = readContentToken(bytes);
      if (!token.ok) return failure(token.reason);
      return {
        kind,
        failed: false,
        fields: [field('orgName', 'organization', token.orgName), field('expiresAt', 'expires', iso(token.expiresAt)), fileHash(bytes), field('note', 'note', SECRET_NOTE)],
      };
    }
    case 'certificate': {
      const cert = readCertificate(bytes, passphrase === undefined ? {} : { passphrase });
      if (!cert.ok) return failure(cert.reason);
      // A .p12 whose key hides in an encrypted safe shows it only once the passphrase opens it: a secret all the same.
      if (cert.holdsPrivateKey) return { kind: 'private-key', fields: [...certificateFields(cert, bytes), field('note', 'note', SECRET_NOTE)], failed: false };
      return { kind, fields: certificateFields(cert, bytes), failed: false };
    }
    case 'decrypted-server-token': {
      const payload = readDecryptedServerToken(bytes);
      const note = field('note', 'note', SECRET_NOTE);
      // Whatever else it holds, a token whose expiry cannot be read is no success.
      if (!payload.ok) return { kind, fields: [field('error', 'error', payload.reason), note], failed: true };
      const fields = [field('accessTokenExpiry', 'access token expiry', iso(payload.accessTokenExpiry)), field('fields', 'fields', payload.fields), fileHash(bytes)];
      return { kind, fields: [...fields, note], failed: false };
    }
    case 'private-key': {
      // A push certificate shipped with its key (a combined PEM, a .p12): say what the certificate is too.
      const cert = readCertificate(bytes, passphrase === undefined ? {} : { passphrase });
      if (cert.ok) return { kind, fields: [...certificateFields(cert, bytes), field('note', 'note', SECRET_NOTE)], failed: false };
      // A .p12 behind a passphrase: a secret all the same, and its certificate is there to read once the passphrase is given.
      const locked = cert.reason === PASSPHRASE_NEEDED_REASON || cert.reason === WRONG_PASSPHRASE_REASON;
      const fields = [fileHash(bytes), ...(locked ? [field('certificate', 'certificate', cert.reason)] : []), field('note', 'note', SECRET_NOTE)];
      return { kind, fields, failed: cert.reason === WRONG_PASSPHRASE_REASON };
    }
    case 'unknown':
      return failure(DESCRIPTIONS.unknown);
  }
}

function isSecret(kind: DetectedKind): boolean {
  return kind === 'content-token' || kind === 'private-key' || kind === 'decrypted-server-token';
}

function renderJson(file: string, inspection: Inspection): string {
  const body: Record<string, Value> = {
    file,
    kind: inspection.kind,
    description: DESCRIPTIONS[inspection.kind],
    secret: isSecret(inspection.kind),
  };
  for (const entry of inspection.fields) body[entry.key] = entry.value;
  return `${JSON.stringify(body, null, 2)}\n`;
}

function textValue(value: Value): string[] {
  if (!Array.isArray(value)) return [String(value)];
  if (value.every((item): item is string => typeof item === 'string')) return [value.join(', ')];
  return value.map((item) => (typeof item === 'string' ? item : `${item.issuer ?? ''} (serial ${item.serialNumber ?? ''})`));
}

function renderText(file: string, inspection: Inspection): string {
  const rows: Array<[string, string]> = [
    ['file', file],
    ['kind', `${inspection.kind}: ${DESCRIPTIONS[inspection.kind]}`],
  ];
  for (const entry of inspection.fields) {
    const label = entry.key === 'recipients' ? 'recipient' : entry.label;
    for (const text of textValue(entry.value)) rows.push([label, text]);
  }
  if (inspection.kind === 'service-token' && !inspection.failed && !inspection.fields.some((f) => f.key === 'accessTokenExpiry')) {
    rows.push(['hint', 'give --private-key <path|env:NAME> to read the expiry']);
  }
  const width = rows.reduce((widest, [label]) => Math.max(widest, label.length), 0) + 2;
  // The file name and a certificate's subject are input: each value stays on its line.
  return rows.map(([label, text]) => `${`${label}:`.padEnd(width)}${escapeControlCharacters(text)}\n`).join('');
}

function singleFile(args: ParsedArgs): string {
  const [file, ...extra] = args.positionals;
  if (file === undefined) throw new UsageError('inspect needs a file: abm-gitops inspect <file>');
  if (extra.length > 0) throw new UsageError('inspect takes one file at a time');
  return file;
}

export const command: Command = {
  ...INSPECT,
  async run(args, io) {
    const file = singleFile(args);
    let bytes: Buffer;
    try {
      bytes = await readFile(resolve(io.cwd, file));
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${describeFsError(error)}`);
    }
    const keySource = stringOption(args, 'private-key');
    const privateKeyPem = keySource === undefined ? undefined : await readPrivateKey(keySource, io);
    const passphraseSource = stringOption(args, 'passphrase');
    const passphrase = passphraseSource === undefined ? undefined : secretFromEnv('--passphrase', passphraseSource, io.env).value;
    const kind = detectArtifact(bytes);
    if (privateKeyPem !== undefined && kind !== 'service-token') {
      io.stderr(`note: --private-key ignored: ${escapeControlCharacters(file)} is not a server token\n`);
    }
    const inspection = kind === 'service-token' ? inspectServerToken(bytes, file, privateKeyPem) : inspectOther(kind, bytes, passphrase);
    if (booleanOption(args, 'online', false) && !inspection.failed) inspection.fields = inspection.fields.concat(await inspectOnline(kind, bytes, privateKeyPem, io));
    const format = stringOption(args, 'format') ?? 'text';
    io.stdout(format === 'json' ? renderJson(file, inspection) : renderText(file, inspection));
    return inspection.failed ? 1 : 0;
  },
};
