import { runCli } from '../../src/cli/run.js';
import { recordingIo } from '../artifacts/cli-io.js';

export const NOW = '2026-11-23';

/** The whole CLI in-process; `cwd` is where relative paths start. */
export async function cli(argv: string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<{ code: number; out: string; err: string }> {
  const io = recordingIo(cwd, env);
  const code = await runCli(argv, io);
  return { code, out: io.out, err: io.err };
}

/** An organization file with one external service (service token and APNs certificate) and one content token. */
export function organizationYaml(options: {
  name?: string;
  displayName?: string;
  serviceName?: string;
  contentExpires?: string;
  serviceExpires?: string;
  apnsExpires?: string;
}): string {
  const name = options.name ?? 'acme';
  const display = options.displayName === undefined ? '' : `  displayName: ${JSON.stringify(options.displayName)}\n`;
  return `apiVersion: abm-gitops/v1
kind: Organization
metadata:
  name: ${name}
${display}spec:
  product: apple-business
  units:
    - { id: hq, name: Head office, primary: true }
    - { id: nyc, name: New York }
  accounts:
    - { id: admin@${name}.example, role: organization-administrator }
  deviceManagementServices:
    - id: jamf-prod
      type: external
      name: ${JSON.stringify(options.serviceName ?? 'Jamf Pro')}
      vendor: jamf
      serviceToken:
        expiresAt: ${options.serviceExpires ?? '2027-03-01'}
      apnsCertificate:
        expiresAt: ${options.apnsExpires ?? '2027-05-01'}
  contentTokens:
    - id: nyc-apps
      unit: nyc
      service: jamf-prod
      expiresAt: ${options.contentExpires ?? '2026-12-01'}
`;
}
