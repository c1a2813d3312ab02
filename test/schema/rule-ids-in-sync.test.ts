import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA, withRuleIds } from '../../scripts/gen-rule-ids.mjs';
import { loadConfig } from '../../src/config/config.js';
import { RULES } from '../../src/rules/index.js';
import { writeRepo } from '../support/repo.js';
import { repoRoot } from './schema-helpers.js';

const ids = RULES.map((rule) => rule.meta.id);
const schemaText = readFileSync(join(repoRoot, CONFIG_SCHEMA), 'utf8');
const schema = JSON.parse(schemaText) as {
  $defs: { ruleId: { enum: string[] }; exception: { properties: { rule: { anyOf: Array<{ $ref?: string }> } } } };
};

describe('rule ids in the config schema', () => {
  it('are exactly the registry, in its order (run `node scripts/gen-rule-ids.mjs` after adding a rule)', () => {
    expect(schema.$defs.ruleId.enum).toEqual(ids);
    expect(withRuleIds(schemaText, ids)).toBe(schemaText);
  });

  it('are offered for exceptions[].rule, where an unknown id is still no config error', () => {
    expect(schema.$defs.exception.properties.rule.anyOf).toContainEqual({ $ref: '#/$defs/ruleId' });
    const root = writeRepo({
      'abm-gitops.yml': 'apiVersion: abm-gitops/v1\nkind: Config\nexceptions:\n  - rule: token-expiring-soon\n    organization: acme\n    reason: r\n    expires: 2027-01-01\n',
    });
    expect(() => loadConfig(root)).not.toThrow();
  });

  it('the generator rewrites only the list', () => {
    const stale = withRuleIds(schemaText, ids.slice(1));
    expect(stale).not.toBe(schemaText);
    expect(withRuleIds(stale, ids)).toBe(schemaText);
  });
});
