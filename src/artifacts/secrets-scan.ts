/**
 * The committed-secret scan: every regular file below the root (except
 * `.git` and `node_modules`) is classified with `detectArtifact`. Symlinks
 * are never followed (they may lead outside the repository), files over the
 * size cap are judged on their first bytes only, and files already loaded as
 * organization YAML are judged on their text in memory, without another read.
 */
import { closeSync, fstatSync, openSync, readdirSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretFile } from '../model/types.js';
import { detectArtifact, type DetectedKind } from './detect.js';

type SecretKind = SecretFile['kind'];

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules']);
/** Enough to see a PEM header or a decrypted token's fields at the start of an oversized file. */
const HEAD_BYTES = 65_536;
/**
 * YAML text can only be a secret by holding a PEM private key or a decrypted
 * server token (base64-only content tokens are never valid organization
 * files): these substrings are necessary for either.
 */
const TEXT_SECRET_MARKERS = ['PRIVATE KEY', 'access_', '-----BEGIN MESSAGE-----'];

function secretKind(kind: DetectedKind): SecretKind | undefined {
  return kind === 'private-key' || kind === 'decrypted-server-token' || kind === 'content-token' ? kind : undefined;
}

/** Whether already-loaded text holds a secret, with a marker check before any real detection. */
export function textSecretKind(text: string): SecretKind | undefined {
  if (!TEXT_SECRET_MARKERS.some((marker) => text.includes(marker))) return undefined;
  return secretKind(detectArtifact(text));
}

/**
 * `loadedTexts` maps repo-relative paths of files whose text is already in
 * memory (the organization YAML files) to that text. Results are sorted by path.
 */
export function scanForSecrets(root: string, loadedTexts: ReadonlyMap<string, string>, maxFileBytes: number): SecretFile[] {
  const found: SecretFile[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const relativeDir = pending.pop()!;
    let entries;
    try {
      entries = readdirSync(join(root, relativeDir), { withFileTypes: true });
    } catch {
      continue; // an unreadable folder holds nothing we could report on
    }
    for (const entry of entries) {
      const path = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      // Dirent types come from lstat: a symlink is neither a directory nor a file here, so it is skipped.
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.has(entry.name)) pending.push(path);
        continue;
      }
      if (!entry.isFile()) continue;
      const loaded = loadedTexts.get(path);
      const kind = loaded !== undefined ? textSecretKind(loaded) : fileSecretKind(join(root, path), maxFileBytes);
      if (kind !== undefined) found.push({ path, kind });
    }
  }
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
    const length = readSync(fd, buffer, 0, buffer.length, 0);
    return secretKind(detectArtifact(buffer.subarray(0, length)));
  } catch {
    return undefined;
  } finally {
    closeSync(fd);
  }
}
