export { toolVersion } from '../base/version.js';

export const TOOL_NAME = 'abm-gitops';
export const TOOL_URL = 'https://github.com/abm-gitops/abm-gitops';
