import { envValue, type Environment } from '../base/environment.js';
import type { RepositoryModel } from '../model/types.js';

/** Keys whose `env:NAME` value names a secret (a token, a private key, a .p12's passphrase). */
const SECRET_KEYS = new Set(['ref', 'privateKey', 'passphrase']);

/**
 * Names of every environment variable an organization reads through an
 * `env:` reference, from every organization document (valid or not), sorted.
 */
export function envReferenceNames(model: RepositoryModel): string[] {
  const names = new Set<string>();
  const seen = new Set<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value)) return;
    seen.add(value); // aliases can make the data a graph
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    for (const [key, item] of Object.entries(value)) {
      if (SECRET_KEYS.has(key) && typeof item === 'string' && item.startsWith('env:') && item.length > 4) names.add(item.slice(4));
      else visit(item);
    }
  };
  for (const document of model.organizationDocuments) visit(document.value);
  return [...names].sort();
}

/**
 * Registers the value of every referenced secret with the runner's masker.
 * The runner masks line by line, so a multi-line secret (a PEM key) is also
 * registered one line at a time. Returns how many variables were set.
 */
export function maskEnvSecrets(names: readonly string[], env: Environment, setSecret: (value: string) => void): number {
  let masked = 0;
  for (const name of names) {
    const value = envValue(env, name);
    if (!value || value.trim() === '') continue;
    masked++;
    maskSecret(value, setSecret);
  }
  return masked;
}

/** Registers one secret, and each of its lines when it has several (the runner masks line by line). */
export function maskSecret(value: string, setSecret: (value: string) => void): void {
  if (value.trim() === '') return;
  setSecret(value);
  const lines = value
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length > 1) for (const line of lines) setSecret(line);
}
