/**
 * What an editor shows: the real `yaml-language-server` (what VS Code's YAML
 * extension runs), driven over stdio with the Language Server Protocol, on
 * the examples (their `# yaml-language-server: $schema=…` modelines) and on typos.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const server = join(root, 'node_modules', 'yaml-language-server', 'bin', 'yaml-language-server');

interface Diagnostic {
  message: string;
  range: { start: { line: number } };
}
interface CompletionItem {
  label: string;
}

/** A minimal LSP client: Content-Length framing, request ids, notifications by method. */
class LspClient {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, (result: unknown) => void>();
  private readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly waiters: Array<{ uri: string; done: (diagnostics: Diagnostic[]) => void }> = [];

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd === -1) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1] ?? 0);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as {
        id?: number;
        method?: string;
        params?: { uri: string; diagnostics: Diagnostic[] };
        result?: unknown;
      };
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      if (message.id !== undefined && message.method === undefined) this.pending.get(message.id)?.(message.result);
      else if (message.id !== undefined && message.method !== undefined)
        this.send({ jsonrpc: '2.0', id: message.id, result: message.method === 'workspace/configuration' ? [SETTINGS.yaml] : null });
      else if (message.method === 'textDocument/publishDiagnostics' && message.params) {
        this.diagnostics.set(message.params.uri, message.params.diagnostics);
        for (const waiter of this.waiters.filter((entry) => entry.uri === message.params?.uri)) waiter.done(message.params.diagnostics);
      }
    }
  }

  private send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  request<T>(method: string, params: object): Promise<T> {
    const id = this.nextId++;
    this.send({ jsonrpc: '2.0', id, method, params });
    return new Promise((done) => this.pending.set(id, done as (result: unknown) => void));
  }

  notify(method: string, params: object): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Opens a document and resolves with the diagnostics the server publishes for it. */
  open(uri: string, text: string): Promise<Diagnostic[]> {
    const published = new Promise<Diagnostic[]>((done) => this.waiters.push({ uri, done }));
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return published;
  }
}

const SETTINGS = { yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false }, schemas: {} } };

let child: ChildProcessWithoutNullStreams;
let client: LspClient;

beforeAll(async () => {
  child = spawn(process.execPath, [server, '--stdio'], { cwd: root });
  client = new LspClient(child);
  await client.request('initialize', {
    processId: process.pid,
    rootUri: pathToFileURL(root).href,
    capabilities: { textDocument: { completion: { completionItem: { snippetSupport: false } } }, workspace: { configuration: true } },
  });
  client.notify('initialized', {});
  client.notify('workspace/didChangeConfiguration', { settings: SETTINGS });
});

afterAll(() => {
  child.kill();
});

const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'broken' && entry.name !== 'workflows')
  .flatMap((entry) =>
    readdirSync(join(root, 'examples', entry.name))
      .filter((name) => name.endsWith('.yml'))
      .map((name) => `examples/${entry.name}/${name}`),
  );

/** A document beside an example, so its modeline's relative schema path resolves the same way. */
function uriBeside(example: string, name: string): string {
  return pathToFileURL(join(root, 'examples', example, name)).href;
}

describe('yaml-language-server over stdio', { timeout: 60_000 }, () => {
  it.each(examples)('%s: no diagnostics', async (path) => {
    const diagnostics = await client.open(pathToFileURL(join(root, path)).href, readFileSync(join(root, path), 'utf8'));
    expect(diagnostics.map((diagnostic) => diagnostic.message)).toEqual([]);
  });

  it('a typo in an organization file is a diagnostic on its line', async () => {
    const text = readFileSync(join(root, 'examples/single-org/organization.yml'), 'utf8').replace(/^( +)name: /m, '$1nmae: ');
    const line = text.split('\n').findIndex((candidate) => candidate.includes('nmae:'));
    const diagnostics = await client.open(uriBeside('single-org', 'typo.yml'), text);
    expect(diagnostics.map((diagnostic) => [diagnostic.range.start.line, diagnostic.message])).toContainEqual([line, expect.stringMatching(/nmae/)]);
  });

  it('offers every rule id for exceptions[].rule', async () => {
    const text = '# yaml-language-server: $schema=../../schemas/config.schema.json\napiVersion: abm-gitops/v1\nkind: Config\nexceptions:\n  - rule: \n';
    const uri = uriBeside('single-org', 'completion.yml');
    await client.open(uri, text);
    const result = await client.request<{ items: CompletionItem[] } | CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 4, character: 10 } });
    const labels = (Array.isArray(result) ? result : result.items).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['token-expiry', 'artifact-kind-mismatch', 'committed-secret']));
  });

  /** The keys offered on an empty line at the top of `spec` of an organization of this product. */
  async function specKeysOffered(product: string, name: string): Promise<string[]> {
    const lines = [
      '# yaml-language-server: $schema=../../schemas/organization.schema.json',
      'apiVersion: abm-gitops/v1',
      'kind: Organization',
      'metadata:',
      '  name: acme',
      'spec:',
      `  product: ${product}`,
      '  ',
      '  units:',
      '    - id: hq',
      '      primary: true',
      '',
    ];
    const uri = uriBeside('single-org', name);
    await client.open(uri, lines.join('\n'));
    const result = await client.request<{ items: CompletionItem[] } | CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 7, character: 2 } });
    return (Array.isArray(result) ? result : result.items).map((item) => item.label);
  }

  it('offers essentialsSubscription in Apple Business Essentials organizations only, appleApi in the others only', async () => {
    const essentials = await specKeysOffered('apple-business-essentials', 'essentials-keys.yml');
    expect(essentials).toEqual(expect.arrayContaining(['essentialsSubscription', 'accounts', 'contentTokens']));
    expect(essentials).not.toContain('appleApi');
    for (const product of ['apple-business-manager', 'apple-business']) {
      const offered = await specKeysOffered(product, `${product}-keys.yml`);
      expect(offered).toEqual(expect.arrayContaining(['accounts', 'contentTokens', 'appleApi']));
      expect(offered).not.toContain('essentialsSubscription');
    }
  });

  it('still offers the keys inside appleApi', async () => {
    const lines = [
      '# yaml-language-server: $schema=../../schemas/organization.schema.json',
      'apiVersion: abm-gitops/v1',
      'kind: Organization',
      'metadata:',
      '  name: acme',
      'spec:',
      '  product: apple-business-manager',
      '  appleApi:',
      '    ',
      '  units:',
      '    - id: hq',
      '',
    ];
    const uri = uriBeside('abm', 'api-keys.yml');
    await client.open(uri, lines.join('\n'));
    const result = await client.request<{ items: CompletionItem[] } | CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 8, character: 4 } });
    expect((Array.isArray(result) ? result : result.items).map((item) => item.label)).toEqual(expect.arrayContaining(['clientId', 'keyId', 'privateKey']));
  });

  it('offers the plans as values of essentialsSubscription', async () => {
    const text = readFileSync(join(root, 'examples/essentials/organization.yml'), 'utf8').replace(/^( +essentialsSubscription:) monthly$/m, '$1 ');
    const line = text.split('\n').findIndex((candidate) => candidate.includes('essentialsSubscription:'));
    const uri = uriBeside('essentials', 'plan.yml');
    await client.open(uri, text);
    const result = await client.request<{ items: CompletionItem[] } | CompletionItem[]>('textDocument/completion', {
      textDocument: { uri },
      position: { line, character: text.split('\n')[line]!.length },
    });
    expect((Array.isArray(result) ? result : result.items).map((item) => item.label)).toEqual(expect.arrayContaining(['none', 'monthly', 'annual']));
  });

  it('still flags essentialsSubscription written in an Apple Business Manager organization', async () => {
    const text = readFileSync(join(root, 'examples/abm/organization.yml'), 'utf8').replace(/^( +)product: apple-business-manager\n/m, '$&$1essentialsSubscription: monthly\n');
    const line = text.split('\n').findIndex((candidate) => candidate.includes('essentialsSubscription:'));
    expect(line).toBeGreaterThan(0);
    const diagnostics = await client.open(uriBeside('abm', 'subscription.yml'), text);
    expect(diagnostics.map((diagnostic) => [diagnostic.range.start.line, diagnostic.message])).toContainEqual([line, expect.stringMatching(/essentialsSubscription/)]);
  });
});
