import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { documentRange, editYaml } from '../../src/load/yaml-edit.js';
import { propertySettings, propertyTimeout, yamlishText } from './settings.js';

/** Lines that move document boundaries, or look as if they might, between ordinary YAML lines. */
const LINES = [
  '---',
  '--- a: 1',
  '...',
  '%YAML 1.2',
  '--- &a',
  '--- !!map',
  '---x',
  ' ---',
  '--- |',
  '# c',
  '  # c',
  '',
  '  ',
  'a: 1',
  'b:',
  '  c: 2',
  '- x',
  'k: "open',
  "k: 'open",
  'k: [1,',
  'k: |',
  '  text',
  '\uFEFF# bom',
  '\t',
];
const multiDocumentText = fc
  .tuple(fc.array(fc.oneof(fc.constantFrom(...LINES), yamlishText), { maxLength: 30 }), fc.constantFrom('\n', '\r\n'))
  .map(([lines, eol]) => lines.join(eol));

describe('the in-place edit finds a document from its --- lines alone', () => {
  it(
    'documentRange gives every document the text the yaml parser reads it from, and finds as many documents',
    () => {
      fc.assert(
        fc.property(multiDocumentText, (text) => {
          const documents = parseAllDocuments(text, { uniqueKeys: false });
          const list = Array.isArray(documents) ? documents : [];
          const ranges = Array.from({ length: list.length + 1 }, (_, index) => documentRange(text, index));
          expect(ranges.at(-1), `no document ${list.length} in ${JSON.stringify(text)}`).toBeUndefined();
          list.forEach((document, index) => {
            const range = ranges[index];
            expect(range, `document ${index} of ${JSON.stringify(text)}`).toBeDefined();
            const [start, , end] = document.range;
            expect(start).toBeGreaterThanOrEqual(range!.start);
            // The composer's end of a broken document can reach into the next one's marker; only a sound one must fit.
            if (document.errors.length === 0) expect(end).toBeLessThanOrEqual(range!.end);
            if (index > 0) expect(range!.start).toBeGreaterThanOrEqual(ranges[index - 1]!.end);
          });
        }),
        propertySettings(),
      );
    },
    propertyTimeout(),
  );

  it(
    'an edit of one document of a multi-document file changes nothing outside it',
    () => {
      const documentText = fc.constantFrom('a: 1\n', 'm:\n  k: v\n', 'm: {k: v}\n', '# c\nm:\n  k: v # c\n', 'm:\n  k: "x\n    y"\n');
      fc.assert(
        fc.property(fc.array(documentText, { minLength: 1, maxLength: 5 }), fc.nat(), (parts, pick) => {
          const withMap = parts.map((part, index) => ({ part, index })).filter(({ part }) => part.includes('m:'));
          fc.pre(withMap.length > 0);
          const { index } = withMap[pick % withMap.length]!;
          const text = parts.map((part, at) => (at === 0 ? part : `---\n${part}`)).join('');
          const edited = editYaml(text, [{ op: 'add', path: ['m'], entries: { added: 'yes' } }], { documentIndex: index });
          const before = parseAllDocuments(text).map((document) => document.toJS() as unknown);
          const after = parseAllDocuments(edited).map((document) => document.toJS() as unknown);
          (before[index] as { m: Record<string, string> }).m.added = 'yes';
          expect(after).toEqual(before);
        }),
        propertySettings(),
      );
    },
    propertyTimeout(),
  );
});
