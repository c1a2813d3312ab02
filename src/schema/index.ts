export { checkSchema, SCHEMAS, type SchemaName } from './validator.js';
export type { SchemaProblem } from './errors.js';
export { didYouMean, suggestReference, type NamedEntry } from './did-you-mean.js';
export { describeLocation, quoteValue } from './describe.js';
