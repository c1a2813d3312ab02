// The validator turns each ajv error into one finding and maps instancePath
// to a YAML position, so the keyword and path of each mistake are contract.
import { describe, expect, it } from 'vitest';
import { compileSchema, summarize, type ErrorSummary } from './schema-helpers.js';

type Json = Record<string, unknown>;
interface OrganizationFixture {
  apiVersion: string;
  kind: string;
  metadata: Json;
  spec: Json;
}

const validateOrganization = compileSchema('organization');
const validateConfig = compileSchema('config');

function validOrganization(): OrganizationFixture {
  return {
    apiVersion: 'abm-gitops/v1',
    kind: 'Organization',
    metadata: { name: 'acme' },
    spec: {
      product: 'apple-business',
      units: [{ id: 'hq', name: 'Acme Corp', primary: true }],
      deviceManagementServices: [
        {
          id: 'jamf-prod',
          type: 'external',
          name: 'Jamf Pro Production',
          vendor: 'jamf',
          publicKey: { ref: 'file:certs/jamf-prod.pem' },
          serviceToken: { privateKey: 'env:JAMF_KEY', expiresAt: '2027-09-02' },
          apnsCertificate: { expiresAt: '2027-10-14' },
        },
      ],
      contentTokens: [{ id: 'hq-apps', unit: 'hq', expiresAt: '2027-08-20' }],
    },
  };
}

/** The first entry of a spec list, to mutate in place. */
function firstOf(doc: OrganizationFixture, list: string): Json {
  const entry = (doc.spec[list] as Json[])[0];
  if (entry === undefined) throw new Error(`fixture has no ${list}`);
  return entry;
}

function organizationErrors(mutate: (doc: OrganizationFixture) => void): ErrorSummary[] {
  const doc = validOrganization();
  mutate(doc);
  validateOrganization(doc);
  return summarize(validateOrganization.errors);
}

const keywordsAndPaths = (errors: ErrorSummary[]) => errors.map(({ keyword, instancePath }) => ({ keyword, instancePath }));

describe('organization schema refuses', () => {
  it('nothing in the valid baseline', () => {
    expect(organizationErrors(() => {})).toEqual([]);
  });

  it('an unknown key, at the object that holds it', () => {
    const errors = organizationErrors((doc) => {
      firstOf(doc, 'units').colour = 'blue';
    });
    expect(errors).toEqual([{ keyword: 'additionalProperties', instancePath: '/spec/units/0', params: { additionalProperty: 'colour' } }]);
  });

  it('a content token without expiresAt', () => {
    const errors = organizationErrors((doc) => {
      delete firstOf(doc, 'contentTokens').expiresAt;
    });
    expect(errors).toEqual([{ keyword: 'required', instancePath: '/spec/contentTokens/0', params: { missingProperty: 'expiresAt' } }]);
  });

  it.each(['2027-13-01', '2027-02-30x', '10/01/2027', '2027-01-10T12:00:00'])('the date %s', (date) => {
    const errors = organizationErrors((doc) => {
      firstOf(doc, 'contentTokens').expiresAt = date;
    });
    expect(keywordsAndPaths(errors)).toEqual([{ keyword: 'pattern', instancePath: '/spec/contentTokens/0/expiresAt' }]);
  });

  it.each(['2027-01-10', '2027-01-10T12:00:00Z', '2027-01-10T12:00+02:00', '2027-01-10T12:00:00.5-05:00'])('no error for the date %s', (date) => {
    const errors = organizationErrors((doc) => {
      firstOf(doc, 'contentTokens').expiresAt = date;
    });
    expect(errors).toEqual([]);
  });

  it('a private key given as file:', () => {
    const errors = organizationErrors((doc) => {
      (firstOf(doc, 'deviceManagementServices').serviceToken as Json).privateKey = 'file:keys/jamf.key';
    });
    expect(keywordsAndPaths(errors)).toEqual([{ keyword: 'pattern', instancePath: '/spec/deviceManagementServices/0/serviceToken/privateKey' }]);
  });

  it('an external service without vendor (required, plus the if that carried it)', () => {
    const errors = organizationErrors((doc) => {
      delete firstOf(doc, 'deviceManagementServices').vendor;
    });
    expect(errors).toEqual([
      { keyword: 'required', instancePath: '/spec/deviceManagementServices/0', params: { missingProperty: 'vendor' } },
      { keyword: 'if', instancePath: '/spec/deviceManagementServices/0', params: { failingKeyword: 'then' } },
    ]);
  });

  it('a service token on the built-in service', () => {
    const errors = organizationErrors((doc) => {
      doc.spec.deviceManagementServices = [{ id: 'built-in', type: 'built-in', serviceToken: { expiresAt: '2027-09-02' } }];
    });
    expect(errors).toEqual([
      { keyword: 'false schema', instancePath: '/spec/deviceManagementServices/0/serviceToken', params: {} },
      { keyword: 'if', instancePath: '/spec/deviceManagementServices/0', params: { failingKeyword: 'then' } },
    ]);
  });

  it('essentialsSubscription outside Apple Business Essentials', () => {
    const errors = organizationErrors((doc) => {
      doc.spec.essentialsSubscription = 'monthly';
    });
    expect(errors).toEqual([
      { keyword: 'false schema', instancePath: '/spec/essentialsSubscription', params: {} },
      { keyword: 'if', instancePath: '/spec', params: { failingKeyword: 'then' } },
    ]);
  });

  it('an essentialsSubscription that is no plan (its schema is inline, beside doNotSuggest for editors)', () => {
    for (const product of ['apple-business-essentials', undefined]) {
      const errors = organizationErrors((doc) => {
        if (product === undefined) delete doc.spec.product;
        else doc.spec.product = product;
        doc.spec.essentialsSubscription = 'weekly';
      });
      expect(errors).toContainEqual({ keyword: 'enum', instancePath: '/spec/essentialsSubscription', params: { allowedValues: ['none', 'monthly', 'annual'] } });
    }
  });

  it('no error for essentialsSubscription on Apple Business Essentials', () => {
    const errors = organizationErrors((doc) => {
      doc.spec.product = 'apple-business-essentials';
      doc.spec.essentialsSubscription = 'monthly';
    });
    expect(errors).toEqual([]);
  });

  it('Apple Business API credentials: a client ID of the wrong shape, a missing key, a key from a file', () => {
    const errors = organizationErrors((doc) => {
      doc.spec.appleApi = { clientId: '3bb3a62b-6ba9-4cbb-8a7d-7b9c7a6e3e11', privateKey: 'file:key.pem' };
    });
    expect(keywordsAndPaths(errors)).toEqual([
      { keyword: 'required', instancePath: '/spec/appleApi' },
      { keyword: 'pattern', instancePath: '/spec/appleApi/clientId' },
      { keyword: 'pattern', instancePath: '/spec/appleApi/privateKey' },
    ]);
  });

  it('Apple Business API credentials for Apple Business Essentials, and mdmInfoId accepted on services', () => {
    const errors = organizationErrors((doc) => {
      doc.spec.product = 'apple-business-essentials';
      doc.spec.appleApi = { clientId: 'BUSINESSAPI.3bb3a62b-6ba9-4cbb-8a7d-7b9c7a6e3e11', keyId: 'd136aa66-0c3b-4bd4-9892-c20e8db024ab', privateKey: 'env:KEY' };
      firstOf(doc, 'deviceManagementServices').mdmInfoId = '5e4a0f0c-jamf-prod';
    });
    expect(keywordsAndPaths(errors)).toEqual([
      { keyword: 'false schema', instancePath: '/spec/appleApi' },
      { keyword: 'if', instancePath: '/spec' },
    ]);
  });

  it('a metadata.name with capitals and a sha256 in upper case', () => {
    const errors = organizationErrors((doc) => {
      doc.metadata.name = 'Acme';
      firstOf(doc, 'contentTokens').sha256 = 'A'.repeat(64);
    });
    expect(keywordsAndPaths(errors)).toEqual([
      { keyword: 'pattern', instancePath: '/metadata/name' },
      { keyword: 'pattern', instancePath: '/spec/contentTokens/0/sha256' },
    ]);
  });
});

describe('config schema refuses', () => {
  it('an unknown rule id under rules (the error sits on /rules and names the key)', () => {
    validateConfig({ apiVersion: 'abm-gitops/v1', kind: 'Config', rules: { 'release-device-enabled': 'error' } });
    const errors = validateConfig.errors ?? [];
    expect(errors.map(({ keyword, instancePath, propertyName }) => ({ keyword, instancePath, propertyName }))).toEqual([
      { keyword: 'enum', instancePath: '/rules', propertyName: 'release-device-enabled' },
      { keyword: 'propertyNames', instancePath: '/rules', propertyName: undefined },
    ]);
    expect(errors[1]?.params).toEqual({ propertyName: 'release-device-enabled' });
  });

  it('an exception without expires, and a duration without unit', () => {
    validateConfig({
      apiVersion: 'abm-gitops/v1',
      kind: 'Config',
      expiry: { warnBefore: '30' },
      exceptions: [{ rule: 'made-up-rule', organization: 'acme', reason: 'ticket IT-1' }],
    });
    expect(summarize(validateConfig.errors)).toEqual([
      { keyword: 'pattern', instancePath: '/expiry/warnBefore', params: { pattern: '^([0-9]{1,4}d|[0-9]{1,5}h)$' } },
      { keyword: 'required', instancePath: '/exceptions/0', params: { missingProperty: 'expires' } },
    ]);
  });

  it('an online concurrency of 0 or above 32, and an unknown online key', () => {
    validateConfig({ apiVersion: 'abm-gitops/v1', kind: 'Config', online: { concurrency: 0, silentAfter: '7d', timeout: '20s' } });
    expect(keywordsAndPaths(summarize(validateConfig.errors))).toEqual([
      { keyword: 'additionalProperties', instancePath: '/online' },
      { keyword: 'minimum', instancePath: '/online/concurrency' },
    ]);
    validateConfig({ apiVersion: 'abm-gitops/v1', kind: 'Config', online: { concurrency: 33 } });
    expect(keywordsAndPaths(summarize(validateConfig.errors))).toEqual([{ keyword: 'maximum', instancePath: '/online/concurrency' }]);
  });

  it('nothing in a full Config', () => {
    validateConfig({
      apiVersion: 'abm-gitops/v1',
      kind: 'Config',
      include: ['customers/**/*.yml'],
      expiry: { warnBefore: '30d', errorBefore: '7d', renewBefore: '12h' },
      rules: { 'release-devices-enabled': 'error', 'legacy-content-token': 'off' },
      exceptions: [
        {
          rule: 'content-token-downloader-role',
          organization: 'acme',
          target: 'contentTokens/nyc-apps',
          reason: 'IT-1234',
          expires: '2027-01-31',
        },
      ],
      limits: { maxFileBytes: 2097152, maxDepth: 64, maxAliasCount: 1000 },
      online: { silentAfter: '7d', concurrency: 4 },
      renewal: {
        branchPrefix: 'abm-gitops/renew/',
        labels: ['abm-renewal'],
        reviewers: ['@acme/it'],
        group: 'organization',
      },
    });
    expect(validateConfig.errors).toBeNull();
  });
});
