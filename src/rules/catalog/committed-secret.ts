import type { SecretFile } from '../../model/types.js';
import type { Rule } from '../types.js';

/** What each kind of secret is, and how to replace it once it has leaked. */
const SECRETS: Record<SecretFile['kind'], { is: string; rotate: string }> = {
  'private-key': {
    is: 'a private key: whoever reads the repository can decrypt the service tokens made for its certificate',
    rotate: "make a new key pair, upload the new public key certificate in Apple's portal and download new service tokens for it",
  },
  'push-certificate-key': {
    is: "an APNs push certificate with its private key: whoever reads the repository can use your MDM server's push channel to its devices",
    rotate:
      "renew this push certificate in Apple's Push Certificates Portal with a new certificate signing request from your MDM (renew it, never create a new one: every device enrolled under its topic would have to enroll again), then keep the bundle in a secret referenced with `env:`",
  },
  'decrypted-server-token': {
    is: 'a decrypted service (server) token: its OAuth access secret lets anyone act as the device management service at Apple',
    rotate: "download a new service token for the service in Apple's portal (that replaces the leaked one) and keep only the encrypted .p7m",
  },
  'content-token': {
    is: "an Apps and Books content token: the whole file is a bearer credential for the organization's app licenses",
    rotate: 'download a new content token (Payments & Billing > Apps & Books), which replaces the leaked one, and reference it with `env:` and `sha256`',
  },
};

export const committedSecret: Rule = {
  meta: {
    id: 'committed-secret',
    defaultSeverity: 'error',
    summary: 'The repository holds a private key, a decrypted server token, or a content token file.',
    sources: [],
  },
  *check({ model }) {
    for (const secret of model.secretFiles) {
      const { is, rotate } = SECRETS[secret.kind];
      yield {
        at: { file: secret.path, region: { line: 1, column: 1, endLine: 1, endColumn: 1 } },
        message: `This file holds ${is}. Remove it from the repository and from its git history, ` + `then treat it as leaked and rotate it: ${rotate}.`,
      };
    }
  },
};
