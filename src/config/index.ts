/**
 * abm-gitops.yml, read and checked against its schema: every default filled
 * in, every problem a `UsageError` (exit 2) naming the key.
 */
export { loadConfig, defaultConfig, type ResolvedConfig, type ConfigException, type ExpiryWindows, type RenewalSettings } from './config.js';
