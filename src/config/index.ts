/**
 * abm-gitops.yml, read and checked against its schema: every default filled
 * in, every mistake collected with its place (`readConfig`), or the first one
 * as a `UsageError` (exit 2) for commands that cannot go on (`loadConfig`).
 */
export {
  readConfig,
  loadConfig,
  configFailure,
  type ConfigReading,
  type ConfigProblem,
  defaultConfig,
  type ResolvedConfig,
  type ConfigException,
  type ExpiryWindows,
  type RenewalSettings,
} from './config.js';
export { DEFAULT_EXPIRY } from './config.js';
