import { toolVersion } from '../base/version.js';

// A reader that stops early (`| head`) closes the pipe: that ends the output, quietly, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v')) {
  // Answered before the rest of the CLI is even loaded (the bundle keeps it in another chunk): scripts ask this often.
  process.stdout.write(`${toolVersion()}\n`);
} else {
  // The process shell around runCli: real streams, real environment, real exit code.
  const [{ runCli }, { allowYoungGenerationCap }] = await Promise.all([import('./run.js'), import('../base/young-generation.js')]);
  allowYoungGenerationCap();
  process.exitCode = await runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    // A copy: every read of process.env is the C library's getenv, a linear scan, and an MSP's run looks up thousands of secrets.
    env: { ...process.env },
    cwd: process.cwd(),
    isTTY: process.stdout.isTTY === true,
  });
}
