import { yamlSyntax } from './catalog/yaml-syntax.js';
import { duplicateId } from './catalog/duplicate-id.js';
import { inputLimit } from './catalog/input-limit.js';
import { primaryUnitCount } from './catalog/primary-unit-count.js';
import { duplicateServiceName } from './catalog/duplicate-service-name.js';
import { primaryContentTokenWithBuiltInService } from './catalog/primary-content-token-with-built-in-service.js';
import { contentTokenShared } from './catalog/content-token-shared.js';
import { contentTokenPerUnit } from './catalog/content-token-per-unit.js';
import { customRoleUnsupported } from './catalog/custom-role-unsupported.js';
import { builtInServiceUnsupported } from './catalog/built-in-service-unsupported.js';
import { contentTokenDownloaderRole } from './catalog/content-token-downloader-role.js';
import { downloaderPermission } from './catalog/downloader-permission.js';
import { downloaderDeparted } from './catalog/downloader-departed.js';
import { tokenInvalidatedByPasswordChange } from './catalog/token-invalidated-by-password-change.js';
import { tokenExpiry } from './catalog/token-expiry.js';
import { tokenLifetime } from './catalog/token-lifetime.js';
import { artifactKindMismatch } from './catalog/artifact-kind-mismatch.js';
import { declaredExpiryMismatch } from './catalog/declared-expiry-mismatch.js';
import { tokenPublicKeyMismatch } from './catalog/token-public-key-mismatch.js';
import { referenceOutsideRepo } from './catalog/reference-outside-repo.js';
import { tokenUnreadable } from './catalog/token-unreadable.js';
import { legacyContentToken } from './catalog/legacy-content-token.js';
import { committedSecret } from './catalog/committed-secret.js';
import { apnsCertificateMissing } from './catalog/apns-certificate-missing.js';
import { releaseDevicesEnabled } from './catalog/release-devices-enabled.js';
import { renewalAccessLost } from './catalog/renewal-access-lost.js';
import { schema } from './catalog/schema.js';
import { unresolvedReference } from './catalog/unresolved-reference.js';
import { waiverExpired } from './catalog/waiver-expired.js';
import { waiverUnknownRule } from './catalog/waiver-unknown-rule.js';
import { waiverWithoutReason } from './catalog/waiver-without-reason.js';
import { appleApiUnavailable } from './catalog/apple-api-unavailable.js';
import { appleServiceNotFound } from './catalog/apple-service-not-found.js';
import { appleServiceUndeclared } from './catalog/apple-service-undeclared.js';
import { appleServiceSilent } from './catalog/apple-service-silent.js';
import { appleUnitNotFound } from './catalog/apple-unit-not-found.js';
import { appleUnitUndeclared } from './catalog/apple-unit-undeclared.js';
import { appleAccountMismatch } from './catalog/apple-account-mismatch.js';
import { appleServerTokenRejected } from './catalog/apple-server-token-rejected.js';
import { appleTermsNotAccepted } from './catalog/apple-terms-not-accepted.js';
import { appleServerTokenMismatch } from './catalog/apple-server-token-mismatch.js';
import { appleContentTokenRejected } from './catalog/apple-content-token-rejected.js';
import { appleContentTokenClaimed } from './catalog/apple-content-token-claimed.js';
import { appleContentTokenMismatch } from './catalog/apple-content-token-mismatch.js';
import type { Rule, RuleMeta } from './types.js';

/** Every rule, in catalogue order (the order of docs/rules/). Add a rule here and give it a docs page. */
export const RULES: readonly Rule[] = [
  yamlSyntax,
  inputLimit,
  schema,
  duplicateId,
  unresolvedReference,
  primaryUnitCount,
  duplicateServiceName,
  primaryContentTokenWithBuiltInService,
  contentTokenShared,
  contentTokenPerUnit,
  contentTokenDownloaderRole,
  customRoleUnsupported,
  builtInServiceUnsupported,
  downloaderPermission,
  downloaderDeparted,
  tokenInvalidatedByPasswordChange,
  tokenExpiry,
  tokenLifetime,
  artifactKindMismatch,
  declaredExpiryMismatch,
  tokenPublicKeyMismatch,
  referenceOutsideRepo,
  tokenUnreadable,
  apnsCertificateMissing,
  releaseDevicesEnabled,
  renewalAccessLost,
  legacyContentToken,
  committedSecret,
  waiverWithoutReason,
  waiverUnknownRule,
  waiverExpired,
  // Online rules (`validate --online`): silent without live state.
  appleApiUnavailable,
  appleServiceNotFound,
  appleServiceUndeclared,
  appleServiceSilent,
  appleUnitNotFound,
  appleUnitUndeclared,
  appleAccountMismatch,
  appleServerTokenRejected,
  appleTermsNotAccepted,
  appleServerTokenMismatch,
  appleContentTokenRejected,
  appleContentTokenClaimed,
  appleContentTokenMismatch,
];

/** What the reporters describe of every rule (SARIF's `tool.driver.rules`). */
export const RULE_METAS: readonly RuleMeta[] = RULES.map((rule) => rule.meta);

const BY_ID = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function findRule(id: string): Rule | undefined {
  return BY_ID.get(id);
}
