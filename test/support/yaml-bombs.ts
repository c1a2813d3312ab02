/**
 * About 1 MB (under the 2 MiB input limit): one 1,000,000-character string,
 * anchored, then aliased 900 times (900 MB once expanded: more than V8 can
 * hold in one string). Shared by the hostile tests and the worker-thread tests.
 */
export const LONG_STRING_BOMB = `apiVersion: abm-gitops/v1\nkind: Organization\nnote: &a "${'x'.repeat(1_000_000)}"\nnotes: [${Array(900).fill('*a').join(', ')}]\n`;

/**
 * Where it is refused (line, column): the text is 1,003,665 characters, so
 * 4 × that + 1,048,576 = 5,063,236 characters may be expanded; with the
 * 1,000,048 of its own strings, the 5th alias crosses it.
 */
export const LONG_STRING_BOMB_AT = [4, 'notes: ['.length + 1 + 4 * '*a, '.length] as const;
