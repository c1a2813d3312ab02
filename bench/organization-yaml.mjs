// Writes one generated organization as the YAML a person would keep: a schema comment, comments
// on the choices, flow lists for short lists, and an anchor plus merge key for tokens downloaded
// in one sitting (as examples/msp/customers/northwind does).

// `@` may not start a plain scalar; true/false/null would not stay strings.
const quoteIfNeeded = (text) => (/^[\w.][\w.@/ -]*$/.test(text) && !/^(true|false|null)$/i.test(text) ? text : JSON.stringify(text));
const flow = (list) => `[${list.map(quoteIfNeeded).join(', ')}]`;

export function emitOrganization(organization) {
  const lines = [
    '# yaml-language-server: $schema=../../../../schemas/organization.schema.json',
    `# ${organization.displayName}: ${organization.product}, ${organization.units.length} unit(s), managed by the MSP.`,
    'apiVersion: abm-gitops/v1',
    'kind: Organization',
    'metadata:',
    `  name: ${organization.name}`,
    // The deliberate typo the "schema" fault plants: an unknown key with a close known one.
    `  ${organization.typo ? 'displayname' : 'displayName'}: ${quoteIfNeeded(organization.displayName)}`,
    `  owners: ${flow(organization.owners)}`,
    '',
    'spec:',
    `  product: ${organization.product}`,
  ];
  if (organization.subscription) lines.push(`  essentialsSubscription: ${organization.subscription}`);

  lines.push('', '  units:');
  for (const unit of organization.units) {
    lines.push(`    - id: ${unit.id}`, `      name: ${quoteIfNeeded(unit.name)}`);
    if (unit.primary) lines.push('      primary: true');
  }

  if (organization.customRoles.length > 0) {
    lines.push('', '  roles:', "    # Apple's recommendation: the content token account holds nothing else.");
    for (const role of organization.customRoles) lines.push(`    - id: ${role.id}`, `      name: ${role.name}`, `      permissions: ${flow(role.permissions)}`);
  }

  lines.push('', '  accounts:');
  for (const account of organization.accounts) {
    lines.push(`    - id: ${account.id}`, `      role: ${account.role}`);
    if (account.status) lines.push(`      status: ${account.status}`);
    if (account.passwordChangedAt) lines.push(`      passwordChangedAt: ${account.passwordChangedAt}`);
  }

  if (organization.services.length > 0) {
    lines.push('', '  deviceManagementServices:');
    for (const service of organization.services) emitService(lines, service);
  }

  lines.push('', '  contentTokens:');
  organization.contentTokens.forEach((token, index) => {
    emitContentToken(lines, token, index, organization.sharedDownload);
  });
  lines.push('');
  return lines.join('\n');
}

function emitService(lines, service) {
  lines.push(`    - id: ${service.id}`, `      type: ${service.type}`);
  if (service.type === 'external') lines.push(`      name: ${quoteIfNeeded(service.name)}`, `      vendor: ${service.vendor}`);
  if (service.units) lines.push(`      units: ${flow(service.units)}`);
  if (service.releaseDevices !== undefined) lines.push(`      releaseDevices: ${service.releaseDevices}`);
  if (service.access !== undefined) lines.push(`      access: ${service.access}`);
  if (service.type !== 'external') return;
  const token = service.serviceToken;
  const apns = service.apnsCertificate;
  lines.push(
    '      publicKey:',
    `        ref: ${service.publicKey.ref}`,
    '      serviceToken:',
    `        downloadedBy: ${token.downloadedBy}`,
    `        downloadedAt: ${token.downloadedAt}`,
    `        expiresAt: ${token.expiresAt}`,
    '      apnsCertificate:',
    `        downloadedAt: ${apns.downloadedAt}`,
    `        expiresAt: ${apns.expiresAt}`,
  );
}

function emitContentToken(lines, token, index, sharedDownload) {
  lines.push(`    - id: ${token.id}`, `      unit: ${token.unit}`);
  if (token.service) lines.push(`      service: ${token.service}`);
  lines.push(`      ref: ${token.ref}`, `      sha256: ${token.sha256}`);
  if (token.legacyUserBased) lines.push('      legacyUserBased: true');
  const download = [`downloadedBy: ${token.downloadedBy}`, `downloadedAt: ${token.downloadedAt}`, `expiresAt: ${token.expiresAt}`];
  if (!sharedDownload) lines.push(...download.map((line) => `      ${line}`));
  else if (index === 0) lines.push('      <<: &same-sitting', ...download.map((line) => `        ${line}`));
  else lines.push('      <<: *same-sitting');
}
