import { readFileSync } from 'node:fs';

declare const __ABM_GITOPS_VERSION__: string | undefined;

/** The package version: inlined by the bundler, read from package.json when running from source (tests). */
export function toolVersion(): string {
  if (typeof __ABM_GITOPS_VERSION__ === 'string') return __ABM_GITOPS_VERSION__;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
