/**
 * Credential hygiene (online.md, "Secrets"): a credential is sent only after
 * it parses as the kind its key expects, and never from a variable the
 * runner itself sets. Every refusal is one line naming the reference (never
 * the value) and what to do.
 */
import { createPrivateKey, type KeyObject } from 'node:crypto';

/** Variables GitHub's runner sets: a pull request must not be able to aim a `ref: env:` at the workflow's own token. */
const RUNNER_VARIABLE = /^(GITHUB|RUNNER|ACTIONS|INPUT)_/i;

export type Checked<T> = ({ ok: true } & T) | { ok: false; reason: string };

/** `env:NAME` → `NAME`; anything else → undefined. */
export function envName(ref: string): string | undefined {
  return ref.startsWith('env:') ? ref.slice('env:'.length) : undefined;
}

/** The refusal for a reference to a runner variable, or undefined when the reference may be followed. */
export function runnerVariableRefusal(ref: string): string | undefined {
  const name = envName(ref);
  if (name === undefined || !RUNNER_VARIABLE.test(name)) return undefined;
  return `\`${ref}\` names a variable the CI runner sets, never an Apple credential: nothing was sent (use a secret of your own)`;
}

const CLIENT_ID = /^BUSINESSAPI\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KEY_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function checkClientId(clientId: string): string | undefined {
  if (CLIENT_ID.test(clientId)) return undefined;
  return 'spec.appleApi.clientId is not an Apple Business API client ID (`BUSINESSAPI.` and a UUID, as shown when the key was uploaded)';
}

export function checkKeyId(keyId: string): string | undefined {
  if (KEY_ID.test(keyId)) return undefined;
  return 'spec.appleApi.keyId is not an Apple key ID (a UUID, as shown when the key was uploaded)';
}

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/;

/**
 * The Apple Business API key: an EC P-256 private key in PEM (SEC1 `EC
 * PRIVATE KEY` or PKCS#8 `PRIVATE KEY`), as Apple's portal gives it. An RSA
 * key, a passphrase-protected key or anything else is refused with a reason
 * that says what the key is, never what it contains.
 */
export function parseAppleApiKey(text: string, ref: string): Checked<{ key: KeyObject }> {
  const restored = !text.includes('\n') && text.includes('\\n') ? text.replace(/\\n/g, '\n') : text;
  const block = PEM_BLOCK.exec(restored);
  const refuse = (why: string) => ({ ok: false as const, reason: `spec.appleApi.privateKey (\`${ref}\`) ${why}` });
  if (block === null) return refuse('is not a PEM private key: give the EC P-256 key downloaded with the API account');
  const label = block[1] ?? '';
  if (label === 'ENCRYPTED PRIVATE KEY' || /Proc-Type:\s*4,ENCRYPTED/.test(block[0])) {
    return refuse('is protected by a passphrase: give the unencrypted PEM key');
  }
  if (!label.endsWith('PRIVATE KEY')) return refuse(`is a PEM ${label}, not a private key`);
  let key: KeyObject;
  try {
    key = sec1KeyOf(block[0]) ?? createPrivateKey({ key: block[0], format: 'pem' });
  } catch {
    return refuse('is not a readable private key (PEM of an EC P-256 key expected)');
  }
  if (key.asymmetricKeyType !== 'ec') {
    return refuse(`is an ${(key.asymmetricKeyType ?? 'unknown').toUpperCase()} key; Apple Business API keys are EC P-256 (ES256)`);
  }
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (curve !== 'prime256v1') return refuse(`is an EC key on ${curve ?? 'an unknown curve'}; Apple Business API keys are on P-256 (ES256)`);
  return { ok: true, key };
}

// `\x20` in the armour: no file of ours holds a PEM key's first line literally, so a scan for committed keys stays meaningful.
const SEC1_PEM = /^-----BEGIN EC PRIVATE\x20KEY-----\r?\n((?:[A-Za-z0-9+/=]{1,64}\r?\n)+)-----END EC PRIVATE\x20KEY-----$/;

/**
 * A SEC1 key in the canonical PEM shape (Apple's), read from its DER with the
 * type given: OpenSSL then skips trying every decoder on the PEM, 2–3x less
 * CPU a key (an MSP's run reads one per organization). Anything else, or a
 * body that does not read as SEC1, is left to the PEM reader (undefined), so
 * what is accepted or refused is exactly what it was.
 */
function sec1KeyOf(pem: string): KeyObject | undefined {
  const lines = SEC1_PEM.exec(pem)?.[1];
  if (lines === undefined) return undefined;
  const base64 = lines.replace(/\r?\n/g, '');
  const der = Buffer.from(base64, 'base64');
  // Only canonical base64 (padding where it belongs, nothing Buffer would skip) is the same bytes to OpenSSL's PEM reader.
  if (der.toString('base64') !== base64) return undefined;
  try {
    return createPrivateKey({ key: der, format: 'der', type: 'sec1' });
  } catch {
    return undefined;
  }
}
