import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (path: string) => parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as Record<string, any>;

describe('action.yml', () => {
  const action = read('action.yml');

  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
  });

  it('declares the inputs and outputs of the interface, with their defaults', () => {
    const defaults = Object.fromEntries(Object.entries(action.inputs as Record<string, { default?: string }>).map(([name, input]) => [name, input.default]));
    expect(defaults).toEqual({
      path: '.',
      'fail-on': 'error',
      'sarif-file': '',
      'html-file': '',
      'calendar-file': '',
      'changed-only': '',
      renew: 'false',
      token: '${{ github.token }}',
      now: '',
      online: 'false',
    });
    expect(Object.keys(action.outputs)).toEqual(['errors', 'warnings', 'next-expiry', 'sarif-file']);
  });
});

describe('example workflows', () => {
  it('use github/codeql-action v4 or later (v3 is deprecated in December 2026)', () => {
    const uses = readdirSync(new URL('../../examples/workflows/', import.meta.url))
      .filter((name) => name.endsWith('.yml'))
      .flatMap((name) => Object.values(read(`examples/workflows/${name}`).jobs as Record<string, { steps: Array<{ uses?: string }> }>))
      .flatMap((job) => job.steps.map((step) => step.uses ?? ''))
      .filter((action) => action.startsWith('github/codeql-action/'));
    expect(uses.length).toBeGreaterThan(0);
    for (const action of uses) expect(Number(/@v(\d+)/.exec(action)?.[1])).toBeGreaterThanOrEqual(4);
  });

  it('validate.yml: push and pull_request, read + code scanning upload, full history, SARIF uploaded', () => {
    const workflow = read('examples/workflows/validate.yml');
    expect(Object.keys(workflow.on)).toEqual(['push', 'pull_request']);
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    const steps = workflow.jobs.validate.steps as Array<Record<string, any>>;
    expect(steps.map((step) => step.uses)).toEqual(['actions/checkout@v4', 'abm-gitops/abm-gitops@v1', 'github/codeql-action/upload-sarif@v4', 'actions/upload-artifact@v4']);
    expect(steps[0]!.with).toEqual({ 'fetch-depth': 0 });
    expect(steps[2]!.with.sarif_file).toBe('${{ steps.abm.outputs.sarif-file }}');
    // The HTML report lands inside the uploaded folder, so the job summary links to the artifact.
    expect(steps[1]!.with['html-file']).toBe('abm-gitops-report/abm-gitops.html');
    expect(steps[3]!.with).toMatchObject({ name: 'abm-gitops-report', path: 'abm-gitops-report/' });
  });

  it('calendar.yml: publishes the token calendar on GitHub Pages, daily and on push', () => {
    const workflow = read('examples/workflows/calendar.yml');
    expect(Object.keys(workflow.on)).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    const steps = workflow.jobs.calendar.steps as Array<Record<string, any>>;
    expect(steps.map((step) => step.uses)).toEqual([
      'actions/checkout@v4',
      'abm-gitops/abm-gitops@v1',
      'actions/configure-pages@v5',
      'actions/upload-pages-artifact@v3',
      'actions/deploy-pages@v4',
    ]);
    expect(steps[1]!.with['calendar-file']).toBe('site/tokens.ics');
    expect(steps[3]!.with.path).toBe('site');
  });

  it('online.yml: push to main, schedule and manual runs, never pull requests; online on, secrets from env', () => {
    const workflow = read('examples/workflows/online.yml');
    expect(Object.keys(workflow.on)).toEqual(['push', 'schedule', 'workflow_dispatch']);
    expect(workflow.on.push).toEqual({ branches: ['main'] });
    expect(workflow.permissions).toEqual({ contents: 'read', 'security-events': 'write' });
    const steps = workflow.jobs.online.steps as Array<Record<string, any>>;
    expect(steps.map((step) => step.uses)).toEqual(['actions/checkout@v4', 'abm-gitops/abm-gitops@v1', 'github/codeql-action/upload-sarif@v4']);
    expect(steps[1]!.with).toMatchObject({ online: true });
    for (const value of Object.values(steps[1]!.env as Record<string, string>)) expect(value).toMatch(/^\$\{\{ secrets\.[A-Z0-9_]+ \}\}$/);
  });

  it('renew.yml: schedule and manual runs, write access for branches and pull requests, an app token', () => {
    const workflow = read('examples/workflows/renew.yml');
    expect(Object.keys(workflow.on)).toEqual(['schedule', 'workflow_dispatch']);
    expect(workflow.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    const steps = workflow.jobs.renew.steps as Array<Record<string, any>>;
    expect(steps.map((step) => step.uses)).toEqual(['actions/checkout@v4', 'actions/create-github-app-token@v1', 'abm-gitops/abm-gitops@v1']);
    expect(steps[2]!.with).toEqual({ renew: true, token: '${{ steps.app-token.outputs.token }}' });
  });
});
