/** The closest candidate to `word`, when it is close enough to be a likely typo. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate.toLowerCase() === lower) return candidate;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // Short words are close to everything: allow one edit per three letters, and never a full rewrite.
  const tolerance = Math.max(1, Math.floor(word.length / 3));
  return best !== undefined && bestDistance <= tolerance && bestDistance < Math.min(word.length, best.length) ? best : undefined;
}

/** Levenshtein distance with adjacent transpositions counted as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
}

/** An entry a reference can name: its id, and the name the portal shows for it. */
export interface NamedEntry {
  id: string;
  name?: string | undefined;
}

/**
 * The id a reference most likely meant. Beyond typos (`nyk` for `nyc`),
 * people write what the portal shows (`Jamf Pro Production` for
 * `jamf-prod`) or a shortened id (`jamf`, `apps` for `apps@acme.example`):
 * those are suggested only when exactly one entry fits, never as a guess.
 */
export function suggestReference(written: string, entries: readonly NamedEntry[]): string | undefined {
  const typo = didYouMean(
    written,
    entries.map((entry) => entry.id),
  );
  if (typo) return typo;
  const wanted = written.trim().toLowerCase();
  const byName = entries.filter((entry) => entry.name?.trim().toLowerCase() === wanted);
  if (byName.length === 1) return byName[0]!.id;
  if (wanted.length < 2) return undefined;
  const byPart = entries.filter((entry) =>
    entry.id
      .toLowerCase()
      .split(/[-_.@\s]+/)
      .includes(wanted),
  );
  return byPart.length === 1 ? byPart[0]!.id : undefined;
}
