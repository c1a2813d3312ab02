/** The environment a run reads its variables from (`process.env`, or a copy of it). */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * The value of variable `name`, or undefined when it is not set. Only the
 * environment's own entries count: `env:constructor`, `env:__proto__` or
 * `env:toString` name an unset variable, not a member every object inherits.
 */
export function envValue(env: Environment, name: string): string | undefined {
  if (!Object.hasOwn(env, name)) return undefined;
  const value = env[name];
  return typeof value === 'string' ? value : undefined;
}
