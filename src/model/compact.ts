/**
 * Compact stand-ins for the model's per-organization collections. An MSP
 * repository holds thousands of organizations with a handful of entries per
 * list; a `Map` or `Set` per list costs more than the entries themselves
 * (nine hash tables per organization were a tenth of the heap at 10,000).
 * These read like the collections they replace and keep their order.
 */
import type { ArtifactKind, Region } from '../base/findings.js';
import type { ApnsCertificate, ContentToken, DeviceManagementService, ServiceToken } from '../base/schema-types.js';
import type { DocPath } from '../load/index.js';
import type { ArtifactReading, DatedArtifact, EntityList, Located, Organization } from './types.js';

/** Up to this many entries a linear scan beats hashing; past it a real Map or Set is built once, on first use. */
const SCAN_LIMIT = 16;

/**
 * Paths into documents, shared: `spec.units[0]` is the same path in every
 * organization, so each is one frozen array for the whole run instead of an
 * array per entry, per artifact and per downloader.
 */
const listPaths = new Map<EntityList, DocPath[]>();
const childPaths = new WeakMap<DocPath, Map<string, DocPath>>();

/** `['spec', list, index]`, shared. */
export function entryPath(list: EntityList, index: number): DocPath {
  let paths = listPaths.get(list);
  if (!paths) listPaths.set(list, (paths = []));
  return (paths[index] ??= Object.freeze(['spec', list, index]));
}

/** `[...parent, key]`, shared for a shared `parent`. */
export function childPath(parent: DocPath, key: string): DocPath {
  let children = childPaths.get(parent);
  if (!children) childPaths.set(parent, (children = new Map()));
  let path = children.get(key);
  if (!path) children.set(key, (path = Object.freeze([...parent, key])));
  return path;
}

/** Entries by id, the first of each id winning (later duplicates are `duplicate-id` findings). */
export class FirstById<T extends { id: string }> implements ReadonlyMap<string, Located<T>> {
  #map: Map<string, Located<T>> | undefined;

  constructor(private readonly list: readonly Located<T>[]) {}

  get(id: string): Located<T> | undefined {
    if (this.list.length > SCAN_LIMIT) return this.#indexed().get(id);
    for (const entry of this.list) if (entry.value.id === id) return entry;
    return undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  get size(): number {
    return this.#indexed().size;
  }

  keys(): MapIterator<string> {
    return this.#indexed().keys();
  }

  values(): MapIterator<Located<T>> {
    return this.#indexed().values();
  }

  entries(): MapIterator<[string, Located<T>]> {
    return this.#indexed().entries();
  }

  [Symbol.iterator](): MapIterator<[string, Located<T>]> {
    return this.entries();
  }

  forEach(callback: (value: Located<T>, key: string, map: ReadonlyMap<string, Located<T>>) => void): void {
    for (const [key, value] of this.entries()) callback(value, key, this);
  }

  #indexed(): Map<string, Located<T>> {
    if (!this.#map) {
      this.#map = new Map();
      for (const entry of this.list) if (!this.#map.has(entry.value.id)) this.#map.set(entry.value.id, entry);
    }
    return this.#map;
  }
}

/** A set of ids kept as the list it was read from (duplicates allowed in the list, not in the set's view). */
export class IdSet implements ReadonlySet<string> {
  #set: Set<string> | undefined;

  constructor(private readonly ids: readonly string[]) {}

  has(id: string): boolean {
    return this.ids.length > SCAN_LIMIT ? this.#unique().has(id) : this.ids.includes(id);
  }

  get size(): number {
    return this.#unique().size;
  }

  keys(): SetIterator<string> {
    return this.#unique().keys();
  }

  values(): SetIterator<string> {
    return this.#unique().values();
  }

  entries(): SetIterator<[string, string]> {
    return this.#unique().entries();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const id of this.values()) callback(id, id, this);
  }

  #unique(): Set<string> {
    return (this.#set ??= new Set(this.ids));
  }
}

/**
 * The ids each list of an organization document declares (`declaredIds`),
 * read from the document's own lists when asked: one small object per
 * organization instead of five `IdSet`s and their id arrays (about 5 MiB at
 * 10,000 organizations). A list longer than `SCAN_LIMIT` keeps its set once
 * built, so a rule asking about each of its entries stays linear.
 */
export class DeclaredIds implements Readonly<Record<EntityList, ReadonlySet<string>>> {
  #long: Map<EntityList, IdSet> | undefined;

  constructor(private readonly lists: Readonly<Partial<Record<EntityList, readonly unknown[]>>>) {}

  get units(): ReadonlySet<string> {
    return this.#of('units');
  }

  get roles(): ReadonlySet<string> {
    return this.#of('roles');
  }

  get accounts(): ReadonlySet<string> {
    return this.#of('accounts');
  }

  get deviceManagementServices(): ReadonlySet<string> {
    return this.#of('deviceManagementServices');
  }

  get contentTokens(): ReadonlySet<string> {
    return this.#of('contentTokens');
  }

  #of(list: EntityList): IdSet {
    const known = this.#long?.get(list);
    if (known) return known;
    const ids: string[] = [];
    for (const entry of this.lists[list] ?? []) {
      const id = (entry as { id?: unknown } | null | undefined)?.id;
      if (typeof id === 'string') ids.push(id);
    }
    const set = new IdSet(ids);
    if (ids.length > SCAN_LIMIT) (this.#long ??= new Map()).set(list, set);
    return set;
  }
}

/**
 * A dated artifact as the model holds it: one fixed shape for every kind,
 * instants and the region made when asked for. An instant at midnight UTC
 * (what a date without a time says) is kept as its day number, a small
 * integer stored in the field itself; any other instant is a number V8 keeps
 * in a separate 16-byte box. The region of `expiresAt` (one line) is its
 * line and its two columns packed in one small integer.
 */
export class ModelArtifact implements DatedArtifact {
  reading?: ArtifactReading;
  appleExpiresAt?: Date;
  readonly #expiresAt: number | Date;
  readonly #downloadedAt: number | Date | undefined;
  readonly #line: number;
  readonly #columns: number | Region;

  constructor(
    readonly kind: ArtifactKind,
    readonly id: string,
    readonly organization: Organization,
    /** Path of the token's own mapping (the content token entry, `serviceToken`, `apnsCertificate`). */
    readonly path: DocPath,
    readonly declaration: ServiceToken | ContentToken | ApnsCertificate,
    /** The service's own token or certificate, or (content tokens) the service the token is assigned to. */
    readonly service: Located<DeviceManagementService> | undefined,
    readonly contentToken: Located<ContentToken> | undefined,
    expiresAt: Date,
    downloadedAt: Date | undefined,
    region: Region,
  ) {
    this.reading = undefined;
    this.appleExpiresAt = undefined;
    this.#expiresAt = packedInstant(expiresAt);
    this.#downloadedAt = downloadedAt === undefined ? undefined : packedInstant(downloadedAt);
    this.#line = region.line;
    this.#columns = packedColumns(region);
  }

  get expiresAt(): Date {
    return unpackedInstant(this.#expiresAt);
  }

  get downloadedAt(): Date | undefined {
    return this.#downloadedAt === undefined ? undefined : unpackedInstant(this.#downloadedAt);
  }

  get expiresAtRegion(): Region {
    const columns = this.#columns;
    if (typeof columns !== 'number') return { ...columns };
    return { line: this.#line, column: Math.floor(columns / COLUMN_SPAN), endLine: this.#line, endColumn: columns % COLUMN_SPAN };
  }
}

const DAY_MS = 86_400_000;
/** Day numbers below this (in size) are small integers in a V8 field (31 bits), unlike millisecond instants. */
const SMALL_INTEGER = 2 ** 30;
/** A packed region's end column is below this; its start column below `SMALL_INTEGER / COLUMN_SPAN`. */
const COLUMN_SPAN = 2 ** 15;

/**
 * A day number for an instant at midnight UTC; else its milliseconds, which
 * then lie outside the day numbers' range; else (an instant within 12 days
 * of 1970 that is not at midnight) the instant itself.
 */
function packedInstant(instant: Date): number | Date {
  const time = instant.getTime();
  const day = time / DAY_MS;
  if (Number.isInteger(day) && Math.abs(day) < SMALL_INTEGER) return day;
  return Math.abs(time) >= SMALL_INTEGER ? time : new Date(time);
}

function unpackedInstant(packed: number | Date): Date {
  if (typeof packed !== 'number') return new Date(packed.getTime());
  return new Date(Math.abs(packed) < SMALL_INTEGER ? packed * DAY_MS : packed);
}

/** One line's columns as one small integer, or the region itself when it spans lines or its columns are too wide. */
function packedColumns(region: Region): number | Region {
  const { line, column, endLine, endColumn } = region;
  const packable =
    endLine === line && Number.isInteger(column) && Number.isInteger(endColumn) && column >= 0 && endColumn >= 0 && endColumn < COLUMN_SPAN && column < SMALL_INTEGER / COLUMN_SPAN;
  return packable ? column * COLUMN_SPAN + endColumn : { line, column, endLine, endColumn };
}
