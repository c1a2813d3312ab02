#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  DEFAULT_COMMON_NAME,
  FAIL_ON_CHOICES,
  OUTPUT_FORMATS
} from "./chunk-EUGHKTOP.js";

// src/cli/commands/specs.ts
var TOKENS_FORMATS = ["text", "json", "csv", "ics"];
var PRODUCTS = ["apple-business", "apple-business-manager", "apple-business-essentials"];
var VALIDATE = {
  name: "validate",
  summary: "Check a config repository: schema, cross-file rules, real tokens; exit 1 on findings at or above --fail-on.",
  usage: "abm-gitops validate [root | <file>\u2026] [--format text|json|sarif|github|markdown|html|junit|gitlab] [--output <file>] [--fail-on error|warning|info|never] [--now <date>] [--changed-since <git-ref>] [--quiet] [--no-color] [--online]",
  options: [
    { name: "format", short: "f", type: "string", choices: OUTPUT_FORMATS, description: "Output format (default text)." },
    { name: "output", short: "o", type: "string", description: "Write the report to this file instead of standard output." },
    { name: "fail-on", type: "string", choices: FAIL_ON_CHOICES, description: "Lowest severity that makes the exit status 1 (default error)." },
    { name: "now", type: "string", description: "Evaluate expiry as of this date or date-time (reproducible runs)." },
    { name: "changed-since", type: "string", description: "Report only findings in files changed since this git ref (the whole repo is still loaded)." },
    { name: "quiet", short: "q", type: "boolean", description: "Text output: errors only, no code frames." },
    { name: "color", type: "boolean", description: "Colour text output (default: when standard output is a terminal, or FORCE_COLOR is set; NO_COLOR or --no-color turn it off)." },
    { name: "online", type: "boolean", description: "Also compare the setup with Apple's live state, read-only (docs/online.md); never on pull requests from forks." }
  ]
};
var TOKENS = {
  name: "tokens",
  summary: "List every service token, content token and APNs certificate across organizations, earliest expiry first (text, JSON, CSV or an ICS calendar).",
  usage: "abm-gitops tokens [root] [--format text|json|csv|ics] [--output <file>] [--now <date>] [--online]",
  options: [
    { name: "format", short: "f", type: "string", choices: TOKENS_FORMATS, description: "Output format (default text); ics is a calendar to subscribe to." },
    { name: "output", short: "o", type: "string", description: "Write to this file instead of standard output." },
    { name: "now", type: "string", description: "Count days left as of this date or date-time (reproducible runs; also the calendar DTSTAMP)." },
    { name: "online", type: "boolean", description: "Ask Apple for the content tokens' real expiry (read-only, docs/online.md); source apple where it answered." }
  ]
};
var INSPECT = {
  name: "inspect",
  summary: "Say what a token, certificate or key file is (kind, organization, expiry, recipient, sha256), never its secrets.",
  usage: "abm-gitops inspect <file> [--private-key <path|env:NAME>] [--passphrase env:NAME] [--format text|json] [--online]",
  options: [
    {
      name: "private-key",
      type: "string",
      description: "The MDM private key (PEM or DER, PKCS#1 or PKCS#8) as a path or env:NAME, to decrypt a server token and read its expiry."
    },
    { name: "passphrase", type: "string", description: "env:NAME of the passphrase that opens a .p12 push certificate." },
    { name: "format", short: "f", type: "string", choices: ["text", "json"], description: "Output format (default text)." },
    {
      name: "online",
      type: "boolean",
      description: "Also ask Apple about the token, read-only: a content token's location, expiry and holding MDM; a server token's service and downloader (needs --private-key)."
    }
  ]
};
var RENEW = {
  name: "renew",
  summary: "Open, update and close renewal pull requests for tokens inside the renewal window (--dry-run prints the plan).",
  usage: 'abm-gitops renew [root] [--dry-run] [--format text|json] [--now <date>] [--repo owner/name] [--base <branch>] [--token-env <NAME>] [--author "Name <email>"]',
  options: [
    { name: "dry-run", type: "boolean", description: "Print the plan (titles, bodies, branches) from the files at root and touch nothing." },
    { name: "format", short: "f", type: "string", choices: ["text", "json"], description: "Output format (default text)." },
    { name: "now", type: "string", description: "Plan as of this date or date-time (reproducible runs)." },
    { name: "repo", type: "string", description: "The GitHub repository, owner/name (default GITHUB_REPOSITORY, else the origin remote)." },
    { name: "base", type: "string", description: "Base branch of the pull requests (default the repository's default branch)." },
    { name: "token-env", type: "string", description: "Environment variable holding the GitHub token (default GITHUB_TOKEN)." },
    { name: "author", type: "string", description: 'Commit author "Name <email>" (default abm-gitops[bot] <abm-gitops@users.noreply.github.com>).' }
  ]
};
var KEYPAIR = {
  name: "keypair",
  summary: "Make an RSA key and the public key certificate to upload to Apple for server tokens.",
  usage: "abm-gitops keypair --out-cert <path> [--out-key <path>] [--common-name <cn>] [--force]",
  options: [
    { name: "out-cert", type: "string", description: "Where to write the certificate (PEM; DER when the name ends in .der)." },
    { name: "out-key", type: "string", description: "Where to write the private key (mode 0600, outside any git work tree); default stdout." },
    { name: "common-name", type: "string", description: `The certificate's CN (default ${DEFAULT_COMMON_NAME}).` },
    { name: "force", type: "boolean", description: "Overwrite existing files." }
  ]
};
var EXPLAIN = {
  name: "explain",
  summary: "Print a rule's documentation page; without a rule id, list every rule.",
  usage: "abm-gitops explain [rule-id]",
  options: []
};
var INIT = {
  name: "init",
  summary: "Scaffold a config repository: abm-gitops.yml, one organization and a GitHub workflow.",
  usage: "abm-gitops init [dir] [--name <organization>] [--force]",
  options: [
    { name: "name", type: "string", description: "Short name of the organization (lowercase letters, digits, dashes; default: from the folder name)." },
    { name: "force", type: "boolean", description: "Overwrite files that already exist." }
  ]
};
var IMPORT = {
  name: "import",
  summary: "Write or extend an organization file from downloaded token and certificate files (secrets become env: references).",
  usage: "abm-gitops import [paths\u2026] --organization <name> [--into <file>] [--product <product>] [--private-key <path|env:NAME>] [--passphrase env:NAME] [--from-apple --client-id <id> --key-id <id> --private-key env:NAME] [--dry-run]",
  options: [
    { name: "organization", type: "string", description: "metadata.name of the organization (lowercase letters, digits, dashes). Required." },
    { name: "into", type: "string", description: "Add what is missing to this organization file in place (created when it does not exist); default: print the document." },
    { name: "product", type: "string", choices: PRODUCTS, description: "spec.product of a new document (default apple-business)." },
    {
      name: "private-key",
      type: "string",
      description: "The MDM private key as a path or env:NAME, to decrypt server tokens; with --from-apple, env:NAME of the Apple Business API key instead."
    },
    {
      name: "passphrase",
      type: "string",
      description: "env:NAME of the passphrase that opens a passphrase-protected .p12 push certificate (the document gets `passphrase: env:NAME`)."
    },
    { name: "from-apple", type: "boolean", description: "Also import units, device management services and accounts with roles from the Apple Business API." },
    { name: "client-id", type: "string", description: "With --from-apple: the API account's client ID (BUSINESSAPI.\u2026)." },
    { name: "key-id", type: "string", description: "With --from-apple: the ID of the API account's key." },
    { name: "dry-run", type: "boolean", description: "Print the change as a diff and write nothing." }
  ]
};

export {
  TOKENS_FORMATS,
  PRODUCTS,
  VALIDATE,
  TOKENS,
  INSPECT,
  RENEW,
  KEYPAIR,
  EXPLAIN,
  INIT,
  IMPORT
};
