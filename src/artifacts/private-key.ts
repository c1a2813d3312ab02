/**
 * Reads the MDM's RSA private key (PEM, PKCS#1 or PKCS#8) into a forge key.
 * Internal to the artifacts folder: the key never leaves it.
 */
import forge from 'node-forge';
import { fail, type Result } from './bytes.js';

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g;

/**
 * CI secrets are often pasted with literal `\n` instead of newlines; PEM
 * without real newlines cannot be decoded, so restore them.
 */
function restoreNewlines(text: string): string {
  return !text.includes('\n') && text.includes('\\n') ? text.replace(/\\n/g, '\n') : text;
}

export function parseRsaPrivateKey(pemText: string): Result<{ key: forge.pki.rsa.PrivateKey }> {
  const text = restoreNewlines(pemText);
  const blocks = [...text.matchAll(PEM_BLOCK)];
  if (blocks.length === 0) return fail('not a private key: no PEM block');
  const keyBlock = blocks.find((block) => (block[1] ?? '').endsWith('PRIVATE KEY'));
  if (keyBlock === undefined) return fail(`not a private key: the PEM block is a ${blocks[0]?.[1] ?? 'different kind'}`);
  const label = keyBlock[1] ?? '';
  if (label === 'ENCRYPTED PRIVATE KEY' || /Proc-Type:\s*4,ENCRYPTED/.test(keyBlock[0])) {
    return fail('the private key is protected by a passphrase: give the unencrypted PEM');
  }
  if (label !== 'PRIVATE KEY' && label !== 'RSA PRIVATE KEY') {
    return fail(`not an RSA private key: the PEM block is a ${label}`);
  }
  try {
    const key = forge.pki.privateKeyFromPem(keyBlock[0]) as forge.pki.rsa.PrivateKey;
    return { ok: true, key };
  } catch {
    // forge reads only RSA; a PKCS#8 wrapper around an EC key ends up here too.
    return fail('not a readable RSA private key (PKCS#1 or PKCS#8 PEM expected)');
  }
}
