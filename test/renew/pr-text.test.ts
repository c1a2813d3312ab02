import { describe, expect, it } from 'vitest';
import { parseInstant } from '../../src/base/dates.js';
import { planRenewals, type PlannedPull } from '../../src/renew/plan.js';
import { closingComment, code, leftAloneComment } from '../../src/renew/pr-text.js';
import { buildModel } from '../../src/validate.js';
import { organization, writeRepo } from '../support/repo.js';

const NOW = '2027-10-01';

function pullsOf(yaml: string, now = NOW): PlannedPull[] {
  const model = buildModel(writeRepo({ 'org.yml': yaml }), parseInstant(now)!);
  return planRenewals(model, { now: parseInstant(now)! }).pulls;
}

function section(body: string, heading: string): string {
  const start = body.indexOf(heading);
  expect(start).toBeGreaterThanOrEqual(0);
  const next = body.indexOf('\n#', start + heading.length);
  return body.slice(start, next === -1 ? undefined : next);
}

const NSIGHT = organization(
  'northwind-eu',
  `
  units:
    - id: hamburg
      name: Northwind Traders GmbH
      primary: true
  accounts:
    - id: it@northwind.example
      role: device-enrollment-manager
    - id: gone@northwind.example
      role: administrator
      status: departed
    - id: apps@northwind.example
      role: content-manager
  deviceManagementServices:
    - id: n-sight
      type: external
      name: Harbor IT N-sight
      vendor: n-sight
      publicKey:
        ref: env:NSIGHT_PUBLIC_KEY
      serviceToken:
        downloadedBy: gone@northwind.example
        expiresAt: 2027-10-30
      apnsCertificate:
        expiresAt: 2028-10-16
`,
  'apple-business-manager',
);

describe('pull request text', () => {
  it('says what has already expired, and when, instead of a deadline in the past', () => {
    const [pull] = pullsOf(NSIGHT, '2027-11-02');
    expect(pull?.title).toBe('Renew the n-sight service token of northwind-eu: it expired on 2027-10-30');
    const body = pull!.body;
    expect(body).toContain('A token of `northwind-eu` (Apple Business Manager) has expired.');
    expect(body).toContain('- **Expired:** 2027-10-30\n- **Renew:** now (it was due by 2027-10-23)\n');
    expect(body).toContain('**Since it expired:** the link between Apple Business Manager and the device management service stops');
    expect(body).not.toContain('about to expire');
    expect(body).not.toContain('If it expires');
  });

  it('with several tokens, names the first that expired and keeps "about to expire" for the rest', () => {
    const both = NSIGHT.replace('expiresAt: 2028-10-16', 'expiresAt: 2027-11-20');
    const model = buildModel(
      writeRepo({ 'org.yml': both, 'abm-gitops.yml': 'apiVersion: abm-gitops/v1\nkind: Config\nrenewal:\n  group: organization\n' }),
      parseInstant('2027-11-02')!,
    );
    const [pull] = planRenewals(model, { now: parseInstant('2027-11-02')! }).pulls;
    expect(pull?.title).toBe('Renew 2 tokens and certificates of northwind-eu: the first expired on 2027-10-30');
    expect(pull!.body).toContain('have expired or are about to expire.');
    expect(pull!.body).toContain('- **Expires:** 2027-11-20\n');
  });

  it('gives an N-sight server token in Apple Business Manager its seed 004 steps, renewers and checklist', () => {
    const [pull] = pullsOf(NSIGHT);
    expect(pull?.title).toBe('Renew the n-sight service token of northwind-eu by 2027-10-23');
    const body = pull!.body;
    expect(body).toContain('- **Expires:** 2027-10-30\n- **Renew by:** 2027-10-23\n');
    expect(body).toContain('- **Last downloaded by:** `gone@northwind.example` (now departed: download the new one with another account)');
    expect(section(body, '#### Who may renew it')).toBe(
      '#### Who may renew it\n\nActive accounts of this organization whose role allows it (`manage-device-management-services`):\n\n- `it@northwind.example` (`device-enrollment-manager`)\n',
    );
    expect(section(body, '#### Steps')).toBe(`#### Steps

1. Check that the service's APNs certificate is active (it expires 2028-10-16); renew it first if needed.
2. In N-sight RMM, go to **Dashboards > Device Management for Apple > Auto-Enrollment**, select the row of this server token and choose **Actions > Renew server token**.
3. Click **Download public key**, then follow the link to sign in to Apple Business Manager with the customer's credentials.
4. In Apple Business Manager, sign in with an account whose role is Administrator or Device Enrollment Manager (see "Who may renew it").
5. At the bottom of the sidebar, select the account name, then choose **Preferences**.
6. Choose **Harbor IT N-sight** from the **Device Management Services** list and select **Edit**.
7. Under **Service Settings**, select **Replace Certificate**, upload the public key certificate file and select **Save**.
8. Select **Download Token**, then **Download Token** again: the service token is saved to your download folder.
9. Return to the N-sight RMM Device Management for Apple wizard, select **Next** and upload the new service token file.
`);
    const checklist = section(body, '### Checklist').trimEnd().split('\n');
    expect(checklist.slice(2, 4)).toEqual([
      '- [ ] downloaded the new token and uploaded it to the device management service',
      '- [ ] Update `expiresAt` and `downloadedAt` of the `n-sight` service token in `org.yml` on this branch (and `downloadedBy`, `sha256` where recorded)',
    ]);
    expect(body).not.toMatch(/\bdays?\b/);
  });

  it('replaces the in-place renewal by the move-and-wipe path when access to the MDM is lost', () => {
    const [pull] = pullsOf(NSIGHT.replace('      vendor: n-sight\n', '      vendor: n-sight\n      access: lost\n'));
    const steps = section(pull!.body, '#### Steps');
    expect(steps).toContain('2. Access to the MDM server behind **Harbor IT N-sight** is lost (`access: lost`): its token cannot be renewed in place.');
    expect(steps).toContain("4. Move all devices from the old MDM server to the new one.\n5. Use the new MDM's remote wipe command to wipe the devices.");
    expect(steps).not.toContain('Replace Certificate');
  });

  it('walks an N-central content token through N-central and Apple Business Manager (seed 002)', () => {
    const yaml = NSIGHT.replace('vendor: n-sight', 'vendor: n-central').replace(
      / {6}serviceToken:[\s\S]*$/,
      `  contentTokens:
    - id: hamburg-apps
      unit: hamburg
      service: n-sight
      downloadedBy: apps@northwind.example
      expiresAt: 2027-11-01
`,
    );
    const [pull] = pullsOf(yaml);
    expect(pull?.branch).toBe('abm-gitops/renew/northwind-eu/hamburg-apps');
    const steps = section(pull!.body, '#### Steps');
    expect(steps.split('\n').slice(2, 9)).toEqual([
      '1. In N-central, go to **Configuration > Device Management for Apple**, select **Apps** and click **Upload server token**.',
      "2. Select the customer `northwind-eu`, click **Next**, then **Open Apple Business Manager** and sign in with the customer's account.",
      '3. In Apple Business Manager, sign in with an account whose role may get licenses for apps and books (see "Who may renew it").',
      '4. Go to **Settings > Preferences > Payments and Billing** and select **Apps and Books**.',
      '5. Find the token for **Northwind Traders GmbH** in the list and click **Download**.',
      '6. Back in the N-central **Add server token** wizard, click **Next**, browse to (or drop) the downloaded token and select **Next**.',
      '7. Review the customer and token details and select **Confirm**; the new expiry shows in the **Apps** tab. A token can be managed by one MDM only: claim it only if this N-central should manage it.',
    ]);
    expect(section(pull!.body, '#### Who may renew it')).toContain('- `apps@northwind.example` (`content-manager`)\n');
  });

  it("uses Apple Business Essentials' own steps for its content tokens (seed 003)", () => {
    const yaml = organization(
      'cafe',
      `
  units:
    - id: main
      name: Cafe
      primary: true
  accounts:
    - id: owner@cafe.example
      role: administrator
  contentTokens:
    - id: main-apps
      unit: main
      expiresAt: 2027-10-20
`,
      'apple-business-essentials',
    );
    const steps = section(pullsOf(yaml)[0]!.body, '#### Steps');
    expect(steps).toContain('1. In Apple Business Essentials, sign in with a user whose role is Administrator or Content Manager.\n');
    expect(steps).toContain('3. Under **Content Tokens**, select the token for **Cafe** where the MDM server is assigned to download it.\n');
    expect(steps).toContain('4. Upload the token to the device management service that uses it (this token records no `service`).');
  });

  it('escapes display names and service names from YAML', () => {
    const hostile = NSIGHT.replace('name: northwind-eu\n', 'name: northwind-eu\n  displayName: "<img src=x> [click](https://evil.example) @everyone"\n').replace(
      'name: Harbor IT N-sight',
      'name: "N-sight <b>|x|</b>"',
    );
    const body = pullsOf(hostile)[0]!.body;
    expect(body).toContain('**&lt;img src=x&gt; \\[click\\]\\(https:\u200D//evil.example\\) @\u200Deveryone** (`northwind-eu`)');
    // GitHub decodes entities before it looks for mentions: only a joiner after @ stops the team ping.
    const decoded = body.replace(/&#(\d+);/g, (_, digits: string) => String.fromCodePoint(Number(digits)));
    expect(decoded).not.toMatch(/@everyone|https:\/\/evil/);
    expect(body).toContain('**N-sight &lt;b&gt;\\|x\\|&lt;/b&gt;**');
    expect(body).not.toContain('<img');
    expect(code('a`b')).toBe('a\\`b');
  });

  it('has comments that carry their hidden markers', () => {
    expect(leftAloneComment('renew/acme/x').split('\n')[0]).toBe('<!-- abm-gitops:renewal left-alone -->');
    expect(closingComment('renewed', true)).toBe(
      '<!-- abm-gitops:renewal closing -->\nThe token is no longer inside the renewal window on the base branch: it has been renewed. Closing this renewal pull request. The branch holds commits by someone else, so it is kept.',
    );
  });
});
