/**
 * `include` globs, matched in time linear in the path. A pull request writes
 * both the globs (abm-gitops.yml) and the file names, so a backtracking
 * matcher (a glob turned into a regular expression) could be made to run for
 * hours: `*a*a*a*a*a*a*a*a*b` against a 60-character name took 53 s. Here a
 * glob is a small automaton, and a path is read once, one character at a
 * time, keeping the set of places the glob could be at (at most two per
 * token), so the cost is the path's length times the glob's.
 *
 * Syntax: `*` (any characters but `/`), `**` as a whole segment (any number
 * of folders, none included), `?` (one character but `/`), `[abc]`, `[a-z]`,
 * `[!a]`/`[^a]` (one character but `/`), `{a,b}` (alternatives, nested up to
 * MAX_ALTERNATIVES in all), and `\` before a character to take it literally.
 * Dot files are matched like any other. Anything else is a literal character.
 */

/** Longest glob accepted; the schema says the same (schemas/config.schema.json). */
export const MAX_GLOB_LENGTH = 1024;
/** Most patterns one glob may expand to through `{a,b}` alternatives. */
export const MAX_ALTERNATIVES = 64;

type Token =
  | { type: 'char'; char: string }
  | { type: 'any' }
  | { type: 'class'; negated: boolean; ranges: Array<[string, string]> }
  | { type: 'star' }
  /** `**` then `/`: zero or more whole folders, each name followed by its slash. */
  | { type: 'folders' }
  /** A trailing `**`: everything that is left, slashes included. */
  | { type: 'rest' };

export type GlobMatcher = (path: string) => boolean;

/** A matcher for any of `globs`, or a one-line reason why a glob cannot be used. */
export function compileGlobs(globs: readonly string[]): { matches: GlobMatcher } | { problem: string; index: number } {
  const programs: Token[][] = [];
  for (const [index, glob] of globs.entries()) {
    if (glob.length > MAX_GLOB_LENGTH) return { index, problem: `this glob is ${glob.length} characters long, over the ${MAX_GLOB_LENGTH}-character cap` };
    const expanded = expandAlternatives(glob);
    if (expanded === undefined) return { index, problem: `this glob's {…} alternatives expand to more than ${MAX_ALTERNATIVES} patterns` };
    for (const written of expanded) {
      // As picomatch and git do: `./x` is `x`, and `x/**` also names the folder `x` itself.
      const pattern = written.replace(/^(?:\.\/)+/, '');
      programs.push(tokenize(pattern));
      if (pattern.endsWith('/**') && pattern.length > 3) programs.push(tokenize(pattern.slice(0, -3)));
    }
  }
  return { matches: (path) => programs.some((tokens) => run(tokens, path)) };
}

/** `{a,b}c` → `ac`, `bc`; undefined past MAX_ALTERNATIVES. An unbalanced brace is literal. */
function expandAlternatives(glob: string): string[] | undefined {
  const done: string[] = [];
  const pending = [glob];
  while (pending.length > 0) {
    const pattern = pending.pop()!;
    const group = firstGroup(pattern);
    if (!group) {
      done.push(pattern);
    } else {
      for (const option of group.options) pending.push(pattern.slice(0, group.start) + option + pattern.slice(group.end));
    }
    if (done.length + pending.length > MAX_ALTERNATIVES) return undefined;
  }
  return done.reverse();
}

/** The first balanced, top-level `{…}` holding a comma, split at its top-level commas. */
function firstGroup(pattern: string): { start: number; end: number; options: string[] } | undefined {
  for (let start = 0; start < pattern.length; start++) {
    if (pattern[start] === '\\') {
      start++;
      continue;
    }
    if (pattern[start] !== '{') continue;
    let depth = 0;
    let optionStart = start + 1;
    const options: string[] = [];
    for (let i = start; i < pattern.length; i++) {
      const char = pattern[i];
      if (char === '\\') i++;
      else if (char === '{') depth++;
      else if (char === ',' && depth === 1) {
        options.push(pattern.slice(optionStart, i));
        optionStart = i + 1;
      } else if (char === '}' && --depth === 0) {
        if (options.length === 0) break;
        options.push(pattern.slice(optionStart, i));
        return { start, end: i + 1, options };
      }
    }
  }
  return undefined;
}

/** Works on code points, as `run` reads paths, so `?` matches one character even outside the BMP. */
function tokenize(text: string): Token[] {
  const pattern = Array.from(text);
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    const atSegmentStart = i === 0 || pattern[i - 1] === '/';
    if (char === '*') {
      let end = i;
      while (pattern[end + 1] === '*') end++;
      const wholeSegment = end === i + 1 && atSegmentStart && (end + 1 === pattern.length || pattern[end + 1] === '/');
      if (wholeSegment && end + 1 < pattern.length) {
        tokens.push({ type: 'folders' });
        i = end + 1; // the slash belongs to the token
      } else if (wholeSegment) {
        tokens.push({ type: 'rest' });
        i = end;
      } else {
        // Several stars inside a segment mean what one does; one token keeps the automaton small.
        tokens.push({ type: 'star' });
        i = end;
      }
    } else if (char === '?') {
      tokens.push({ type: 'any' });
    } else if (char === '[') {
      const parsed = parseClass(pattern, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else {
        tokens.push({ type: 'char', char });
      }
    } else if (char === '\\' && i + 1 < pattern.length) {
      tokens.push({ type: 'char', char: pattern[++i]! });
    } else {
      tokens.push({ type: 'char', char });
    }
  }
  return tokens;
}

/** `[…]` starting at `start`, or undefined when it is not closed (then `[` is literal). */
function parseClass(pattern: readonly string[], start: number): { token: Token; end: number } | undefined {
  let i = start + 1;
  const negated = pattern[i] === '!' || pattern[i] === '^';
  if (negated) i++;
  const ranges: Array<[string, string]> = [];
  // A `]` right after the opening bracket is a member, as in every shell.
  for (let first = true; i < pattern.length; first = false, i++) {
    let char = pattern[i]!;
    if (char === ']' && !first) return { token: { type: 'class', negated, ranges }, end: i };
    if (char === '\\' && i + 1 < pattern.length) char = pattern[++i]!;
    if (pattern[i + 1] === '-' && i + 2 < pattern.length && pattern[i + 2] !== ']') {
      ranges.push([char, pattern[i + 2]!]);
      i += 2;
    } else {
      ranges.push([char, char]);
    }
  }
  return undefined;
}

function inClass(token: Extract<Token, { type: 'class' }>, char: string): boolean {
  const member = token.ranges.some(([low, high]) => char >= low && char <= high);
  return member !== token.negated;
}

/**
 * Runs the automaton. State `2k` waits at token k; state `2k + 1` is inside a
 * folder name that a `folders` token k is skipping. Each character moves
 * every live state at most once, so the cost is O(path × tokens).
 */
function run(tokens: Token[], path: string): boolean {
  const size = 2 * tokens.length + 2;
  let current = new Uint8Array(size);
  let next = new Uint8Array(size);
  const add = (set: Uint8Array, state: number): void => {
    // Zero-width moves: a star, `**/` and a trailing `**` may match nothing.
    for (;;) {
      if (set[state]) return;
      set[state] = 1;
      if (state % 2 === 1) return;
      const token = tokens[state / 2];
      if (!token || (token.type !== 'star' && token.type !== 'folders' && token.type !== 'rest')) return;
      state += 2;
    }
  };
  add(current, 0);
  for (const char of path) {
    next.fill(0);
    let alive = false;
    for (let state = 0; state < size; state++) {
      if (!current[state]) continue;
      const index = state >> 1;
      const token = tokens[index];
      if (!token) continue;
      if (state % 2 === 1) {
        // Inside a folder name skipped by `**/`: its slash ends it, and the token may skip another.
        add(next, char === '/' ? 2 * index : state);
        alive = true;
        continue;
      }
      const step = advance(token, char);
      if (step === 'next') add(next, 2 * index + 2);
      else if (step === 'stay') add(next, state);
      else if (step === 'inside') add(next, state + 1);
      else continue;
      alive = true;
    }
    if (!alive) return false;
    [current, next] = [next, current];
  }
  return current[2 * tokens.length] === 1;
}

function advance(token: Token, char: string): 'next' | 'stay' | 'inside' | undefined {
  switch (token.type) {
    case 'char':
      return token.char === char ? 'next' : undefined;
    case 'any':
      return char === '/' ? undefined : 'next';
    case 'class':
      return char !== '/' && inClass(token, char) ? 'next' : undefined;
    case 'star':
      return char === '/' ? undefined : 'stay';
    case 'folders':
      // A folder name is never empty: `a/**/b` does not match `a//b`.
      return char === '/' ? undefined : 'inside';
    case 'rest':
      return 'stay';
  }
}
