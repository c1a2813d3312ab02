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

const RUN = 16;

/** Runs of 16 characters (every 8th start) of the secret's body: PEM armour and line breaks are not secret. */
function fragments(secret: string): string[] {
  const body = secret.replace(/-----(BEGIN|END) [A-Z ]+-----/g, '').replace(/\s+/g, '');
  if (body.length <= RUN) return [body];
  const runs: string[] = [];
  for (let start = 0; start + RUN <= body.length; start += 8) runs.push(body.slice(start, start + RUN));
  return runs;
}

/** The runs of `wanted` that occur in `text`: one look-up per position, not one scan of the text per run. */
function runsIn(text: string, wanted: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  for (let start = 0; start + RUN <= text.length; start++) {
    const run = text.slice(start, start + RUN);
    if (wanted.has(run)) found.add(run);
  }
  return found;
}

/** `output name: …fragment…` for each secret fragment found in an output (also with whitespace removed). */
export function leaks(outputs: Record<string, string>, secrets: readonly string[]): string[] {
  const found: string[] = [];
  const bySecret = secrets.map(fragments);
  const fullRuns = new Set(bySecret.flat().filter((fragment) => fragment.length === RUN));
  const flattened = Object.entries(outputs).map(([name, text]) => {
    const squeezed = text.replace(/\s+/g, '');
    const present = runsIn(text, fullRuns);
    for (const run of runsIn(squeezed, fullRuns)) present.add(run);
    // A run of 16 is in the text exactly when one of its 16-character windows is it; shorter secrets are searched for whole.
    const contains = (fragment: string) => (fragment.length === RUN ? present.has(fragment) : text.includes(fragment) || squeezed.includes(fragment));
    return [name, contains] as const;
  });
  for (const secretFragments of bySecret) {
    for (const fragment of secretFragments) {
      for (const [name, contains] of flattened) {
        if (contains(fragment)) found.push(`${name}: …${fragment}…`);
      }
    }
  }
  return found;
}
