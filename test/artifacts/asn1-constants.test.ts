import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { ASN1_TYPE, OID } from '../../src/artifacts/asn1.js';

describe('ASN.1 numbers and OIDs written out (so that loading the readers does not load node-forge)', () => {
  it('are forge’s own', () => {
    for (const [name, value] of Object.entries(ASN1_TYPE)) expect(value).toBe(forge.asn1.Type[name as keyof typeof forge.asn1.Type]);
    for (const [name, value] of Object.entries(OID)) expect(value).toBe(forge.pki.oids[name]);
  });
});
