/**
 * `abm-gitops import <paths…> --organization <name>`: an organization
 * document from the token and certificate files an admin downloaded, to
 * stdout or (`--into`) added in place to an organization file, never
 * changing a value already there. Secrets (content tokens, keys) become
 * `env:` references and the command says which variables to set.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import {
  buildImport,
  collectFiles,
  envName,
  formatSummary,
  insertionDiff,
  planMerge,
  readArtifact,
  readBounded,
  renderDocument,
  applyAppleState,
  type AppleImport,
  type Conflict,
  type ImportResult,
  type KeyCandidate,
  type Reading,
} from '../../import/index.js';
import { AppleApiError, BusinessApiClient, checkClientId, checkKeyId, HttpClient, parseAppleApiKey, resolveEndpoints, runnerVariableRefusal } from '../../apple/index.js';
import { CONFIG_FILE_NAMES, DEFAULT_LIMITS, describePath, editYaml, YamlEditError } from '../../load/index.js';
import type { Product } from '../../base/schema-types.js';
import { booleanOption, secretFromEnv, stringOption } from '../args.js';
import { envValue } from '../../base/environment.js';
import { UsageError } from '../../base/errors.js';
import type { Command, CommandIo, ParsedArgs } from '../command.js';
import { IMPORT, PRODUCTS } from './specs.js';

const NAME_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

export const command: Command = {
  ...IMPORT,
  async run(args, io) {
    const organization = requiredOrganization(args);
    const fromApple = booleanOption(args, 'from-apple', false);
    if (args.positionals.length === 0 && !fromApple) {
      throw new UsageError('import needs token or certificate files or folders, or --from-apple: abm-gitops import <paths…> --organization <name>');
    }
    const into = stringOption(args, 'into');
    const intoPath = into === undefined ? undefined : resolve(io.cwd, into);
    const existing = intoPath === undefined ? undefined : readExisting(intoPath, into!, organization);
    const documentFolder = intoPath === undefined ? io.cwd : dirname(intoPath);
    const apple = fromApple ? await appleAnswers(args, io) : undefined;
    const keys = fromApple ? [] : await explicitKeys(args, io, organization);

    const collection = collectFiles(args.positionals, { cwd: io.cwd, maxFileBytes: DEFAULT_LIMITS.maxFileBytes });
    if (collection.missing.length > 0) throw new UsageError(`import: ${collection.missing.join(', ')}: no such file or folder`);
    const folderKeys = collection.files
      .map((file) => ({ file, reading: readArtifact(file, file.bytes, []) }))
      .filter(({ reading }) => reading.kind === 'private-key')
      .map(({ file }) => keyFromFile(file.shown, file.bytes, organization));
    const allKeys = [...keys, ...folderKeys];
    const passphraseSource = stringOption(args, 'passphrase');
    const passphrase = passphraseSource === undefined ? undefined : secretFromEnv('--passphrase', passphraseSource, io.env);
    const passphraseOption = passphrase === undefined ? undefined : { envName: passphrase.name, value: passphrase.value };
    const readings: Reading[] = collection.files.map((file) => readArtifact(file, file.bytes, allKeys, passphraseOption));
    for (const skipped of collection.skipped) readings.push({ kind: 'unreadable', file: { absolute: skipped.shown, shown: skipped.shown }, reason: skipped.reason });

    const result = buildImport(readings, {
      organization,
      product: existing?.product ?? (stringOption(args, 'product') as Product | undefined) ?? 'apple-business',
      ...(existing?.orgName !== undefined ? { knownOrgName: existing.orgName } : {}),
      documentFolder,
      repositoryRoot: repositoryRoot(documentFolder, io.cwd),
    });
    if (apple) applyAppleState(result, apple);
    const ignored = readings.filter((reading) => reading.kind === 'ignored').length;
    const filesRead = collection.files.length;
    const dryRun = booleanOption(args, 'dry-run', false);

    if (intoPath === undefined) {
      const text = renderDocument(result.document, result.estimated);
      const summary = formatSummary({ result, target: 'stdout', added: [], conflicts: [], unplaced: [], ignored, filesRead });
      if (dryRun) io.stdout(insertionDiff('', text, 'organization.yml'));
      else io.stdout(text);
      io.stderr(summary);
      return exitCode(result, 0);
    }
    const shownInto = relative(io.cwd, intoPath) || into!;
    const edit = existing === undefined ? newFile(result) : editFile(existing, result, shownInto);
    if (dryRun) io.stdout(insertionDiff(existing?.text ?? '', edit.text, shownInto));
    else if (edit.text !== (existing?.text ?? undefined)) writeAtomically(intoPath, edit.text, shownInto);
    io.stdout(formatSummary({ result, target: shownInto, added: edit.added, conflicts: edit.conflicts, unplaced: edit.unplaced, ignored, filesRead }));
    return exitCode(result, edit.conflicts.length + edit.unplaced.length);
  },
};

function requiredOrganization(args: ParsedArgs): string {
  const organization = stringOption(args, 'organization');
  if (organization === undefined) throw new UsageError('import needs --organization <name>: the short name of the organization (metadata.name), e.g. acme');
  if (!NAME_PATTERN.test(organization)) throw new UsageError(`import: --organization must be lowercase letters, digits and dashes (e.g. acme), not "${organization}"`);
  return organization;
}

function exitCode(result: ImportResult, conflicts: number): number {
  return result.skipped.length > 0 || conflicts > 0 ? 1 : 0;
}

interface ExistingFile {
  text: string;
  documentIndex: number;
  data: Record<string, unknown>;
  product?: Product;
  orgName?: string;
}

/** The organization's document in `--into`, or undefined when the file does not exist yet or is empty. */
function readExisting(path: string, shown: string, organization: string): ExistingFile | undefined {
  if (!existsSync(path)) return undefined;
  const bytes = readBounded(path, DEFAULT_LIMITS.maxFileBytes);
  if (typeof bytes === 'string') throw new UsageError(`import: --into ${shown}: ${bytes}`);
  const text = bytes.toString('utf8');
  if (text.replace(/^\uFEFF/, '').trim() === '') return undefined;
  const documents = parseAllDocuments(text, { merge: true });
  if (!Array.isArray(documents)) throw new UsageError(`import: --into ${shown}: not a YAML file`);
  const broken = documents.find((document) => document.errors.length > 0);
  if (broken) throw new UsageError(`import: --into ${shown}: the YAML does not parse (${broken.errors[0]!.message.split('\n', 1)[0]}); fix it first`);
  const names: string[] = [];
  for (const [documentIndex, document] of documents.entries()) {
    const data = document.toJS({ maxAliasCount: DEFAULT_LIMITS.maxAliasCount }) as Record<string, unknown> | null;
    const metadata = data?.metadata as { name?: unknown; displayName?: unknown } | undefined;
    if (data?.kind !== 'Organization') continue;
    if (metadata?.name !== organization) {
      names.push(String(metadata?.name));
      continue;
    }
    const spec = (data.spec ?? {}) as { product?: unknown; units?: unknown };
    if (typeof data.spec !== 'object' || data.spec === null) throw new UsageError(`import: --into ${shown}: organization ${organization} has no spec mapping; fix it first`);
    const primary = Array.isArray(spec.units) ? (spec.units as Array<{ primary?: unknown; name?: unknown }>).find((unit) => unit?.primary === true) : undefined;
    const orgName = typeof metadata.displayName === 'string' ? metadata.displayName : typeof primary?.name === 'string' ? primary.name : undefined;
    return {
      text,
      documentIndex,
      data,
      ...(PRODUCTS.includes(spec.product as Product) ? { product: spec.product as Product } : {}),
      ...(orgName !== undefined ? { orgName } : {}),
    };
  }
  const holds = names.length > 0 ? ` (it holds ${names.join(', ')})` : '';
  throw new UsageError(`import: --into ${shown} holds no organization named ${organization}${holds}: give that organization's file, or --organization with its name`);
}

function newFile(result: ImportResult): { text: string; added: string[]; conflicts: []; unplaced: [] } {
  const spec = result.document.spec;
  const added = [
    ...spec.units.map((unit) => `unit ${unit.id} (${unit.name})`),
    ...(spec.deviceManagementServices ?? []).map((service) => `service ${service.id} (${service.name ?? ''})`),
    ...(spec.contentTokens ?? []).map((token) => `content token ${token.id} (unit ${token.unit})`),
  ];
  return { text: renderDocument(result.document, result.estimated), added, conflicts: [], unplaced: [] };
}

function editFile(existing: ExistingFile, result: ImportResult, shown: string): { text: string; added: string[]; conflicts: Conflict[]; unplaced: string[] } {
  const plan = planMerge(existing.data, result);
  for (const variable of result.variables) variable.name = plan.renamedVariables.get(variable.name) ?? variable.name;
  let text = existing.text;
  const unplaced: string[] = [];
  const options = { documentIndex: existing.documentIndex, caller: `import --into ${shown}` };
  try {
    // All edits at once: the file is parsed once per edit and verified once.
    if (plan.edits.length > 0) text = editYaml(text, plan.edits, options);
  } catch (error) {
    if (!(error instanceof YamlEditError)) throw error;
    // Then one at a time: a place that cannot take an addition (an alias) costs that addition only.
    for (const edit of plan.edits) {
      try {
        text = editYaml(text, [edit], options);
      } catch (failure) {
        if (!(failure instanceof YamlEditError)) throw failure;
        const what = edit.op === 'add' ? Object.keys(edit.entries).join(', ') : 'new entries';
        unplaced.push(`${describePath(edit.path)}: ${what} (${failure.message.replace(/^.*?: /, '')})`);
      }
    }
  }
  return { text, added: plan.added, conflicts: plan.conflicts, unplaced };
}

function writeAtomically(path: string, text: string, shown: string): void {
  const temporary = join(dirname(path), `.${process.pid}.abm-gitops-import.tmp`);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, text);
    renameSync(temporary, path);
  } catch (error) {
    throw new UsageError(`import: cannot write ${shown}: ${(error as NodeJS.ErrnoException).code ?? 'write failed'}`);
  }
}

/**
 * The config repository holding the organization file: the nearest folder
 * with abm-gitops.yml, else with .git, else the working folder when the file
 * lies inside it (where `validate .` would run), else the file's folder.
 */
function repositoryRoot(folder: string, cwd: string): string {
  for (const marker of [...CONFIG_FILE_NAMES, '.git']) {
    for (let current = folder; ; current = dirname(current)) {
      if (existsSync(join(current, marker))) return current;
      if (dirname(current) === current) break;
    }
  }
  const fromCwd = relative(cwd, folder);
  return fromCwd === '' || (!fromCwd.startsWith('..') && !isAbsolute(fromCwd)) ? cwd : folder;
}

async function explicitKeys(args: ParsedArgs, io: CommandIo, organization: string): Promise<KeyCandidate[]> {
  const source = stringOption(args, 'private-key');
  if (source === undefined) return [];
  if (source.startsWith('env:')) {
    const name = source.slice(4);
    const value = envValue(io.env, name);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new UsageError(`--private-key ${source}: not a valid variable name`);
    if (value === undefined || value.trim() === '') throw new UsageError(`--private-key ${source}: ${name} is not set`);
    return [{ label: `--private-key ${source}`, envName: name, key: value }];
  }
  const bytes = readBounded(resolve(io.cwd, source), DEFAULT_LIMITS.maxFileBytes);
  if (typeof bytes === 'string') throw new UsageError(`--private-key ${source}: ${bytes}`);
  return [{ label: `--private-key ${source}`, envName: envName(organization, 'DEP_PRIVATE_KEY'), key: bytes }];
}

/** A key found among the downloads decrypts what it can; the document names a variable for it after its file. */
function keyFromFile(shown: string, bytes: Buffer, organization: string): KeyCandidate {
  const base = shown.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
  const name = envName(organization, base);
  return { label: shown, envName: /KEY$/.test(name) ? name : `${name}_KEY`, key: bytes };
}

/** The Apple Business API's answers, read with the credentials given; a refusal is one line naming the API and status. */
async function appleAnswers(args: ParsedArgs, io: CommandIo): Promise<AppleImport> {
  const clientId = stringOption(args, 'client-id');
  const keyId = stringOption(args, 'key-id');
  const privateKey = stringOption(args, 'private-key');
  if (clientId === undefined || keyId === undefined || privateKey === undefined) {
    throw new UsageError('import --from-apple needs --client-id, --key-id and --private-key env:NAME (the Apple Business API account and its key)');
  }
  const badId = checkClientId(clientId) ?? checkKeyId(keyId);
  if (badId !== undefined) throw new UsageError(`import --from-apple: ${badId.replace('spec.appleApi.clientId', '--client-id').replace('spec.appleApi.keyId', '--key-id')}`);
  if (!privateKey.startsWith('env:') || !/^env:[A-Za-z_][A-Za-z0-9_]*$/.test(privateKey)) {
    throw new UsageError('import --from-apple: --private-key must be env:NAME (the Apple Business API key is a secret and comes from the environment only)');
  }
  const refusal = runnerVariableRefusal(privateKey);
  if (refusal !== undefined) throw new UsageError(`import --from-apple: ${refusal}`);
  const value = envValue(io.env, privateKey.slice(4));
  if (value === undefined || value.trim() === '') throw new UsageError(`import --from-apple: --private-key ${privateKey}: ${privateKey.slice(4)} is not set`);
  const key = parseAppleApiKey(value, privateKey);
  if (!key.ok) throw new UsageError(`import --from-apple: ${key.reason.replace('spec.appleApi.privateKey', '--private-key')}`);
  const client = new BusinessApiClient(new HttpClient(), resolveEndpoints(io.env), { clientId, keyId, key: key.key });
  try {
    return { state: await client.state(), clientId, keyId, privateKey };
  } catch (error) {
    if (error instanceof AppleApiError) throw new UsageError(`import --from-apple: ${error.message}`);
    throw error;
  }
}
