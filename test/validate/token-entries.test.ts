import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readModelArtifacts } from '../../src/artifacts/stage.js';
import { parseInstant } from '../../src/base/dates.js';
import type { TokenEntry } from '../../src/base/findings.js';
import { compareText } from '../../src/base/text.js';
import { buildModel, tokenEntries } from '../../src/validate.js';

const PACKAGE_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NOW = parseInstant('2026-11-23')!;
const scratch = mkdtempSync(join(tmpdir(), 'abm-gitops-token-entries-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The order the tokens table promises, compared key by key (a stable sort keeps entries equal in all four). */
function byExpiry(entries: readonly TokenEntry[]): TokenEntry[] {
  return [...entries].sort(
    (a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt) || compareText(a.organization, b.organization) || compareText(a.kind, b.kind) || compareText(a.id, b.id),
  );
}

describe('the tokens table (tokenEntries)', () => {
  it('lists every dated artifact by expiry, then organization, kind and id, whatever order the organizations come in (no two entries here are equal in all four)', () => {
    const root = join(scratch, 'msp');
    const written = spawnSync(process.execPath, [join(PACKAGE_ROOT, 'bench', 'generate.mjs'), '400', '--out', root], { encoding: 'utf8' });
    if (written.status !== 0) throw new Error(`bench/generate.mjs failed: ${written.stderr}`);
    const model = buildModel(root, NOW, { invalidConfig: 'report' });
    readModelArtifacts(model, {});
    const entries = tokenEntries(model.organizations, NOW);
    expect(entries).toHaveLength(model.organizations.reduce((sum, organization) => sum + organization.artifacts.length, 0));
    // Many entries share an instant (else the organization and the kind would never decide).
    expect(new Set(entries.map((entry) => entry.expiresAt)).size).toBeLessThan(entries.length / 4);
    expect(entries).toEqual(byExpiry(entries));
    expect(tokenEntries([...model.organizations].reverse(), NOW)).toEqual(entries);
  });
});
