/**
 * The step-by-step renewal in a pull request body, per kind of token,
 * product and vendor. Every step comes from Apple's or the vendor's page in
 * the pages of docs/sources.md (cited by id): 000 service tokens in
 * Apple Business, 001 content tokens in Apple Business, 002 N-central's
 * server (content) token per customer, 003 content tokens in Apple Business
 * Essentials, 004 N-sight's ABM server token renewal (Replace Certificate,
 * APNs must be active, the lost-access move-and-wipe path).
 *
 * Inputs are already Markdown-safe (the caller escapes YAML values).
 */
import type { Product, Vendor } from '../base/schema-types.js';

export interface StepContext {
  product: Product;
  /** Product name as Apple shows it. */
  productName: string;
  /** The organization's display name, escaped. */
  organizationName: string;
  vendor?: Vendor;
  /** The service's name in Apple's portal, escaped. */
  serviceName?: string;
  /** The token's unit or location name, escaped. */
  unitName?: string;
  /** The public key certificate reference, escaped, when the service records one. */
  publicKeyRef?: string;
  /** The service's APNs certificate expiry (a day), when declared. */
  apnsExpires?: string;
}

export const VENDOR_NAMES: Readonly<Record<Vendor, string>> = {
  jamf: 'Jamf Pro',
  intune: 'Microsoft Intune',
  kandji: 'Kandji',
  mosyle: 'Mosyle',
  fleet: 'Fleet',
  'n-central': 'N-central',
  'n-sight': 'N-sight RMM',
  nanomdm: 'NanoMDM',
  other: 'the device management service',
};

function vendorName(context: StepContext): string {
  return VENDOR_NAMES[context.vendor ?? 'other'];
}

function serviceLabel(context: StepContext): string {
  return context.serviceName ? `**${context.serviceName}**` : 'the service';
}

/** Seed 004 for N-sight; seed 000 (Apple Business) and 004's Apple Business Manager part for the rest. */
export function serviceTokenSteps(context: StepContext): string[] {
  const steps: string[] = [];
  if (context.vendor === 'n-sight') {
    steps.push(
      'In N-sight RMM, go to **Dashboards > Device Management for Apple > Auto-Enrollment**, select the row of this server token and choose **Actions > Renew server token**.',
      "Click **Download public key**, then follow the link to sign in to Apple Business Manager with the customer's credentials.",
    );
  } else {
    const key = context.publicKeyRef ? ` (recorded as ${context.publicKeyRef})` : '';
    steps.push(`In ${vendorName(context)}, get the public key certificate of ${serviceLabel(context)}${key}; a new key pair needs a new token anyway.`);
  }
  for (const step of appleServiceTokenSteps(context)) steps.push(step);
  if (context.vendor === 'n-sight') {
    steps.push('Return to the N-sight RMM Device Management for Apple wizard, select **Next** and upload the new service token file.');
  } else {
    steps.push(
      `Upload the new token to ${serviceLabel(context)} in ${vendorName(context)} for immediate installation (see ${vendorName(context)}'s documentation on transferring the token).`,
    );
  }
  return steps;
}

function appleServiceTokenSteps(context: StepContext): string[] {
  if (context.product === 'apple-business-manager') {
    return [
      'In Apple Business Manager, sign in with an account whose role is Administrator or Device Enrollment Manager (see "Who may renew it").',
      'At the bottom of the sidebar, select the account name, then choose **Preferences**.',
      `Choose ${serviceLabel(context)} from the **Device Management Services** list and select **Edit**.`,
      'Under **Service Settings**, select **Replace Certificate**, upload the public key certificate file and select **Save**.',
      'Select **Download Token**, then **Download Token** again: the service token is saved to your download folder.',
    ];
  }
  return [
    `In ${context.productName}, sign in with a user whose role may view, add and delete device management services (see "Who may renew it").`,
    `Choose **Devices > Management Services** and select ${serviceLabel(context)}.`,
    'Upload the public key certificate file if it is new, then generate and download a new service token.',
  ];
}

/** Seed 004: a token whose MDM server is out of reach cannot be renewed in place. */
export function lostAccessSteps(context: StepContext): string[] {
  return [
    `Access to the MDM server behind ${serviceLabel(context)} is lost (\`access: lost\`): its token cannot be renewed in place.`,
    `Link a new device management service in ${context.productName} (upload its public key certificate, download its service token) and upload that token to the new MDM server.`,
    'Move all devices from the old MDM server to the new one.',
    "Use the new MDM's remote wipe command to wipe the devices.",
    "After wiping, the devices enroll again automatically through the new service's token.",
    'Record the new service in this file and remove the old one.',
  ];
}

/** Seeds 001 (Apple Business), 002 (Apple Business Manager, N-central) and 003 (Apple Business Essentials). */
export function contentTokenSteps(context: StepContext): string[] {
  const unit = context.unitName ? ` for **${context.unitName}**` : '';
  const steps: string[] = [];
  if (context.vendor === 'n-central') {
    steps.push(
      'In N-central, go to **Configuration > Device Management for Apple**, select **Apps** and click **Upload server token**.',
      `Select the customer ${context.organizationName}, click **Next**, then **Open Apple Business Manager** and sign in with the customer's account.`,
    );
  }
  switch (context.product) {
    case 'apple-business-manager':
      steps.push(
        'In Apple Business Manager, sign in with an account whose role may get licenses for apps and books (see "Who may renew it").',
        'Go to **Settings > Preferences > Payments and Billing** and select **Apps and Books**.',
        `Find the token${unit} in the list and click **Download**.`,
      );
      break;
    case 'apple-business-essentials':
      steps.push(
        'In Apple Business Essentials, sign in with a user whose role is Administrator or Content Manager.',
        'Select your name at the bottom of the sidebar, select **Preferences**, then **Payments & Billing**.',
        `Under **Content Tokens**, select the token${unit} where the MDM server is assigned to download it.`,
      );
      break;
    case 'apple-business':
      steps.push(
        'In Apple Business, sign in with a user whose role may get licenses for apps and books (see "Who may renew it").',
        'Choose **Settings > Payments & Billing**.',
        `Select **Apps & Books**, then **Download** the content token${unit}.`,
      );
      break;
  }
  if (context.vendor === 'n-central') {
    steps.push(
      'Back in the N-central **Add server token** wizard, click **Next**, browse to (or drop) the downloaded token and select **Next**.',
      'Review the customer and token details and select **Confirm**; the new expiry shows in the **Apps** tab. A token can be managed by one MDM only: claim it only if this N-central should manage it.',
    );
  } else if (context.serviceName) {
    steps.push(`Upload the token to ${serviceLabel(context)} in ${vendorName(context)} (see ${vendorName(context)}'s documentation on installing a content token).`);
  } else {
    steps.push('Upload the token to the device management service that uses it (this token records no `service`).');
  }
  return steps;
}

/** Seed 004 asks for an active APNs certificate; its renewal itself is the vendor's and Apple's push portal's. */
export function apnsCertificateSteps(context: StepContext): string[] {
  return [
    `In ${vendorName(context)}, start the renewal of the push (APNs) certificate of ${serviceLabel(context)} and download its certificate signing request.`,
    'Sign in to the Apple Push Certificates Portal with the same Apple Account that created the certificate and select **Renew** next to it (renew it, do not create a new one: a new certificate means enrolling every device again).',
    'Upload the certificate signing request and download the renewed certificate.',
    `Upload the renewed certificate to ${serviceLabel(context)} in ${vendorName(context)}.`,
  ];
}
