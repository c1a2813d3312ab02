/**
 * The secrecy scan of the online end-to-end tests: every secret a run with
 * the fake handled (the scenario's credentials, what the fake handed out:
 * access tokens, session tokens, the client assertions it received, the
 * secret field of its client config) cut into 16-character runs, searched
 * for in every output.
 */
import type { AppleFake } from './server.js';
import type { Scenario } from './scenario.js';

/** The client config's `notificationAuthToken` the fake serves: a secret response field. */
export const NOTIFICATION_SECRET = 'SUp3rS3Cr3t-notification';

export function handledSecrets(world: Scenario, fake: AppleFake): string[] {
  const contentInner = world.organizations.flatMap((organization) =>
    (organization.fake.contentTokens ?? []).map((token) => (JSON.parse(Buffer.from(token.sToken, 'base64').toString('utf8')) as { token: string }).token),
  );
  return [...world.secrets, ...contentInner, ...fake.business.accessTokens.keys(), ...fake.business.assertions, ...fake.enrollment.sessions.keys(), NOTIFICATION_SECRET].filter(
    (secret) => secret.length > 0,
  );
}

/** Runs of 16 characters (every 8th start) of the secret's body: PEM armour and line breaks are not secret. */
function fragments(secret: string): string[] {
  const body = secret.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, '');
  if (body.length <= 16) return [body];
  const runs: string[] = [];
  for (let start = 0; start + 16 <= body.length; start += 8) runs.push(body.slice(start, start + 16));
  return runs;
}

/** `output name: …fragment…` for each secret fragment found in an output (also with whitespace removed). */
export function leaks(outputs: Record<string, string>, secrets: readonly string[]): string[] {
  const found: string[] = [];
  const flattened = Object.entries(outputs).map(([name, text]) => [name, text, text.replace(/\s+/g, '')] as const);
  for (const secret of secrets) {
    for (const fragment of fragments(secret)) {
      for (const [name, text, squeezed] of flattened) {
        if (text.includes(fragment) || squeezed.includes(fragment)) found.push(`${name}: …${fragment}…`);
      }
    }
  }
  return found;
}
