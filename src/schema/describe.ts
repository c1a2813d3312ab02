import type { DocPath } from '../load/index.js';
import { looksLikeCredential, maskPrefixedTokens } from '../base/credentials.js';

const LIST_NOUNS: Record<string, string> = {
  units: 'unit',
  roles: 'role',
  accounts: 'account',
  deviceManagementServices: 'service',
  contentTokens: 'content token',
  exceptions: 'exception',
};

const OBJECT_NOUNS: Record<string, string> = {
  serviceToken: 'service token',
  apnsCertificate: 'APNs certificate',
  publicKey: 'public key certificate',
  renewal: 'renewal',
  metadata: 'metadata',
  spec: 'spec',
  expiry: 'expiry settings',
  limits: 'limits',
  appleApi: 'the Apple Business API account',
  online: 'online settings',
};

/** "content token `nyc-apps`", "service token of service `jamf-prod`", "the document"… for messages. */
export function describeLocation(path: DocPath, data: unknown): string {
  const parts: string[] = [];
  let node: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const segment = path[i]!;
    const parent = node;
    node = child(node, segment);
    if (typeof segment === 'number') {
      const listName = path[i - 1];
      const noun = typeof listName === 'string' ? LIST_NOUNS[listName] : undefined;
      if (noun) parts.unshift(`${noun} ${quoteId(node, segment)}`);
    } else if (OBJECT_NOUNS[segment] && !Array.isArray(child(parent, segment))) {
      parts.unshift(OBJECT_NOUNS[segment]!);
    }
  }
  // `spec`/`metadata` only name the place when nothing more precise does.
  const precise = parts.filter((part) => part !== 'spec' && part !== 'metadata');
  const chosen = precise.length > 0 ? precise : parts;
  if (chosen.length === 0) return 'the document';
  return chosen.slice(0, 2).join(' of ');
}

function quoteId(entry: unknown, index: number): string {
  const id = (entry as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id.length <= 64 ? `\`${id}\`` : `#${index + 1}`;
}

function child(node: unknown, segment: string | number): unknown {
  if (node === null || typeof node !== 'object') return undefined;
  return (node as Record<string | number, unknown>)[segment];
}

/**
 * A value as it may appear in a message: short values quoted, so a typo can
 * be seen; long ones and credential-shaped ones only described, so a secret
 * pasted into the wrong key is never echoed into logs, annotations or SARIF.
 */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') {
    if (value.length > 40 || value.includes('\n')) return `a ${value.length}-character string`;
    if (looksLikeCredential(value) || maskPrefixedTokens(value) !== value) return `a ${value.length}-character string that looks like a credential (not repeated here)`;
    return `\`${value}\``;
  }
  if (value === null) return '`null`';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a YAML timestamp';
  if (typeof value === 'object') return 'a mapping';
  return `\`${String(value)}\``;
}

export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  // `!!timestamp 2027-01-10` is composed into a Date: it is no mapping, whatever typeof says.
  if (value instanceof Date) return 'a YAML timestamp (`!!timestamp`)';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return Number.isInteger(value) ? 'an integer' : 'a number';
  return `a ${typeof value}`;
}
