/**
 * What a renewal pull request says: title, body and the bot's comments.
 * Everything from YAML goes through `text`/`code`, so an organization's
 * display name cannot add markup, links or mentions. Nothing relative to
 * the clock ("in 8 days") appears: the text must stay identical between
 * runs, or every run would rewrite every pull request.
 */
import { ARTIFACT_KIND_NAMES } from '../model/labels.js';
import { accountMayDownload, DOWNLOAD_PERMISSIONS } from '../model/permissions.js';
import { PRODUCT_NAMES } from '../model/catalog.js';
import { formatDay } from '../base/dates.js';
import type { DatedArtifact, Organization } from '../model/types.js';
import { escapeMarkdown } from '../base/markdown.js';
import { maskPrefixedTokens } from '../base/credentials.js';
import type { PlannedToken } from './plan-types.js';
import { apnsCertificateSteps, contentTokenSteps, lostAccessSteps, serviceTokenSteps, VENDOR_NAMES, type StepContext } from './pr-steps.js';

/** Hidden markers that let a later run find its own comments. */
export const MARKERS = {
  leftAlone: '<!-- abm-gitops:renewal left-alone -->',
  closing: '<!-- abm-gitops:renewal closing -->',
  keptBranch: '<!-- abm-gitops:renewal kept-branch -->',
} as const;

/** A value from YAML as escaped text; a token known by its prefix (pasted into a name by mistake) is masked, ids and paths are not. */
export function text(value: string): string {
  return escapeMarkdown(maskPrefixedTokens(value), 200);
}

/** A code span when the value cannot break out of one, else escaped text. */
export function code(value: string): string {
  const shown = maskPrefixedTokens(value);
  return /^[^`\r\n]{1,200}$/.test(shown) ? `\`${shown}\`` : text(shown);
}

/**
 * "by <due date>" while there is time; once something has expired, when it
 * did: a deadline in the past reads as a typo. (The text changes once, when
 * the first token expires, and stays stable from run to run otherwise.)
 */
export function pullTitle(organization: Organization, artifacts: readonly DatedArtifact[], tokens: readonly PlannedToken[], now: Date): string {
  const firstExpired = earliestExpired(artifacts, now);
  const [only] = artifacts;
  if (artifacts.length === 1 && only) {
    const when = firstExpired ? `: it expired on ${formatDay(firstExpired)}` : ` by ${earliestDue(tokens)}`;
    return `Renew the ${only.id} ${ARTIFACT_KIND_NAMES[only.kind]} of ${organization.name}${when}`;
  }
  const things = artifacts.some((artifact) => artifact.kind === 'apns-certificate') ? 'tokens and certificates' : 'tokens';
  const when = firstExpired ? `: the first expired on ${formatDay(firstExpired)}` : ` by ${earliestDue(tokens)}`;
  return `Renew ${artifacts.length} ${things} of ${organization.name}${when}`;
}

function hasExpired(artifact: DatedArtifact, now: Date): boolean {
  return artifact.expiresAt.getTime() <= now.getTime();
}

function earliestExpired(artifacts: readonly DatedArtifact[], now: Date): Date | undefined {
  const expired = artifacts.filter((artifact) => hasExpired(artifact, now)).map((artifact) => artifact.expiresAt.getTime());
  return expired.length === 0 ? undefined : new Date(expired.reduce((min, time) => Math.min(min, time)));
}

function earliestDue(tokens: readonly PlannedToken[]): string {
  return tokens.map((token) => token.dueBy).sort()[0] ?? '';
}

export interface BodyInput {
  organization: Organization;
  artifacts: readonly DatedArtifact[];
  tokens: readonly PlannedToken[];
  branch: string;
  errorBeforeMs: number;
  now: Date;
}

export function pullBody(input: BodyInput): string {
  const { organization, artifacts, tokens, now } = input;
  const lines: string[] = [];
  const orgLabel = organizationLabel(organization);
  lines.push(
    `${artifacts.length === 1 ? 'A token' : 'Tokens'} of ${orgLabel} (${PRODUCT_NAMES[organization.product]}) ${stateOf(artifacts, now)}.`,
    `This pull request records the renewal (\`renewal: {requestedAt, dueBy}\`) on branch ${code(input.branch)}; finish it with the checklist below.`,
    '',
  );
  artifacts.forEach((artifact, index) => {
    const token = tokens[index];
    if (token) for (const line of artifactSection(organization, artifact, token, hasExpired(artifact, now))) lines.push(line);
  });
  lines.push('### Checklist', '');
  for (const line of checklist(artifacts, tokens)) lines.push(line);
  lines.push('', '<sub>Opened by `abm-gitops renew`. It closes this pull request by itself once the new expiry is on the base branch.</sub>', '');
  return lines.join('\n');
}

function stateOf(artifacts: readonly DatedArtifact[], now: Date): string {
  const expired = artifacts.filter((artifact) => hasExpired(artifact, now)).length;
  if (artifacts.length === 1) return expired === 1 ? 'has expired' : 'is about to expire';
  if (expired === artifacts.length) return 'have expired';
  return expired === 0 ? 'are about to expire' : 'have expired or are about to expire';
}

function organizationLabel(organization: Organization): string {
  return organization.displayName ? `**${text(organization.displayName)}** (${code(organization.name)})` : code(organization.name);
}

function artifactSection(organization: Organization, artifact: DatedArtifact, token: PlannedToken, expired: boolean): string[] {
  const context = stepContext(organization, artifact);
  const heading = `### The ${code(artifact.id)} ${ARTIFACT_KIND_NAMES[artifact.kind]}`;
  const lost = artifact.service?.value.access === 'lost';
  const lostNote =
    lost && artifact.kind !== 'service-token'
      ? [
          '',
          `${context.serviceName ? `The service ${serviceLabel(context)}` : 'Its service'} is marked \`access: lost\`: its devices must move to a new service (see the service token's renewal), and this goes with them.`,
        ]
      : [];
  return [
    heading,
    '',
    ...(expired
      ? [`- **Expired:** ${formatDay(artifact.expiresAt)}`, `- **Renew:** now (it was due by ${token.dueBy})`]
      : [`- **Expires:** ${formatDay(artifact.expiresAt)}`, `- **Renew by:** ${token.dueBy}`]),
    `- **Where:** ${code(token.file)}, ${code(pathText(token))}`,
    ...details(organization, artifact),
    '',
    expired ? `**Since it expired:** ${consequence(artifact, context)}` : `**If it expires:** ${consequence(artifact, context)}`,
    '',
    '#### Who may renew it',
    '',
    ...whoMayRenew(organization, artifact),
    '',
    '#### Steps',
    '',
    ...numbered(stepsFor(artifact, context, lost)),
    ...lostNote,
    '',
  ];
}

function serviceLabel(context: StepContext): string {
  return `**${context.serviceName ?? ''}**`;
}

function pathText(token: PlannedToken): string {
  return token.path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
}

function details(organization: Organization, artifact: DatedArtifact): string[] {
  const lines: string[] = [];
  const service = artifact.service?.value;
  if (service) {
    const vendorName = service.vendor ? VENDOR_NAMES[service.vendor] : undefined;
    const vendor = vendorName !== undefined && vendorName !== service.name ? ` (${vendorName})` : '';
    lines.push(`- **Service:** ${service.name ? text(service.name) : code(service.id)}${vendor}`);
  }
  if (artifact.kind === 'content-token' && artifact.contentToken) {
    const unitId = artifact.contentToken.value.unit;
    const unit = organization.unitsById.get(unitId)?.value;
    lines.push(`- **Unit:** ${unit ? `${text(unit.name)} (${code(unitId)})` : code(unitId)}`);
  }
  const downloadedBy = 'downloadedBy' in artifact.declaration ? artifact.declaration.downloadedBy : undefined;
  if (downloadedBy !== undefined) {
    const status = organization.accountsById.get(downloadedBy)?.value.status ?? 'active';
    const warning = status === 'active' ? '' : ` (now ${status}: download the new one with another account)`;
    lines.push(`- **Last downloaded by:** ${code(downloadedBy)}${warning}`);
  }
  return lines;
}

function consequence(artifact: DatedArtifact, context: StepContext): string {
  switch (artifact.kind) {
    case 'service-token':
      return `the link between ${context.productName} and the device management service stops: the MDM server no longer syncs the devices assigned to it, and they no longer enroll automatically.`;
    case 'content-token':
      return `app and book license communication between ${context.productName} and the device management service stops: apps and books can no longer be assigned.`;
    case 'apns-certificate':
      return 'the MDM server can no longer reach its devices through Apple Push Notification service, and renewing the service token needs it active.';
  }
}

function whoMayRenew(organization: Organization, artifact: DatedArtifact): string[] {
  if (artifact.kind === 'apns-certificate') {
    return ['The Apple Account that created the push certificate at the Apple Push Certificates Portal (not a role of this organization).'];
  }
  const kind = artifact.kind;
  const permissions = DOWNLOAD_PERMISSIONS[kind].ids;
  const units = artifact.kind === 'content-token' ? [artifact.contentToken?.value.unit] : (artifact.service?.value.units ?? [undefined]);
  const allowed = organization.accounts.filter((account) => accountMayDownload(organization, account, kind, units));
  if (allowed.length === 0) {
    return [`No active account of this organization has a role that allows it (\`${permissions.join('` or `')}\`): add one to \`accounts\` first.`];
  }
  return [
    `Active accounts of this organization whose role allows it (\`${permissions.join('` or `')}\`):`,
    '',
    ...allowed.map((account) => `- ${code(account.value.id)} (${code(account.value.role)})`),
  ];
}

/** How YAML values enter step text: Markdown-escaped in PR text, plain (one line) in a calendar. */
export interface StepEscaper {
  text(value: string): string;
  code(value: string): string;
  organization(organization: Organization): string;
}

const MARKDOWN_STEPS: StepEscaper = { text, code, organization: organizationLabel };

export function stepContext(organization: Organization, artifact: DatedArtifact, escape: StepEscaper = MARKDOWN_STEPS): StepContext {
  const service = artifact.service?.value;
  const unitId = artifact.contentToken?.value.unit;
  const unit = unitId === undefined ? undefined : organization.unitsById.get(unitId)?.value;
  const apnsExpires = service?.apnsCertificate?.expiresAt;
  return {
    product: organization.product,
    productName: PRODUCT_NAMES[organization.product],
    organizationName: escape.organization(organization),
    ...(service?.vendor ? { vendor: service.vendor } : {}),
    ...(service ? { serviceName: escape.text(service.name ?? service.id) } : {}),
    ...(unit ? { unitName: escape.text(unit.name) } : {}),
    ...(service?.publicKey?.ref ? { publicKeyRef: escape.code(service.publicKey.ref) } : {}),
    ...(apnsExpires ? { apnsExpires: escape.text(apnsExpires) } : {}),
  };
}

export function stepsFor(artifact: DatedArtifact, context: StepContext, lost: boolean): string[] {
  switch (artifact.kind) {
    case 'service-token': {
      const apns = context.apnsExpires
        ? [`Check that the service's APNs certificate is active (it expires ${context.apnsExpires}); renew it first if needed.`]
        : ["Check that the service's APNs certificate is active; renew it first if needed."];
      return [...apns, ...(lost ? lostAccessSteps(context) : serviceTokenSteps(context))];
    }
    case 'content-token':
      return contentTokenSteps(context);
    case 'apns-certificate':
      return apnsCertificateSteps(context);
  }
}

function numbered(steps: readonly string[]): string[] {
  return steps.map((step, index) => `${index + 1}. ${step}`);
}

/** One item per token or certificate, then the edit that closes the renewal. */
function checklist(artifacts: readonly DatedArtifact[], tokens: readonly PlannedToken[]): string[] {
  const many = artifacts.length > 1;
  const items = artifacts.map((artifact) => {
    const which = many ? `${code(artifact.id)} ${ARTIFACT_KIND_NAMES[artifact.kind]}: ` : '';
    return artifact.kind === 'apns-certificate'
      ? `- [ ] ${which}renewed the certificate and uploaded it to the MDM`
      : `- [ ] ${which}downloaded the new token and uploaded it to the device management service`;
  });
  const files = [...new Set(tokens.map((token) => code(token.file)))].join(', ');
  const what = many ? 'of each of them' : `of the ${code(artifacts[0]?.id ?? '')} ${ARTIFACT_KIND_NAMES[artifacts[0]?.kind ?? 'content-token']}`;
  return [...items, `- [ ] Update \`expiresAt\` and \`downloadedAt\` ${what} in ${files} on this branch (and \`downloadedBy\`, \`sha256\` where recorded)`];
}

export function leftAloneComment(branch: string): string {
  return [
    MARKERS.leftAlone,
    `Someone else has pushed commits to ${code(branch)}, so \`abm-gitops renew\` leaves the branch alone: it no longer rebuilds it from the base branch and never force-pushes over those commits.`,
    'Finish the renewal here, or delete the branch to let the next run start it again.',
  ].join('\n');
}

export function closingComment(reason: 'renewed' | 'removed', keptBranch: boolean): string {
  const why =
    reason === 'renewed' ? 'The token is no longer inside the renewal window on the base branch: it has been renewed.' : 'The token is no longer declared on the base branch.';
  const branch = keptBranch ? ' The branch holds commits by someone else, so it is kept.' : ' Its branch is deleted.';
  return `${MARKERS.closing}\n${why} Closing this renewal pull request.${branch}`;
}

/** After the closing comment said the branch goes: someone pushed to it meanwhile, and the delete's lease kept it. */
export function keptBranchComment(branch: string): string {
  return `${MARKERS.keptBranch}\nSomeone pushed to ${code(branch)} while this pull request was being closed, so the branch is kept after all: nothing on it is lost.`;
}
