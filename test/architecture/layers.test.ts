import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers of src/, lowest first: a file may import its own layer and any
 * layer below it, never one above it, and never a peer on the same rank.
 * A layer is a folder of src/ (or a file directly in src/, by its name).
 * A new folder belongs here before it can hold code; docs/architecture.md
 * draws the same picture.
 */
export const LAYERS: readonly (readonly string[])[] = [
  // The ground floor: vocabulary every stage speaks; imports nothing of ours.
  ['base'],
  // The pure core, in pipeline order.
  ['load'],
  ['schema'],
  ['config'],
  ['model'],
  ['artifacts'],
  ['rules'],
  ['report'],
  ['validate'],
  // Shells: adapters to one outside system each (peers: they never import each other) …
  ['git', 'github', 'apple'],
  // … workflows built on them …
  ['renew', 'import'],
  // The token list and calendar (src/tokens.ts), which borrows the renewal steps.
  ['tokens'],
  // … and the two front doors.
  ['cli', 'action'],
];

const repoRoot = resolve(import.meta.dirname, '../..');
const srcRoot = join(repoRoot, 'src');

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (name.endsWith('.ts')) yield path;
  }
}

/** `src/<layer>/…` or `src/<layer>.ts`. */
function layerOf(file: string): string {
  const [first, ...rest] = relative(srcRoot, file).split(/[\\/]/);
  return rest.length === 0 ? first!.replace(/\.ts$/, '') : first!;
}

const rankOf = new Map(LAYERS.flatMap((names, rank) => names.map((name) => [name, rank] as const)));

interface Edge {
  from: string;
  to: string;
}

/** Every relative import and re-export of every file in src/, type-only ones included, resolved to files. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(srcRoot)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((name) => name.startsWith('.') && !name.endsWith('.json'))
      .map((name) => resolve(dirname(file), name.replace(/\.js$/, '.ts')));
    graph.set(file, targets);
  }
  return graph;
}

const graph = importGraph();
const show = (file: string): string => relative(repoRoot, file);

/** Strongly connected components with more than one file (or a file importing itself): the import cycles. */
function cycles(edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (edges.get(node) ?? []).includes(node)) found.push(component.map(show).sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('the layers of src/', () => {
  it('place every folder of src/ in a layer', () => {
    const unplaced = [...new Set([...graph.keys()].map(layerOf))].filter((layer) => !rankOf.has(layer));
    expect(unplaced, 'add these folders to LAYERS in test/architecture/layers.test.ts').toEqual([]);
  });

  it('resolve every relative import to a file of src/', () => {
    const missing = [...graph].flatMap(([from, targets]) => targets.filter((to) => !graph.has(to)).map((to) => `${show(from)} → ${show(to)}`));
    expect(missing).toEqual([]);
  });

  it('import only their own layer and the layers below', () => {
    const upward: Edge[] = [];
    for (const [from, targets] of graph) {
      const fromLayer = layerOf(from);
      for (const to of targets) {
        const toLayer = layerOf(to);
        if (toLayer === fromLayer) continue;
        if ((rankOf.get(toLayer) ?? Infinity) >= (rankOf.get(fromLayer) ?? -Infinity)) upward.push({ from: show(from), to: show(to) });
      }
    }
    expect(upward.map((edge) => `${edge.from} imports ${edge.to}`)).toEqual([]);
  });

  it('have no import cycle, not even inside one folder', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('keep the ground floor free of imports of ours', () => {
    const baseImports = [...graph]
      .filter(([from]) => layerOf(from) === 'base')
      .flatMap(([from, targets]) => targets.filter((to) => layerOf(to) !== 'base').map((to) => `${show(from)} → ${show(to)}`));
    expect(baseImports).toEqual([]);
  });
});

/**
 * Folders other folders import only through their entry file, `index.ts`
 * (`artifacts` has a second one, its file-reading stage); `base` and `model`
 * are small enough to import file by file. The front doors (`cli`, `action`)
 * are imported by nobody.
 */
const FILE_BY_FILE = new Set(['base', 'model']);
const ENTRY_FILES: Readonly<Record<string, readonly string[]>> = { artifacts: ['index.ts', 'stage.ts'] };

/** The folder of src/ a file lives in, or undefined for a file directly in src/. */
function folderOf(file: string): string | undefined {
  const parts = relative(srcRoot, file).split(/[\\/]/);
  return parts.length > 1 ? parts[0] : undefined;
}

/** Imports that reach into another folder past its entry file. */
function pastEntryFiles(edges: Map<string, string[]>): string[] {
  const found: string[] = [];
  for (const [from, targets] of edges) {
    for (const to of targets) {
      const folder = folderOf(to);
      if (folder === undefined || folder === folderOf(from) || FILE_BY_FILE.has(folder)) continue;
      const entries = ENTRY_FILES[folder] ?? ['index.ts'];
      if (!entries.includes(relative(join(srcRoot, folder), to))) found.push(`${show(from)} imports ${show(to)}`);
    }
  }
  return found;
}

describe('the entry files of src/', () => {
  it('are the only files of a folder that other folders import', () => {
    expect(pastEntryFiles(graph), "import from the folder's index.ts (export it there if it is missing)").toEqual([]);
  });
});

describe('the layer check itself', () => {
  it('finds a cycle and an upward import in a made-up graph', () => {
    const a = join(srcRoot, 'base', 'a.ts');
    const b = join(srcRoot, 'base', 'b.ts');
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([[show(a), show(b)]]);
    expect(rankOf.get('base')).toBeLessThan(rankOf.get('rules')!);
    expect(layerOf(join(srcRoot, 'validate.ts'))).toBe('validate');
    expect(layerOf(join(srcRoot, 'rules', 'catalog', 'schema.ts'))).toBe('rules');
  });

  it('finds an import past an entry file, and allows the entry file and base', () => {
    const rule = join(srcRoot, 'rules', 'engine.ts');
    const edges = new Map([
      [rule, [join(srcRoot, 'load', 'positions.ts'), join(srcRoot, 'load', 'index.ts'), join(srcRoot, 'base', 'text.ts'), join(srcRoot, 'rules', 'types.ts')]],
    ]);
    expect(pastEntryFiles(edges)).toEqual([`${show(rule)} imports ${show(join(srcRoot, 'load', 'positions.ts'))}`]);
  });
});
