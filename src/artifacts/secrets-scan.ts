/**
 * The committed-secret scan: every regular file below the root (as the
 * loader listed them: no `.git`, no `node_modules`, no symlinks) is
 * classified with `detectArtifact`. Files over the size cap are judged on
 * their first bytes only, and files already loaded as organization YAML are
 * judged on their text in memory, without another read.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretFile } from '../model/types.js';
import { holdsPushCertificate } from './certificate.js';
import { containsContentToken, detectArtifact, type DetectedKind } from './detect.js';

type SecretKind = SecretFile['kind'];

/** Enough to see a PEM header or a decrypted token's fields at the start of an oversized file. */
const HEAD_BYTES = 65_536;
/**
 * YAML text can only be a secret by holding a PEM private key or a decrypted
 * server token (base64-only content tokens are never valid organization
 * files): these substrings are necessary for either.
 */
const TEXT_SECRET_MARKERS = ['PRIVATE KEY', 'access_', '-----BEGIN MESSAGE-----', 'eyJ', '"expDate"'];

function secretKind(kind: DetectedKind): SecretKind | undefined {
  return kind === 'private-key' || kind === 'decrypted-server-token' || kind === 'content-token' ? kind : undefined;
}

/** Whether already-loaded text holds a secret, with a marker check before any real detection. */
export function textSecretKind(text: string): SecretKind | undefined {
  if (!TEXT_SECRET_MARKERS.some((marker) => text.includes(marker))) return undefined;
  return secretKind(detectArtifact(text)) ?? (containsContentToken(text) ? 'content-token' : undefined);
}

/**
 * Classifies `paths` (every regular file of the repository, relative to
 * `root`). `loadedTexts` maps the paths of files whose text is already in
 * memory (the organization YAML files) to that text; `judged` holds the
 * verdicts already made on files whose text is no longer in memory. Results keep the order of `paths`.
 */
export function scanForSecrets(
  root: string,
  paths: readonly string[],
  loadedTexts: ReadonlyMap<string, string>,
  maxFileBytes: number,
  judged: ReadonlyMap<string, SecretKind | undefined> = new Map(),
): SecretFile[] {
  const found: SecretFile[] = [];
  for (const path of paths) {
    const loaded = loadedTexts.get(path);
    const kind = judged.has(path) ? judged.get(path) : loaded !== undefined ? textSecretKind(loaded) : fileSecretKind(join(root, path), maxFileBytes);
    if (kind !== undefined) found.push({ path, kind });
  }
  return found;
}

function fileSecretKind(absolutePath: string, maxFileBytes: number): SecretKind | undefined {
  let fd: number;
  try {
    fd = openSync(absolutePath, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    if (size === 0) return undefined;
    const buffer = Buffer.alloc(size > maxFileBytes ? Math.min(HEAD_BYTES, maxFileBytes) : size);
    const bytes = buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
    const kind = secretKind(detectArtifact(bytes)) ?? (containsContentToken(bytes.toString('latin1')) ? 'content-token' : undefined);
    return kind === 'private-key' && holdsPushCertificate(bytes) ? 'push-certificate-key' : kind;
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
