import { UsageError } from '../base/errors.js';
import { parseNow } from '../base/dates.js';
import { FAIL_ON_CHOICES, type FailOn } from '../base/findings.js';

export type { FailOn } from '../base/findings.js';

/** The inputs of action.yml, checked. */
export interface ActionInputs {
  path: string;
  failOn: FailOn;
  sarifFile?: string;
  /** Write the HTML report there (relative to the workspace). */
  htmlFile?: string;
  /** Write the ICS token calendar there (relative to the workspace). */
  calendarFile?: string;
  /** `auto` (the empty default): only on pull_request events. */
  changedOnly: boolean | 'auto';
  renew: boolean;
  /** Also ask Apple (`validate --online`); refused on pull requests from forks. */
  online: boolean;
  token: string;
  now: Date;
}

/** Reads one input the way the runner passes it (trimmed; '' when not given). */
export type InputReader = (name: string) => string;

export function readInputs(read: InputReader, clock: () => Date = () => new Date()): ActionInputs {
  const failOn = read('fail-on') || 'error';
  if (!(FAIL_ON_CHOICES as readonly string[]).includes(failOn)) {
    throw new UsageError(`input fail-on must be one of ${FAIL_ON_CHOICES.join(', ')}, not "${failOn}"`);
  }
  const changedOnly = read('changed-only');
  const sarifFile = read('sarif-file');
  const htmlFile = read('html-file');
  const calendarFile = read('calendar-file');
  return {
    path: read('path') || '.',
    failOn: failOn as FailOn,
    ...(sarifFile ? { sarifFile } : {}),
    ...(htmlFile ? { htmlFile } : {}),
    ...(calendarFile ? { calendarFile } : {}),
    changedOnly: changedOnly === '' ? 'auto' : booleanInput('changed-only', changedOnly),
    renew: booleanInput('renew', read('renew') || 'false'),
    online: booleanInput('online', read('online') || 'false'),
    token: read('token'),
    now: nowInput(read('now'), clock),
  };
}

/** YAML 1.2 core schema booleans, as GitHub documents them for inputs. */
function booleanInput(name: string, value: string): boolean {
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new UsageError(`input ${name} must be true or false, not "${value}"`);
}

function nowInput(value: string, clock: () => Date): Date {
  if (value === '') return clock();
  return parseNow(value, 'input now');
}
