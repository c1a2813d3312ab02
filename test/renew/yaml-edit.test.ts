import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments, isMap, isSeq } from 'yaml';
import { setRenewal } from '../../src/renew/yaml-edit.js';
import { cpuMillis } from '../support/cpu-time.js';

const RENEWAL = { requestedAt: '2026-12-18', dueBy: '2027-01-25' };

/** Lines only in `before` and lines only in `after`, from a longest-common-subsequence line diff. */
function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const removed: string[] = [];
  const added: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) {
      added.push(b[j++]!);
    } else {
      removed.push(a[i++]!);
    }
  }
  return { removed, added };
}

function expectOnlyRenewalLinesChanged(before: string, after: string): void {
  const { removed, added } = lineDiff(before, after);
  expect(added.length).toBeGreaterThan(0);
  for (const line of [...removed, ...added]) expect(line).toMatch(/renewal|requestedAt|dueBy/);
}

const ORGANIZATION = `# Acme's setup: reviewed by IT
apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: acme   # unique
  owners: ["@acme/it"]
defaults: &defaults
  legacyUserBased: false
spec:
  product: apple-business

  deviceManagementServices:
    - id: built-in
      type: built-in
    - id: jamf-prod
      type: external
      serviceToken:          # the ADE token
        ref: 'file:tokens/jamf.p7m'
        expiresAt: "2027-01-10"   # quoted on purpose
      apnsCertificate: {ref: file:certs/apns.pem, expiresAt: 2027-02-01}

  contentTokens:
    - id: nyc-apps   # New York
      unit: nyc
      <<: *defaults
      expiresAt: 2027-02-01 # declared

      # a comment after a blank line
    - id: hq-apps
      unit: hq
      expiresAt: 2027-03-01
# the end
`;

describe('setRenewal', () => {
  it('adds renewal under a block token, after its last value and before trailing comments', () => {
    const after = setRenewal(ORGANIZATION, ['spec', 'contentTokens', 0], RENEWAL);
    expect(after).toBe(
      ORGANIZATION.replace('expiresAt: 2027-02-01 # declared\n', 'expiresAt: 2027-02-01 # declared\n      renewal:\n        requestedAt: 2026-12-18\n        dueBy: 2027-01-25\n'),
    );
    expectOnlyRenewalLinesChanged(ORGANIZATION, after);
  });

  it('adds renewal to the last token of the file and to a nested service token', () => {
    const last = setRenewal(ORGANIZATION, ['spec', 'contentTokens', 1], RENEWAL);
    expect(last).toBe(
      ORGANIZATION.replace('      expiresAt: 2027-03-01\n', '      expiresAt: 2027-03-01\n      renewal:\n        requestedAt: 2026-12-18\n        dueBy: 2027-01-25\n'),
    );
    const service = setRenewal(ORGANIZATION, ['spec', 'deviceManagementServices', 1, 'serviceToken'], RENEWAL);
    expect(service).toBe(
      ORGANIZATION.replace(
        '"2027-01-10"   # quoted on purpose\n',
        '"2027-01-10"   # quoted on purpose\n        renewal:\n          requestedAt: 2026-12-18\n          dueBy: 2027-01-25\n',
      ),
    );
    expectOnlyRenewalLinesChanged(ORGANIZATION, service);
  });

  it('keeps a flow-style token on one line', () => {
    const after = setRenewal(ORGANIZATION, ['spec', 'deviceManagementServices', 1, 'apnsCertificate'], RENEWAL);
    expect(after).toBe(
      ORGANIZATION.replace(
        '{ref: file:certs/apns.pem, expiresAt: 2027-02-01}',
        '{ref: file:certs/apns.pem, expiresAt: 2027-02-01, renewal: {requestedAt: 2026-12-18, dueBy: 2027-01-25}}',
      ),
    );
    expect(setRenewal('token: {}\n', ['token'], RENEWAL)).toBe('token: {renewal: {requestedAt: 2026-12-18, dueBy: 2027-01-25}}\n');
  });

  it('returns the very same text when the renewal is already there, and is idempotent', () => {
    const once = setRenewal(ORGANIZATION, ['spec', 'contentTokens', 0], RENEWAL);
    expect(setRenewal(once, ['spec', 'contentTokens', 0], RENEWAL)).toBe(once);
  });

  it('updates only the values of an existing renewal, keeping their quoting and comments', () => {
    const before = [
      'contentTokens:',
      '  - id: a',
      '    renewal:   # by the bot',
      "      requestedAt: '2026-01-01'  # old",
      '      dueBy: "2026-02-01"',
      '    expiresAt: 2027-02-01',
      '',
    ].join('\n');
    const after = setRenewal(before, ['contentTokens', 0], RENEWAL);
    expect(after).toBe(before.replace("'2026-01-01'", "'2026-12-18'").replace('"2026-02-01"', '"2027-01-25"'));
    expectOnlyRenewalLinesChanged(before, after);
  });

  it('adds a missing key to a partial renewal', () => {
    const before = 'token:\n  renewal:\n    requestedAt: 2026-12-18\n  expiresAt: 2027-02-01\n';
    expect(setRenewal(before, ['token'], RENEWAL)).toBe('token:\n  renewal:\n    requestedAt: 2026-12-18\n    dueBy: 2027-01-25\n  expiresAt: 2027-02-01\n');
  });

  it('keeps CRLF line endings and writes CRLF lines', () => {
    const before = 'spec:\r\n  contentTokens:\r\n    - id: a # c\r\n      expiresAt: 2027-02-01\r\n';
    const after = setRenewal(before, ['spec', 'contentTokens', 0], RENEWAL);
    expect(after).toBe(
      'spec:\r\n  contentTokens:\r\n    - id: a # c\r\n      expiresAt: 2027-02-01\r\n' + '      renewal:\r\n        requestedAt: 2026-12-18\r\n        dueBy: 2027-01-25\r\n',
    );
  });

  it('follows the file’s own indentation step and copes with no final newline', () => {
    const before = 'spec:\n    token:\n        id: a\n        expiresAt: 2027-02-01';
    expect(setRenewal(before, ['spec', 'token'], RENEWAL)).toBe(`${before}\n        renewal:\n            requestedAt: 2026-12-18\n            dueBy: 2027-01-25`);
  });

  it('edits only the chosen document of a multi-document file', () => {
    const before = '# first\na: {id: x}\n---\n# second\ntoken:\n  id: y\n...\n---\nb: 1 # third\n';
    const after = setRenewal(before, ['token'], RENEWAL, { documentIndex: 1 });
    expect(after).toBe('# first\na: {id: x}\n---\n# second\ntoken:\n  id: y\n  renewal:\n    requestedAt: 2026-12-18\n    dueBy: 2027-01-25\n...\n---\nb: 1 # third\n');
    expect(() => setRenewal(before, ['token'], RENEWAL, { documentIndex: 5 })).toThrow('setRenewal: document 5 does not exist (the file has 3)');
  });

  it('quotes values that would not read back as the same string', () => {
    const after = setRenewal('t:\n  id: a\n', ['t'], { requestedAt: '2026-12-18T10:00:00Z', dueBy: '12' });
    expect(after).toBe('t:\n  id: a\n  renewal:\n    requestedAt: 2026-12-18T10:00:00Z\n    dueBy: "12"\n');
  });

  it('refuses a path that is not a mapping, and a renewal that is not one', () => {
    expect(() => setRenewal(ORGANIZATION, ['spec', 'product'], RENEWAL)).toThrow('setRenewal: spec.product in document 0 is not a mapping');
    expect(() => setRenewal(ORGANIZATION, ['spec', 'contentTokens', 9], RENEWAL)).toThrow('setRenewal: spec.contentTokens[9] in document 0 is not a mapping');
    expect(() => setRenewal('t:\n  renewal: soon\n', ['t'], RENEWAL)).toThrow('`renewal` that is not a mapping');
    expect(() => setRenewal('t: [\n', ['t'], RENEWAL)).toThrow('setRenewal: the YAML does not parse');
  });
});

function ymlFilesUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return ymlFilesUnder(full);
    return /\.ya?ml$/.test(name) ? [full] : [];
  });
}

/** Paths of every token mapping in an organization document. */
function tokenPaths(spec: unknown): (string | number)[][] {
  const paths: (string | number)[][] = [];
  if (!isMap(spec)) return paths;
  const tokens = spec.get('contentTokens', true);
  if (isSeq(tokens)) {
    tokens.items.forEach((item, index) => {
      if (isMap(item)) paths.push(['spec', 'contentTokens', index]);
    });
  }
  const services = spec.get('deviceManagementServices', true);
  if (isSeq(services)) {
    services.items.forEach((service, index) => {
      for (const key of ['serviceToken', 'apnsCertificate']) {
        if (isMap(service) && isMap(service.get(key, true))) paths.push(['spec', 'deviceManagementServices', index, key]);
      }
    });
  }
  return paths;
}

describe('setRenewal over the examples', () => {
  const root = join(import.meta.dirname, '../../examples');
  const files = ymlFilesUnder(root);

  it('edits every token of every example file, changing only renewal lines', () => {
    let edited = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      parseAllDocuments(text).forEach((doc, documentIndex) => {
        if (!('errors' in doc) || doc.errors.length > 0) return;
        for (const path of tokenPaths(doc.get('spec', true))) {
          const after = setRenewal(text, path, RENEWAL, { documentIndex });
          expect(setRenewal(after, path, RENEWAL, { documentIndex }), relative(root, file)).toBe(after);
          if (after !== text) expectOnlyRenewalLinesChanged(text, after);
          edited++;
        }
      });
    }
    // Example organizations declare tokens; if the folder has YAML, something must have been edited.
    if (files.length > 0) expect(edited).toBeGreaterThan(0);
  });
});

describe('hostile neighbours in the edited file', () => {
  const organizationDoc = 'apiVersion: abm-gitops/v1\nkind: Organization\nmetadata: {name: acme}\nspec:\n  contentTokens:\n    - id: apps\n      expiresAt: 2027-01-10\n';
  const laughs = (levels: number): string => {
    const lines = ['l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let level = 1; level < levels; level++)
      lines.push(
        `l${level}: &l${level} [${Array(10)
          .fill(`*l${level - 1}`)
          .join(', ')}]`,
      );
    return `${lines.join('\n')}\n`;
  };

  it('an alias bomb in another document of the file is never expanded by the edit check (it took 83 s for 0.5 KB)', () => {
    const text = `${organizationDoc}---\n${laughs(9)}`;
    const { result: edited, millis } = cpuMillis(() => setRenewal(text, ['spec', 'contentTokens', 0], { requestedAt: '2026-12-18', dueBy: '2027-01-03' }));
    expect(millis).toBeLessThan(2000);
    expect(edited.endsWith(laughs(9))).toBe(true);
    expect(edited).toContain('      renewal:\n');
  }, 10_000);

  it('a neighbouring document with 150,000 keys is lexed at most, never composed (the edit took 24-53 s)', () => {
    const keys = Array.from({ length: 150_000 }, (_, index) => `key${index}: ${index}`).join('\n');
    const renewal = { requestedAt: '2026-12-18', dueBy: '2027-01-03' };
    const added = '      renewal:\n        requestedAt: 2026-12-18\n        dueBy: 2027-01-03\n';
    // After the edited document: never read at all.
    const after = `${organizationDoc}---\n${keys}\n`;
    const editAfter = cpuMillis(() => setRenewal(after, ['spec', 'contentTokens', 0], renewal));
    expect(editAfter.result.replace(added, '')).toBe(after);
    expect(editAfter.millis).toBeLessThan(2000);
    // Before it: only lexed, to count its documents as the parser would.
    const before = `${keys}\n---\n${organizationDoc}`;
    const editBefore = cpuMillis(() => setRenewal(before, ['spec', 'contentTokens', 0], renewal, { documentIndex: 1 }));
    expect(editBefore.result.replace(added, '')).toBe(before);
    expect(editBefore.millis).toBeLessThan(10_000);
  }, 30_000);
});
