/**
 * A customer's download folder, built at test time with real crypto and
 * Apple's file names: server tokens encrypted to their public key
 * certificates, content tokens, APNs certificates, a key, and clutter.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { recordingIo } from '../artifacts/cli-io.js';
import {
  FAKE_SERVER_TOKEN_SECRETS,
  makeApnsCert,
  makeContentToken,
  runKeyPair,
  makeSelfSignedCert,
  makeServerToken,
  type CertFixture,
  type KeyPair,
} from '../support/forge-fixtures.js';

export interface Folder {
  root: string;
  write(path: string, content: string | Buffer): string;
  remove(): void;
}

export function scratchFolder(prefix = 'abm-gitops-import-'): Folder {
  const root = mkdtempSync(join(tmpdir(), prefix));
  return {
    root,
    write(path, content) {
      const absolute = join(root, path);
      mkdirSync(dirname(absolute), { recursive: true });
      writeFileSync(absolute, content);
      return absolute;
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export interface ServiceDownload {
  cert: CertFixture;
  token: string;
  keyPair: KeyPair;
  expiry: Date;
}

let keys: KeyPair[] | undefined;
/** Two MDM key pairs, made once per run (`runKeyPair`: the import files run in several workers). */
export function mdmKeys(): [KeyPair, KeyPair] {
  keys ??= [runKeyPair('import-mdm-1'), runKeyPair('import-mdm-2')];
  return keys as [KeyPair, KeyPair];
}

export function serviceDownload(options: { cn: string; serial: string; keyPair: KeyPair; expiry: Date }): ServiceDownload {
  const cert = makeSelfSignedCert({ cn: options.cn, serial: options.serial, keyPair: options.keyPair });
  return { cert, keyPair: options.keyPair, expiry: options.expiry, token: makeServerToken({ cert: cert.cert, expiry: options.expiry }) };
}

export const ORG = 'Acme Corp';
export const JAMF_EXPIRY = new Date('2027-01-10T14:37:38Z');
export const KANDJI_EXPIRY = new Date('2027-03-02T08:00:00Z');
export const NYC_SECRET = 'VPP-NYC-SECRET-7c1e0b9a';
export const ZRH_SECRET = 'VPP-ZRH-SECRET-9d2f41c3';
export const HQ_SECRET = 'VPP-HQ-SECRET-3a5b77e0';

export interface Downloads {
  jamf: ServiceDownload;
  kandji: ServiceDownload;
  /** Files anyone may see (server tokens are encrypted; certificates are public). */
  publicFiles: Record<string, string | Buffer>;
  /** Bearer secrets and keys. */
  secretFiles: Record<string, string | Buffer>;
  /** Every secret string that must never show up in any output. */
  secrets: string[];
}

/** One customer's downloads: two services (one key each), three content tokens, an APNs certificate, a key, and clutter. */
export function customerDownloads(): Downloads {
  const [jamfKey, kandjiKey] = mdmKeys();
  const jamf = serviceDownload({ cn: 'jamf-prod', serial: '0a1b', keyPair: jamfKey, expiry: JAMF_EXPIRY });
  const kandji = serviceDownload({ cn: 'kandji', serial: '0c2d', keyPair: kandjiKey, expiry: KANDJI_EXPIRY });
  const hq = makeContentToken({ orgName: ORG, expDate: new Date('2027-02-01T10:00:00Z'), token: HQ_SECRET });
  const nyc = makeContentToken({ orgName: ORG, expDate: new Date('2027-02-15T10:00:00Z'), token: NYC_SECRET });
  const zrh = makeContentToken({ orgName: ORG, expDate: new Date('2027-04-01T10:00:00Z'), token: ZRH_SECRET });
  return {
    jamf,
    kandji,
    publicFiles: {
      'Jamf Pro Production_Token_2026-01-10T14-37-38Z_smime.p7m': jamf.token,
      'certs/jamf-prod.pem': jamf.cert.certPem,
      'Kandji_Token_2026-03-02T08-00-00Z_smime.p7m': kandji.token,
      'certs/kandji.der': kandji.cert.certDer,
      'MDM_Jamf Pro Production_Certificate.pem': makeApnsCert({ uuid: '5e4a0f0c-aaaa-4bbb-8ccc-000000000001', notAfter: new Date('2027-02-01T00:00:00Z') }).certPem,
      'README.txt': 'tokens from the portal\n',
    },
    secretFiles: {
      'sToken_for_Acme Corp.vpptoken': hq,
      'sToken_for_Acme New York.vpptoken': nyc,
      'sToken_for_Zürich Büro.vpptoken': zrh,
      'jamf-dep.key': jamfKey.privateKeyPem,
    },
    secrets: [
      HQ_SECRET,
      NYC_SECRET,
      ZRH_SECRET,
      hq,
      nyc,
      zrh,
      ...pemBodyLines(jamfKey.privateKeyPem),
      ...pemBodyLines(kandjiKey.privateKeyPem),
      ...Object.values(FAKE_SERVER_TOKEN_SECRETS),
    ],
  };
}

function pemBodyLines(pem: string): string[] {
  return pem.split('\n').filter((line) => line.length > 20 && !line.startsWith('-----'));
}

export function place(folder: Folder, dir: string, files: Record<string, string | Buffer>): void {
  for (const [name, content] of Object.entries(files)) folder.write(`${dir}/${name}`, content);
}

/** A maker of scratch folders that removes every folder it made after each test of the calling file. */
export function scratchFolders(): () => Folder {
  const made: Folder[] = [];
  afterEach(() => {
    for (const folder of made.splice(0)) folder.remove();
  });
  return () => {
    const folder = scratchFolder();
    made.push(folder);
    return folder;
  };
}

/** `abm-gitops import …` through the real CLI, in `cwd`, with only `env` as the environment. */
export async function importCli(cwd: string, args: string[], env: Record<string, string> = {}) {
  const io = recordingIo(cwd, env);
  const code = await runCli(['import', ...args], io);
  return { code, out: io.out, err: io.err };
}
