import type { DatedArtifact } from './types.js';

/** What a token or certificate is called in messages, e.g. "content token `nyc-apps`". */
export function artifactLabel(artifact: Pick<DatedArtifact, 'kind' | 'id'>): string {
  switch (artifact.kind) {
    case 'service-token':
      return `service token of service \`${artifact.id}\``;
    case 'content-token':
      return `content token \`${artifact.id}\``;
    case 'apns-certificate':
      return `APNs certificate of service \`${artifact.id}\``;
  }
}
