import type { ValidateFunction } from 'ajv';
import { compileValidators, type SchemaName } from './compile.js';
import { impossibleDates } from './calendar.js';
import { toSchemaProblems, type SchemaProblem } from './errors.js';

export { SCHEMAS, type SchemaName } from './compile.js';

let compiled: Record<SchemaName, ValidateFunction> | undefined;

/** Validates plain data against one of the published schemas; [] when it conforms. */
export function checkSchema(name: SchemaName, data: unknown): SchemaProblem[] {
  compiled ??= compileValidators();
  const validate = compiled[name];
  const problems = validate(data) ? [] : toSchemaProblems(validate.errors ?? [], data);
  // A date ajv rejected is reported already; one it let through may still not exist.
  const reported = new Set(problems.map((problem) => problem.path.join('/')));
  for (const problem of impossibleDates(data)) if (!reported.has(problem.path.join('/'))) problems.push(problem);
  return problems;
}
