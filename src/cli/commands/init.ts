/**
 * `abm-gitops init [dir]`: a config repository that validates clean from the
 * first commit: abm-gitops.yml, one Apple Business organization (primary
 * unit, Apple's built-in device management service) and a workflow that
 * runs the Action on pushes and pull requests.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import configSchema from '../../../schemas/config.schema.json' with { type: 'json' };
import organizationSchema from '../../../schemas/organization.schema.json' with { type: 'json' };
import { booleanOption, stringOption } from '../args.js';
import { UsageError } from '../../base/errors.js';
import { type Command } from '../command.js';

const NAME_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

export const INIT_FILES = {
  config: 'abm-gitops.yml',
  organization: 'organization.yml',
  workflow: '.github/workflows/abm-gitops.yml',
} as const;

export const command: Command = {
  name: 'init',
  summary: 'Scaffold a config repository: abm-gitops.yml, one organization and a GitHub workflow.',
  usage: 'abm-gitops init [dir] [--name <organization>] [--force]',
  options: [
    { name: 'name', type: 'string', description: 'Short name of the organization (lowercase letters, digits, dashes; default: from the folder name).' },
    { name: 'force', type: 'boolean', description: 'Overwrite files that already exist.' },
  ],
  async run(args, io) {
    if (args.positionals.length > 1) throw new UsageError(`init takes one folder, not ${args.positionals.length}`);
    const dir = resolve(io.cwd, args.positionals[0] ?? '.');
    const name = organizationName(stringOption(args, 'name'), dir);
    const files = scaffoldFiles(name);
    const force = booleanOption(args, 'force', false);
    const existing = Object.keys(files).filter((path) => existsSync(join(dir, path)));
    if (existing.length > 0 && !force) {
      throw new UsageError(`init: ${existing.join(', ')} already exist${existing.length === 1 ? 's' : ''} in ${args.positionals[0] ?? '.'}; use --force to overwrite`);
    }
    for (const [path, text] of Object.entries(files)) writeScaffoldFile(join(dir, path), path, text);
    io.stdout(
      `${Object.keys(files)
        .map((path) => `created ${path}`)
        .join('\n')}\n\nNext: fill in ${INIT_FILES.organization}, then run abm-gitops validate.\n`,
    );
    return 0;
  },
};

function organizationName(given: string | undefined, dir: string): string {
  if (given !== undefined) {
    if (!NAME_PATTERN.test(given)) throw new UsageError(`init: --name must be lowercase letters, digits and dashes (e.g. acme), not "${given}"`);
    return given;
  }
  const fromFolder = basename(dir)
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
  return NAME_PATTERN.test(fromFolder) ? fromFolder : 'my-organization';
}

function writeScaffoldFile(path: string, shown: string, text: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw new UsageError(`init: cannot write ${shown}: ${(error as NodeJS.ErrnoException).code ?? 'write failed'}`);
  }
}

/** The files init writes, by path relative to the target folder. */
export function scaffoldFiles(name: string): Record<string, string> {
  return {
    [INIT_FILES.config]: configFile(),
    [INIT_FILES.organization]: organizationFile(name),
    [INIT_FILES.workflow]: VALIDATE_WORKFLOW,
  };
}

function configFile(): string {
  return `# yaml-language-server: $schema=${configSchema.$id}
#
# Project settings. Every key is optional; the values below are the defaults.
apiVersion: abm-gitops/v1
kind: Config

expiry:
  warnBefore: 30d    # a warning this long before a token or certificate expires
  errorBefore: 7d    # an error this long before, and always once expired
  renewBefore: 45d   # abm-gitops renew opens a pull request this long before

renewal:
  branchPrefix: abm-gitops/renew/
  labels: [abm-renewal]
  group: token       # one pull request per token; \`organization\` gathers them
`;
}

function organizationFile(name: string): string {
  return `# yaml-language-server: $schema=${organizationSchema.$id}
#
# One organization (one Apple Business tenant). Describe it as it is in
# Apple Business, then add the services and tokens you use; abm-gitops
# validate checks it and warns before anything expires.
apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: ${name}
  # owners: ["@your-org/it"]   # GitHub users or teams asked to review renewal pull requests

spec:
  product: apple-business   # apple-business | apple-business-manager | apple-business-essentials

  units:
    - id: main
      name: ${name}         # the original organization, as Apple Business names it
      primary: true

  # accounts:
  #   - id: admin@example.com
  #     role: organization-administrator

  deviceManagementServices:
    - id: built-in
      type: built-in        # Apple's own device management service
      units: [main]
    # An external MDM (its server token and push certificate expire yearly):
    # - id: jamf-prod
    #   type: external
    #   name: Jamf Pro Production   # exactly as shown in Apple Business
    #   vendor: jamf
    #   units: [main]
    #   publicKey:
    #     ref: file:certs/jamf-prod-public-key.pem
    #   serviceToken:
    #     expiresAt: 2027-01-10
    #   apnsCertificate:
    #     expiresAt: 2027-02-01
`;
}

/** Kept identical to examples/workflows/validate.yml (a test compares them). */
export const VALIDATE_WORKFLOW = `# Validate the abm-gitops config on every push and pull request: findings
# become annotations on the changed lines, a job summary lists every token by
# expiry, the SARIF report feeds GitHub code scanning, and the HTML report
# (organizations, expiry timeline, findings) is kept as a run artifact that
# the job summary links to.
name: abm-gitops validate

on:
  push:
    branches: [main]
  pull_request:

# Least privilege: read the repository, and upload SARIF to code scanning.
# Nothing here can push, comment or open pull requests.
permissions:
  contents: read
  security-events: write

jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          # changed-only compares the pull request with its base commit,
          # which a shallow clone does not have.
          fetch-depth: 0

      - id: abm
        uses: abm-gitops/abm-gitops@v1
        with:
          path: .
          fail-on: error
          sarif-file: abm-gitops.sarif
          html-file: abm-gitops-report/abm-gitops.html
          # changed-only defaults to true on pull requests: findings only in
          # the files the pull request touches (the whole repo is still loaded).
        # Secrets behind env: references let abm-gitops read the real tokens
        # and compare their expiry with what the YAML declares; they are
        # masked in the log. Without them only the declared dates are checked.
        # env:
        #   VPP_TOKEN_ACME_NYC: \${{ secrets.VPP_TOKEN_ACME_NYC }}

      - name: Upload SARIF to code scanning
        # Also when validation failed: that is when the alerts matter.
        if: \${{ always() && steps.abm.outputs.sarif-file != '' }}
        uses: github/codeql-action/upload-sarif@v4
        with:
          sarif_file: \${{ steps.abm.outputs.sarif-file }}
          category: abm-gitops

      - name: Keep the HTML report
        if: \${{ always() }}
        uses: actions/upload-artifact@v4
        with:
          name: abm-gitops-report
          path: abm-gitops-report/
          if-no-files-found: ignore
`;
