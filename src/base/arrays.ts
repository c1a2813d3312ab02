/**
 * `items` without the room `push` leaves: an array grown by `push` keeps
 * at least 17 slots (about 150 bytes) however few items it holds, and an
 * MSP repository's model keeps a dozen such lists per organization (12 MiB
 * at 10,000 organizations). A copy made by `slice` holds exactly its items.
 */
export function exactly<T>(items: T[]): T[] {
  return items.length === 0 ? items : items.slice();
}
