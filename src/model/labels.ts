import type { ArtifactKind } from '../base/findings.js';
import type { DatedArtifact } from './types.js';

/** What each kind of dated artifact is called in text: "content token". */
export const ARTIFACT_KIND_NAMES: Readonly<Record<ArtifactKind, string>> = {
  'service-token': 'service token',
  'content-token': 'content token',
  'apns-certificate': 'APNs certificate',
};

export function kindLabel(kind: ArtifactKind): string {
  return ARTIFACT_KIND_NAMES[kind];
}

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
