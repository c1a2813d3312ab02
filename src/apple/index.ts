/**
 * The Apple adapters (online.md): read-only clients of the Apple Business
 * API, the device enrollment API and the Apps and Books API, and the stage
 * that turns their answers into the model's `LiveState`. A shell: it
 * imports the model and the artifact readers; nothing in the core imports it.
 */
export { fetchLiveState, type LiveStateOptions } from './live-state.js';
export { appleLiveState, appleUserAgent } from './provider.js';
export { APPLE_ENDPOINTS, resolveEndpoints, type AppleEndpoints } from './endpoints.js';
export { HttpClient, DEFAULT_HTTP_SETTINGS, type HttpSettings } from './http.js';
export { BusinessApiClient, CLIENT_ASSERTION_AUDIENCE, type BusinessApiCredentials } from './business-api.js';
export { DeviceEnrollmentClient } from './device-enrollment.js';
export { AppsAndBooksClient } from './apps-and-books.js';
export { AppleApiError } from './failure.js';
export { checkClientId, checkKeyId, parseAppleApiKey, runnerVariableRefusal } from './credentials.js';
