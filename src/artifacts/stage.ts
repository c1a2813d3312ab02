/**
 * The artifacts stage of the pipeline, built on the pure readers of
 * `./index.ts`: unlike them, it touches the disk (inside the repository root
 * only) and takes `env:` values from a map the caller passes in.
 */
export type { Environment, ReferenceOutcome, ReferenceReader } from './references.js';
export { createReferenceReader } from './references.js';
export { ArtifactsStage, readModelArtifacts } from './read-model.js';
export { scanForSecrets, textSecretKind } from './secrets-scan.js';
