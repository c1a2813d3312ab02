#!/usr/bin/env node
import { createRequire as __abmCreateRequire } from 'node:module'; const require = __abmCreateRequire(import.meta.url);
import {
  stringOption
} from "./chunk-VMIERVG2.js";
import {
  KEYPAIR
} from "./chunk-BMAVTRGN.js";
import {
  DEFAULT_COMMON_NAME,
  generateKeyPair
} from "./chunk-EUGHKTOP.js";
import "./chunk-KUCBTSNI.js";
import "./chunk-FHVNIWH2.js";
import {
  UsageError
} from "./chunk-Y2FZCZNK.js";
import "./chunk-S7ZDPIFW.js";

// src/cli/commands/keypair.ts
import { constants } from "node:fs";
import { access, chmod, realpath, stat, writeFile } from "node:fs/promises";
import { dirname, extname, join, resolve } from "node:path";
async function exists(path) {
  try {
    await access(path, constants.F_OK);
    return true;
  } catch {
    return false;
  }
}
async function existingDirectory(path) {
  const directory = dirname(path.resolved);
  try {
    const real = await realpath(directory);
    if (!(await stat(real)).isDirectory()) throw new Error("not a directory");
    return real;
  } catch {
    throw new UsageError(`${path.flag} ${path.given}: the directory ${directory} does not exist`);
  }
}
async function enclosingWorkTree(directory) {
  let current = directory;
  for (; ; ) {
    if (await exists(join(current, ".git"))) return current;
    const parent = dirname(current);
    if (parent === current) return void 0;
    current = parent;
  }
}
async function refuseOverwrite(path, force) {
  if (!force && await exists(path.resolved)) {
    throw new UsageError(`${path.flag} ${path.given} already exists: use --force to overwrite it`);
  }
}
var command = {
  ...KEYPAIR,
  async run(args, io) {
    const certArg = stringOption(args, "out-cert");
    if (certArg === void 0) throw new UsageError("keypair needs --out-cert <path>");
    if (args.positionals.length > 0) throw new UsageError(`keypair takes no arguments, got ${args.positionals.join(" ")}`);
    const keyArg = stringOption(args, "out-key");
    const force = args.options.force === true;
    const certPath = { flag: "--out-cert", given: certArg, resolved: resolve(io.cwd, certArg) };
    const keyPath = keyArg === void 0 ? void 0 : { flag: "--out-key", given: keyArg, resolved: resolve(io.cwd, keyArg) };
    await existingDirectory(certPath);
    await refuseOverwrite(certPath, force);
    if (keyPath !== void 0) {
      if (keyPath.resolved === certPath.resolved) throw new UsageError("--out-key and --out-cert must be different files");
      const workTree = await enclosingWorkTree(await existingDirectory(keyPath));
      if (workTree !== void 0) {
        throw new UsageError(`refusing to write the private key inside the git work tree ${workTree}: choose a path outside it`);
      }
      await refuseOverwrite(keyPath, force);
    }
    const pair = generateKeyPair({ commonName: stringOption(args, "common-name") ?? DEFAULT_COMMON_NAME });
    if (!pair.ok) throw new UsageError(`--common-name: ${pair.reason}`);
    if (keyPath !== void 0) {
      await writeFile(keyPath.resolved, pair.privateKeyPem, { mode: 384 });
      await chmod(keyPath.resolved, 384);
    }
    const certBytes = extname(certPath.resolved).toLowerCase() === ".der" ? pair.certificateDer : pair.certificatePem;
    await writeFile(certPath.resolved, certBytes);
    io.stderr(`wrote the certificate to ${certArg}: upload it to Apple as the device management service's public key
`);
    if (keyPath === void 0) {
      io.stdout(pair.privateKeyPem);
      io.stderr("the private key is on stdout: store it as a secret (e.g. a GitHub Actions secret), never in git\n");
    } else {
      io.stderr(`wrote the private key to ${keyArg} (mode 0600): store it as a secret, never in git
`);
    }
    return 0;
  }
};
export {
  command
};
