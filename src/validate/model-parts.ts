import { textSecretKind } from '../artifacts/stage.js';
import { pinRegions, releaseSyntax, type SourceDocument, type SourceFile } from '../load/index.js';
import { buildOrganization, type ReadArtifact } from '../model/build.js';
import type { Organization, RepositoryModel, SecretFile } from '../model/types.js';
import { inlineWaivers } from '../rules/index.js';
import { checkSchema, type SchemaProblem } from '../schema/index.js';

/**
 * What the model gathers from the organization files, file after file in
 * discovery order, whether a file was modelled in this thread or on a
 * worker thread: the same arrays in the same order either way.
 */
export class ModelParts {
  readonly organizationDocuments: SourceDocument[] = [];
  readonly organizations: Organization[] = [];
  readonly schemaProblems: RepositoryModel['schemaProblems'] = [];
  readonly yamlSecretKinds = new Map<string, SecretFile['kind'] | undefined>();

  /** `onOrganization` hears of each organization as soon as it is modelled, in model order. */
  constructor(private readonly onOrganization?: (organization: Organization) => void) {}

  /**
   * Models a file parsed in this thread. What else needs its text (inline
   * waivers, the committed-secret check) reads it now, then its text and
   * syntax trees are released.
   */
  modelParsed(file: SourceFile, documents: readonly SourceDocument[]): void {
    for (const document of documents) {
      const problems = checkSchema('organization', document.value);
      // The schema rule's findings point at these paths: placed now, not after the file is released and parsed again.
      pinRegions(
        document,
        problems.map((problem) => problem.path),
      );
      this.addDocument(document, problems);
    }
    inlineWaivers(file);
    this.yamlSecretKinds.set(file.path, textSecretKind(file.text));
    releaseSyntax(file);
  }

  /** One document of ours with its schema problems; `read` gives its artifacts' facts when a worker thread has read them. */
  addDocument(document: SourceDocument, problems: readonly SchemaProblem[], read?: ReadArtifact): void {
    this.organizationDocuments.push(document);
    for (const problem of problems) this.schemaProblems.push({ document, problem });
    const organization = buildOrganization(
      document,
      problems.map((problem) => problem.path),
      read,
    );
    if (!organization) return;
    this.organizations.push(organization);
    this.onOrganization?.(organization);
  }
}
