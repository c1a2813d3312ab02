export { checkSchema, SCHEMAS, type SchemaName } from './validator.js';
export type { SchemaProblem } from './errors.js';
export { didYouMean } from './did-you-mean.js';
export { describeLocation, quoteValue } from './describe.js';
