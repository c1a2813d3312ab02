import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryPath, repositoryPrefix } from '../../src/base/repository-path.js';

describe('repositoryPrefix', () => {
  const workspace = join('/', 'home', 'runner', 'work', 'repo');

  it('leads from the repository root to a folder inside it, with forward slashes and a trailing slash', () => {
    expect(repositoryPrefix(workspace, join(workspace, 'infra', 'abm'))).toBe('infra/abm/');
    expect(repositoryPrefix(`${workspace}/`, join(workspace, 'infra', '.', 'abm', '..', 'abm'))).toBe('infra/abm/');
  });

  it('is empty for the repository root itself', () => {
    expect(repositoryPrefix(workspace, workspace)).toBe('');
  });

  it('is undefined for a root outside the repository', () => {
    expect(repositoryPrefix(workspace, join(workspace, '..', 'other'))).toBeUndefined();
    expect(repositoryPrefix(workspace, '/')).toBeUndefined();
  });
});

describe('repositoryPath', () => {
  it('joins the prefix and the root-relative path with exactly one slash', () => {
    expect(repositoryPath('acme.yml', '')).toBe('acme.yml');
    expect(repositoryPath('acme.yml', 'infra/abm/')).toBe('infra/abm/acme.yml');
    expect(repositoryPath('acme.yml', 'infra/abm')).toBe('infra/abm/acme.yml');
  });
});
