import { recipientMatchesCertificate, type TokenRecipient } from '../../model/recipients.js';
import type { Rule } from '../types.js';

/**
 * Apple encrypts a service token to the public key certificate uploaded
 * when it was downloaded. Comparing the token's recipient (issuer + serial,
 * readable without the private key) with the service's `publicKey`
 * certificate tells whether the MDM holding that key can decrypt it.
 */
export const tokenPublicKeyMismatch: Rule = {
  meta: {
    id: 'token-public-key-mismatch',
    defaultSeverity: 'error',
    summary: "The server token was encrypted to a certificate other than the service's `publicKey`: a new public key needs a new token.",
    sources: ['000'],
  },
  perOrganization: true,
  *check({ model }) {
    for (const organization of model.organizations) {
      for (const artifact of organization.artifacts) {
        const recipients = artifact.reading?.recipients;
        const publicKey = artifact.service ? model.publicKeys.get(artifact.service) : undefined;
        if (artifact.kind !== 'service-token' || !recipients || !publicKey || recipientMatchesCertificate({ recipients }, publicKey)) continue;
        yield {
          at: { document: organization.source, path: [...artifact.path, 'ref'] },
          message:
            `The service token of service \`${artifact.id}\` in organization \`${organization.name}\` was encrypted to ${describe(recipients)}, ` +
            `not to the service's public key certificate \`${artifact.service?.value.publicKey?.ref}\` (issued by ${publicKey.issuer}, serial ${publicKey.serialNumber}), so the MDM cannot decrypt it. ` +
            "Apple encrypts each token to the public key uploaded when it is downloaded: upload the current public key for the service in Apple's portal and download a new token.",
        };
      }
    }
  },
};

function describe(recipients: readonly TokenRecipient[]): string {
  const names = recipients.map((recipient) => `issued by ${recipient.issuer || 'an unnamed issuer'}, serial ${recipient.serialNumber}`);
  return names.length === 1 ? `the certificate ${names[0]}` : `the certificates ${names.join('; ')}`;
}
