// Says once per `npm test`, not once per test, that the browser tests could not run here.
import { findChromium, SKIP_MESSAGE } from './chromium.js';

export default function setup(): void {
  if (!findChromium()) process.stdout.write(`${SKIP_MESSAGE}\n`);
}
