// The text report's code frames: never a flood.
import { describe, expect, it } from 'vitest';
import { codeFrame } from '../../src/report/code-frame.js';
import { palette } from '../../src/report/colors.js';

const PLAIN = palette(false);

describe('code frames', () => {
  it('cut a very long line, keeping the spot the carets point at', () => {
    const frame = codeFrame(`key: ${'x'.repeat(5000)}`, { line: 1, column: 1, endLine: 1, endColumn: 4 }, PLAIN, 0);
    const shown = frame.split('\n')[0]!;
    expect(shown.length).toBeLessThan(220);
    expect(shown.endsWith('…')).toBe(true);
    expect(frame.split('\n')[1]).toContain('^^^');
  });
});
