import { simpleGit, type SimpleGit } from 'simple-git';

/**
 * The environment git runs with. Inherited GIT_* variables could point git at
 * another repository or index, so nothing is inherited but what git needs to
 * run; messages are in English (LANG=C) because some outcomes are read from
 * them; git never prompts (CI has no terminal).
 */
export function gitEnvironment(extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  const env: Record<string, string> = { GIT_TERMINAL_PROMPT: '0', LANG: 'C', LC_ALL: 'C' };
  for (const name of ['PATH', 'HOME', 'TMPDIR', 'SYSTEMROOT']) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return { ...env, ...extra };
}

/** A simple-git client in `dir` with exactly `gitEnvironment(extra)` (simple-git 4 wants GIT_* variables allowed by name). */
export function gitClient(dir: string, extra: Readonly<Record<string, string>> = {}): SimpleGit {
  const env = gitEnvironment(extra);
  const allowEnvironment = Object.keys(env).filter((name) => name.startsWith('GIT_'));
  return simpleGit({ baseDir: dir, allowEnvironment }).env(env);
}
