/** The local Apple fake: one loopback server for the three APIs, its seed types and credential generators. */
export { AppleFake, type FakeRequest, type FakeResponse } from './server.js';
export type * from './types.js';
export * from './fixtures.js';
export { parseOAuthHeader } from './enrollment.js';
export * from './scenario.js';
export * from './secrets-scan.js';
