/**
 * The live-state provider the shells (`validate`, `tokens`, the Action) pass
 * to the core: Apple asked about the model's organizations.
 */
import type { Environment } from '../artifacts/stage.js';
import { toolVersion } from '../report/index.js';
import type { LiveStateProvider } from '../validate.js';
import { fetchLiveState } from './live-state.js';

/** Asks Apple about the model's organizations; `onSecret` hears every credential before it is used (the Action masks them). */
export function appleLiveState(env: Environment, onSecret?: (secret: string) => void): LiveStateProvider {
  return (model) => fetchLiveState(model, env, { userAgent: appleUserAgent(), ...(onSecret ? { onSecret } : {}) });
}

/** Apple's device enrollment API requires a User-Agent. */
export function appleUserAgent(): string {
  return `abm-gitops/${toolVersion()}`;
}
