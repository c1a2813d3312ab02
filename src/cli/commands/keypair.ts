/**
 * `abm-gitops keypair --out-cert <path>`: makes the RSA key and the public
 * key certificate to upload to Apple. The certificate may live in the config
 * repo; the private key must not, so it goes to `--out-key` (mode 0600,
 * refused inside a git work tree) or to stdout for a secret store.
 */
import { constants } from 'node:fs';
import { access, chmod, realpath, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { DEFAULT_COMMON_NAME, generateKeyPair } from '../../artifacts/index.js';
import { stringOption } from '../args.js';
import { UsageError } from '../../base/errors.js';
import { type Command } from '../command.js';
import { KEYPAIR } from './specs.js';

async function exists(path: string): Promise<boolean> {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}

/** An output path as the user wrote it (for messages) and resolved against the cwd. */
interface OutputPath {
  flag: '--out-cert' | '--out-key';
  given: string;
  resolved: string;
}

/** The real directory a new file would be written into; it must already exist. */
async function existingDirectory(path: OutputPath): Promise<string> {
  const directory = dirname(path.resolved);
  try {
    const real = await realpath(directory);
    if (!(await stat(real)).isDirectory()) throw new Error('not a directory');
    return real;
  } catch {
    throw new UsageError(`${path.flag} ${path.given}: the directory ${directory} does not exist`);
  }
}

/** Walks up from the key's directory: a `.git` (directory, or file in worktrees and submodules) means a work tree. */
async function enclosingWorkTree(directory: string): Promise<string | undefined> {
  let current = directory;
  for (;;) {
    if (await exists(join(current, '.git'))) return current;
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

async function refuseOverwrite(path: OutputPath, force: boolean): Promise<void> {
  if (!force && (await exists(path.resolved))) {
    throw new UsageError(`${path.flag} ${path.given} already exists: use --force to overwrite it`);
  }
}

export const command: Command = {
  ...KEYPAIR,
  async run(args, io) {
    const certArg = stringOption(args, 'out-cert');
    if (certArg === undefined) throw new UsageError('keypair needs --out-cert <path>');
    if (args.positionals.length > 0) throw new UsageError(`keypair takes no arguments, got ${args.positionals.join(' ')}`);
    const keyArg = stringOption(args, 'out-key');
    const force = args.options.force === true;
    const certPath: OutputPath = { flag: '--out-cert', given: certArg, resolved: resolve(io.cwd, certArg) };
    const keyPath: OutputPath | undefined = keyArg === undefined ? undefined : { flag: '--out-key', given: keyArg, resolved: resolve(io.cwd, keyArg) };

    // Every check runs before anything is written: a refusal leaves no half-made pair behind.
    await existingDirectory(certPath);
    await refuseOverwrite(certPath, force);
    if (keyPath !== undefined) {
      if (keyPath.resolved === certPath.resolved) throw new UsageError('--out-key and --out-cert must be different files');
      const workTree = await enclosingWorkTree(await existingDirectory(keyPath));
      if (workTree !== undefined) {
        throw new UsageError(`refusing to write the private key inside the git work tree ${workTree}: choose a path outside it`);
      }
      await refuseOverwrite(keyPath, force);
    }

    const pair = generateKeyPair({ commonName: stringOption(args, 'common-name') ?? DEFAULT_COMMON_NAME });
    if (!pair.ok) throw new UsageError(`--common-name: ${pair.reason}`);

    if (keyPath !== undefined) {
      await writeFile(keyPath.resolved, pair.privateKeyPem, { mode: 0o600 });
      // writeFile keeps the mode of a file it overwrites (--force): tighten it explicitly.
      await chmod(keyPath.resolved, 0o600);
    }
    const certBytes = extname(certPath.resolved).toLowerCase() === '.der' ? pair.certificateDer : pair.certificatePem;
    await writeFile(certPath.resolved, certBytes);

    io.stderr(`wrote the certificate to ${certArg}: upload it to Apple as the device management service's public key\n`);
    if (keyPath === undefined) {
      io.stdout(pair.privateKeyPem);
      io.stderr('the private key is on stdout: store it as a secret (e.g. a GitHub Actions secret), never in git\n');
    } else {
      io.stderr(`wrote the private key to ${keyArg} (mode 0600): store it as a secret, never in git\n`);
    }
    return 0;
  },
};
