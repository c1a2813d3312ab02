/**
 * `--into`: what an existing organization document lacks of the imported
 * one, as in-place edits, and where the two disagree. A value already in
 * the file is never changed: a disagreement is a conflict for the person.
 * Pure: the existing document's data in, edits and conflicts out.
 */
import type { YamlEdit, YamlPath, YamlValue } from '../load/index.js';
import type { OrganizationDocument } from '../base/schema-types.js';
import type { ImportResult } from './build.js';
import { nameKey } from './names.js';

export interface Conflict {
  /** Where in the file, e.g. `spec.contentTokens[nyc-apps].expiresAt`. */
  path: string;
  declared: string;
  found: string;
  /** The file or source that says `found`. */
  source: string;
}

export interface MergePlan {
  edits: YamlEdit[];
  conflicts: Conflict[];
  /** What was added, one short line each (`unit nyc`, `service jamf-prod: apnsCertificate`). */
  added: string[];
  /** Variable names the file already uses for imported secrets: imported name → declared name. */
  renamedVariables: Map<string, string>;
}

type Data = Record<string, unknown>;

const DAY_MS = 86_400_000;
const DATE_KEYS = new Set(['expiresAt', 'downloadedAt']);
const ARTIFACT_KEYS = ['publicKey', 'serviceToken', 'apnsCertificate'] as const;

function isData(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function list(value: unknown): Data[] {
  return Array.isArray(value) ? value.map((item) => (isData(item) ? item : {})) : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function sameValue(key: string, declared: unknown, found: unknown): boolean {
  if (DATE_KEYS.has(key) && typeof declared === 'string' && typeof found === 'string') {
    // A bare date is the start of its day: within a day is the same date (as declared-expiry-mismatch sees it).
    const a = Date.parse(/T/.test(declared) ? declared : `${declared}T00:00:00Z`);
    const b = Date.parse(found);
    if (!Number.isNaN(a) && !Number.isNaN(b)) return Math.abs(a - b) <= DAY_MS;
  }
  if (key === 'sha256' && typeof declared === 'string' && typeof found === 'string') return declared.trim().toLowerCase() === found.toLowerCase();
  if (key === 'name' && typeof declared === 'string' && typeof found === 'string') return declared === found;
  return declared === found;
}

export function planMerge(existing: Data, imported: ImportResult): MergePlan {
  const plan = new Planner(existing, imported);
  plan.metadata();
  const unitIds = plan.units();
  plan.services();
  plan.contentTokens(unitIds);
  plan.accounts();
  plan.appleApi();
  return plan.result();
}

class Planner {
  private readonly edits: YamlEdit[] = [];
  private readonly conflicts: Conflict[] = [];
  private readonly added: string[] = [];
  private readonly renamed = new Map<string, string>();
  private readonly importedDoc: OrganizationDocument;
  private readonly spec: Data;

  constructor(
    private readonly existing: Data,
    private readonly imported: ImportResult,
  ) {
    this.importedDoc = imported.document;
    this.spec = isData(existing.spec) ? existing.spec : {};
  }

  result(): MergePlan {
    return { edits: this.edits, conflicts: this.conflicts, added: this.added, renamedVariables: this.renamed };
  }

  private source(entry: object | undefined): string {
    return (entry && this.imported.sources.get(entry)) ?? 'the imported files';
  }

  /** Adds keys to the mapping at `path`, batching with an earlier add to the same mapping. */
  private add(path: YamlPath, entries: Record<string, YamlValue>): void {
    const same = this.edits.find((edit) => edit.op === 'add' && edit.path.join('\0') === path.join('\0'));
    if (same && same.op === 'add') Object.assign(same.entries, entries);
    else this.edits.push({ op: 'add', path, entries: { ...entries } });
  }

  private append(listKey: string, item: object): void {
    if (!(listKey in this.spec)) {
      const same = this.edits.find((edit) => edit.op === 'add' && edit.path.join('\0') === 'spec' && listKey in edit.entries);
      if (same && same.op === 'add') (same.entries[listKey] as YamlValue[]).push(item as YamlValue);
      else this.add(['spec'], { [listKey]: [item as YamlValue] });
      return;
    }
    const same = this.edits.find((edit) => edit.op === 'append' && edit.path.join('\0') === `spec\0${listKey}`);
    if (same && same.op === 'append') (same.items as YamlValue[]).push(item as YamlValue);
    else this.edits.push({ op: 'append', path: ['spec', listKey], items: [item as YamlValue] });
  }

  private conflict(path: string, declared: unknown, found: unknown, source: string): void {
    this.conflicts.push({ path, declared: text(declared), found: text(found), source });
  }

  /** Fills the keys `target` lacks from `incoming`; reports the ones it has with another value. */
  private fill(target: Data, incoming: object, path: YamlPath, label: string, skipKeys: ReadonlySet<string> = new Set()): void {
    const missing: Record<string, YamlValue> = {};
    for (const [key, value] of Object.entries(incoming) as Array<[string, YamlValue]>) {
      if (skipKeys.has(key)) continue;
      const declared = target[key];
      if (declared === undefined) {
        missing[key] = value;
        continue;
      }
      if (isData(value) && isData(declared)) continue;
      if (key === 'expiresAt' && this.imported.estimated.has(incoming)) continue;
      if (this.sameVariable(key, declared, value)) continue;
      if (!sameValue(key, declared, value)) this.conflict(`${label}.${key}`, declared, value, this.source(incoming));
    }
    if (Object.keys(missing).length > 0) {
      this.add(path, missing);
      this.added.push(`${label}: ${Object.keys(missing).join(', ')}`);
    }
  }

  /** A secret the file already takes from another variable is the same secret: only the name to set differs. */
  private sameVariable(key: string, declared: unknown, found: unknown): boolean {
    if ((key !== 'ref' && key !== 'privateKey') || typeof declared !== 'string' || typeof found !== 'string') return false;
    if (!declared.startsWith('env:') || !found.startsWith('env:')) return false;
    if (declared !== found) this.renamed.set(found.slice(4), declared.slice(4));
    return true;
  }

  metadata(): void {
    const displayName = this.importedDoc.metadata.displayName;
    const metadata = this.existing.metadata;
    if (displayName === undefined || !isData(metadata)) return;
    if (metadata.displayName === undefined) {
      this.add(['metadata'], { displayName });
      this.added.push('metadata.displayName');
    } else if (nameKey(text(metadata.displayName)) !== nameKey(displayName)) {
      this.conflict('metadata.displayName', metadata.displayName, displayName, 'the content tokens (orgName)');
    }
  }

  /** Imported unit id → the id it has in the file. */
  units(): Map<string, string> {
    const declared = list(this.spec.units);
    const ids = new Set(declared.map((unit) => text(unit.id).toLowerCase()));
    const mapping = new Map<string, string>();
    for (const unit of this.importedDoc.spec.units) {
      let index = declared.findIndex((candidate) => typeof candidate.name === 'string' && nameKey(candidate.name) === nameKey(unit.name));
      if (index === -1 && unit.primary) index = declared.findIndex((candidate) => candidate.primary === true);
      const match = declared[index];
      if (match !== undefined) {
        mapping.set(unit.id, text(match.id));
        if (!sameValue('name', match.name, unit.name)) this.conflict(`spec.units[${text(match.id)}].name`, match.name, unit.name, this.source(unit));
        continue;
      }
      const id = freeId(unit.id, ids);
      mapping.set(unit.id, id);
      const hasPrimary = declared.some((candidate) => candidate.primary === true);
      const entry = { ...unit, id, ...(hasPrimary ? { primary: undefined } : {}) };
      if (hasPrimary) delete entry.primary;
      this.append('units', entry);
      this.added.push(`unit ${id} (${unit.name})`);
    }
    return mapping;
  }

  services(): void {
    const declared = list(this.spec.deviceManagementServices);
    const ids = new Set(declared.map((service) => text(service.id).toLowerCase()));
    for (const service of this.importedDoc.spec.deviceManagementServices ?? []) {
      const index = declared.findIndex((candidate) => sameServiceType(candidate, service) || sameService(candidate, service));
      const match = declared[index];
      if (match === undefined) {
        const id = freeId(service.id, ids);
        this.append('deviceManagementServices', { ...service, id });
        this.added.push(`service ${id} (${service.name ?? ''})`);
        continue;
      }
      const label = `spec.deviceManagementServices[${text(match.id)}]`;
      const path = ['spec', 'deviceManagementServices', index];
      this.fill(match, service, path, label, new Set(['id', ...ARTIFACT_KEYS]));
      for (const key of ARTIFACT_KEYS) {
        const incoming = service[key];
        if (incoming === undefined) continue;
        const current = match[key];
        if (current === undefined) {
          this.add(path, { [key]: incoming as unknown as YamlValue });
          this.added.push(`${label}.${key}`);
        } else if (isData(current)) {
          this.fill(current, incoming, [...path, key], `${label}.${key}`);
        }
      }
    }
  }

  contentTokens(unitIds: ReadonlyMap<string, string>): void {
    const declared = list(this.spec.contentTokens);
    const ids = new Set(declared.map((token) => text(token.id).toLowerCase()));
    for (const token of this.importedDoc.spec.contentTokens ?? []) {
      const unit = unitIds.get(token.unit) ?? token.unit;
      const incoming = { ...token, unit };
      let index = declared.findIndex(
        (candidate) => (candidate.sha256 !== undefined && sameValue('sha256', candidate.sha256, token.sha256)) || (candidate.ref !== undefined && candidate.ref === token.ref),
      );
      if (index === -1) index = declared.findIndex((candidate) => candidate.unit === unit);
      const match = declared[index];
      if (match === undefined) {
        const id = freeId(token.id, ids);
        this.append('contentTokens', { ...incoming, id });
        this.imported.sources.set(incoming, this.source(token));
        this.added.push(`content token ${id} (unit ${unit})`);
        continue;
      }
      this.imported.sources.set(incoming, this.source(token));
      this.fill(match, incoming, ['spec', 'contentTokens', index], `spec.contentTokens[${text(match.id)}]`, new Set(['id']));
    }
  }

  accounts(): void {
    const declared = list(this.spec.accounts);
    for (const account of this.importedDoc.spec.accounts ?? []) {
      const index = declared.findIndex((candidate) => typeof candidate.id === 'string' && candidate.id.toLowerCase() === account.id.toLowerCase());
      const match = declared[index];
      if (match === undefined) {
        this.append('accounts', account);
        this.added.push(`account ${account.id} (${account.role})`);
        continue;
      }
      this.fill(match, account, ['spec', 'accounts', index], `spec.accounts[${text(match.id)}]`, new Set(['id']));
    }
  }

  appleApi(): void {
    const incoming = this.importedDoc.spec.appleApi;
    if (incoming === undefined) return;
    const current = this.spec.appleApi;
    if (current === undefined) {
      this.add(['spec'], { appleApi: { ...incoming } });
      this.added.push('spec.appleApi');
    } else if (isData(current)) {
      this.fill(current, incoming, ['spec', 'appleApi'], 'spec.appleApi');
    }
  }
}

function sameServiceType(declared: Data, incoming: { type: string }): boolean {
  return incoming.type === 'built-in' && declared.type === 'built-in';
}

function sameService(declared: Data, incoming: NonNullable<OrganizationDocument['spec']['deviceManagementServices']>[number]): boolean {
  const token = isData(declared.serviceToken) ? declared.serviceToken : {};
  if (token.sha256 !== undefined && incoming.serviceToken?.sha256 !== undefined && sameValue('sha256', token.sha256, incoming.serviceToken.sha256)) return true;
  for (const key of ARTIFACT_KEYS) {
    const ref = isData(declared[key]) ? (declared[key] as Data).ref : undefined;
    if (ref !== undefined && ref === incoming[key]?.ref) return true;
  }
  if (incoming.type === 'built-in') return false;
  return typeof declared.name === 'string' && incoming.name !== undefined && nameKey(declared.name) === nameKey(incoming.name);
}

function freeId(wanted: string, taken: Set<string>): string {
  let id = wanted;
  for (let n = 2; taken.has(id.toLowerCase()); n++) id = `${wanted}-${n}`;
  taken.add(id.toLowerCase());
  return id;
}
