/**
 * PEM armour lines for private keys, built at run time: no tracked file
 * holds one literally, so a scan for committed keys stays meaningful.
 */
export function privateKeyLine(edge: 'BEGIN' | 'END', kind = ''): string {
  return `-----${edge} ${kind === '' ? '' : `${kind} `}PRIVATE KEY-----`;
}

/** A fake, truncated PEM private key: the armour of a real one around `body`. */
export function fakePrivateKeyPem(body: string, kind = ''): string {
  return `${privateKeyLine('BEGIN', kind)}\n${body}\n${privateKeyLine('END', kind)}\n`;
}
