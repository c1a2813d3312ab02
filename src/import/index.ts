/**
 * `abm-gitops import`: an organization document from what exists. The pure
 * part turns readings of token and certificate files into a document
 * (`buildImport`), plans what an existing file lacks (`planMerge`), and
 * renders text and reports; `collectFiles` is the one disk edge.
 */
export { buildImport, isoInstant, type ImportOptions, type ImportResult, type Note, type VariableToSet } from './build.js';
export { planMerge, type Conflict, type MergePlan } from './merge.js';
export { collectFiles, readBounded, type FoundFile, type SkippedPath } from './read-files.js';
export { readArtifact, type KeyCandidate, type Reading } from './readings.js';
export { renderDocument } from './render.js';
export { formatSummary, insertionDiff, type ImportSummary } from './report.js';
export { envName } from './names.js';
export { applyAppleState, type AppleImport } from './from-apple.js';
