/**
 * A new organization file's text: the schema modeline editors use, then the
 * imported document. An estimated expiry carries a comment saying so, so a
 * reviewer sees which date was not read from the artifact.
 */
import { Document, isScalar, type Scalar } from 'yaml';
import organizationSchema from '../../schemas/organization.schema.json' with { type: 'json' };
import type { OrganizationDocument } from '../base/schema-types.js';

export const ESTIMATE_COMMENT = ' estimated from the download date: give --private-key to read the real one';

export function renderDocument(document: OrganizationDocument, estimated: WeakSet<object>): string {
  const doc = new Document(document);
  doc.commentBefore = ` yaml-language-server: $schema=${organizationSchema.$id}`;
  document.spec.deviceManagementServices?.forEach((service, index) => {
    if (service.serviceToken === undefined || !estimated.has(service.serviceToken)) return;
    const node = doc.getIn(['spec', 'deviceManagementServices', index, 'serviceToken', 'expiresAt'], true);
    if (isScalar(node)) (node as Scalar).comment = ESTIMATE_COMMENT;
  });
  return doc.toString({ lineWidth: 0 });
}
