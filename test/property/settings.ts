import fc from 'fast-check';

/**
 * Fixed seed and a few hundred runs in CI; a longer or different run is one
 * variable away: `FC_NUM_RUNS=20000 FC_SEED=7 npx vitest run test/property`.
 */
export function propertySettings(defaultRuns = 250): fc.Parameters<unknown> {
  const numRuns = Number(process.env.FC_NUM_RUNS ?? defaultRuns);
  const seed = Number(process.env.FC_SEED ?? 20_261_123);
  return { numRuns, seed, endOnFailure: true };
}

/** Generous per-test bound, scaled with the number of runs. */
export function propertyTimeout(defaultRuns = 250): number {
  const runs = Number(process.env.FC_NUM_RUNS ?? defaultRuns);
  return Math.max(60_000, runs * 400);
}

/** Fragments that make random text look like YAML, so the parser's deeper paths are reached. */
const YAML_PIECES = [
  '\n',
  '  ',
  '- ',
  ': ',
  '? ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '&b ',
  '*b',
  '<<: ',
  '---\n',
  '...\n',
  '|\n',
  '>-\n',
  '"',
  "'",
  '#',
  '!!str ',
  '%YAML 1.2\n',
  '\t',
  '\r\n',
  '\uFEFF',
  'key',
  'é',
  '😀',
  '\u0000',
  '\\',
];
export const yamlishText: fc.Arbitrary<string> = fc.array(fc.oneof(fc.constantFrom(...YAML_PIECES), fc.string({ maxLength: 6 })), { maxLength: 80 }).map((parts) => parts.join(''));
