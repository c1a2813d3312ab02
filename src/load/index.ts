export { loadRepository, API_VERSION, type LoadedRepository, type LoadScope } from './repository.js';
export { discoverYamlFiles, CONFIG_FILE_NAMES } from './discover.js';
export { DEFAULT_LIMITS, type InputLimits } from './limits.js';
export { regionOf, toRegion } from './positions.js';
export { formatPath, releaseSyntax, syntaxOf, type DocPath, type SourceDocument, type SourceFile } from './source.js';
export type { ParseProblem } from './parse.js';
export { configFolderAbove, gitWorkTreeAbove, repositoryOfFiles, type FilesInRepository } from './find-root.js';
