#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  booleanOption,
  stringOption
} from "./chunk-VMIERVG2.js";
import {
  INIT
} from "./chunk-BMAVTRGN.js";
import {
  config_schema_default,
  gitWorkTreeAbove,
  organization_schema_default
} from "./chunk-EUGHKTOP.js";
import "./chunk-KUCBTSNI.js";
import "./chunk-FHVNIWH2.js";
import {
  UsageError
} from "./chunk-Y2FZCZNK.js";
import "./chunk-S7ZDPIFW.js";

// src/cli/commands/init.ts
import { closeSync, constants, existsSync, lstatSync, mkdirSync, openSync, realpathSync, writeFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
var NAME_PATTERN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;
var INIT_FILES = {
  config: "abm-gitops.yml",
  organization: "organization.yml",
  workflow: ".github/workflows/abm-gitops.yml"
};
var command = {
  ...INIT,
  async run(args, io) {
    if (args.positionals.length > 1) throw new UsageError(`init takes one folder, not ${args.positionals.length}`);
    const shownDir = args.positionals[0] ?? ".";
    const dir = resolve(io.cwd, shownDir);
    const name = organizationName(stringOption(args, "name"), dir);
    const files = scaffoldPlan(dir, name);
    for (const file of files) assertNoSymlinkLeaves(file);
    const existing = files.filter((file) => existsSync(file.absolutePath)).map((file) => file.shown);
    if (existing.length > 0 && !booleanOption(args, "force", false)) {
      throw new UsageError(`init: ${existing.join(", ")} already exist${existing.length === 1 ? "s" : ""} in ${shownDir}; use --force to overwrite`);
    }
    for (const file of files) writeScaffoldFile(file);
    io.stdout(
      `${files.map((file) => `created ${file.shown}`).join("\n")}

${workflowNote(dir, files, io.cwd)}Next: fill in ${INIT_FILES.organization}, then run abm-gitops validate.
`
    );
    return 0;
  }
};
function scaffoldPlan(dir, name) {
  const inFolder = (path, text) => ({ absolutePath: join(dir, path), base: dir, path, shown: path, text });
  const gitRoot = gitWorkTreeAbove(dir);
  const subfolder = gitRoot === void 0 ? "" : relative(gitRoot, dir).split(sep).join("/");
  const workflow = gitRoot !== void 0 && subfolder !== "" ? {
    absolutePath: join(gitRoot, INIT_FILES.workflow),
    base: gitRoot,
    path: INIT_FILES.workflow,
    shown: relative(dir, join(gitRoot, INIT_FILES.workflow)).split(sep).join("/"),
    text: workflowFor(subfolder)
  } : inFolder(INIT_FILES.workflow, VALIDATE_WORKFLOW);
  return [inFolder(INIT_FILES.config, configFile()), inFolder(INIT_FILES.organization, organizationFile(name)), workflow];
}
function workflowFor(subfolder) {
  const path = /^[A-Za-z0-9._/-]+$/.test(subfolder) ? subfolder : JSON.stringify(subfolder);
  return VALIDATE_WORKFLOW.replace("          path: .\n", `          path: ${path}
`);
}
function workflowNote(dir, files, cwd) {
  const workflow = files[files.length - 1];
  if (workflow.base !== dir) {
    const root = relative(cwd, workflow.base) || ".";
    return `The workflow went to the root of the git repository (${root}), the only place GitHub reads workflows from; it validates path: ${relative(workflow.base, dir).split(sep).join("/")}.

`;
  }
  if (gitWorkTreeAbove(dir) === void 0) {
    return `GitHub reads workflows only from .github/workflows at a repository's root: make this folder the root (git init), or move the workflow to the root of the repository that will hold this folder and set its path: input to this folder.

`;
  }
  return "";
}
function assertNoSymlinkLeaves(file) {
  const realBase = realpathOrSelf(file.base);
  const segments = file.path.split("/");
  let current = file.base;
  for (const [index, segment] of segments.entries()) {
    current = join(current, segment);
    let isLink;
    try {
      isLink = lstatSync(current).isSymbolicLink();
    } catch {
      return;
    }
    if (!isLink) continue;
    const shown = relative(file.base, current).split(sep).join("/");
    if (index === segments.length - 1) {
      throw new UsageError(`init: ${file.shown} is a symlink, and init writes only regular files, never through a link: remove the link (or write the file yourself)`);
    }
    let real;
    try {
      real = realpathSync(current);
    } catch {
      throw new UsageError(`init: ${shown} (on the way to ${file.shown}) is a symlink that leads nowhere; remove it and run init again`);
    }
    const inside = relative(realBase, real);
    if (inside.startsWith("..") || isAbsolute(inside)) {
      throw new UsageError(
        `init: ${shown} (on the way to ${file.shown}) is a symlink that leads outside ${file.base}, so init did not write through it: replace it with a real folder`
      );
    }
  }
}
function realpathOrSelf(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
function organizationName(given, dir) {
  if (given !== void 0) {
    if (!NAME_PATTERN.test(given)) throw new UsageError(`init: --name must be lowercase letters, digits and dashes (e.g. acme), not "${given}"`);
    return given;
  }
  const fromFolder = basename(dir).toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "").replace(/-{2,}/g, "-");
  return NAME_PATTERN.test(fromFolder) ? fromFolder : "my-organization";
}
function writeScaffoldFile(file) {
  try {
    mkdirSync(dirname(file.absolutePath), { recursive: true });
    const fd = openSync(file.absolutePath, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 420);
    try {
      writeFileSync(fd, file.text);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new UsageError(`init: cannot write ${file.shown}: ${error.code ?? "write failed"}`);
  }
}
function configFile() {
  return `# yaml-language-server: $schema=${config_schema_default.$id}
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
function organizationFile(name) {
  return `# yaml-language-server: $schema=${organization_schema_default.$id}
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
var VALIDATE_WORKFLOW = `# Validate the abm-gitops config on every push and pull request: findings
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
export {
  INIT_FILES,
  VALIDATE_WORKFLOW,
  command,
  workflowFor
};
