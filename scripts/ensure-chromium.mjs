#!/usr/bin/env node
// The browser journeys drive Debian's Chromium (browser downloads are impossible here).
// When it is missing on a Debian machine, install it with apt, as the README promises.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(CHROMIUM)) process.exit(0);

const isDebian = existsSync('/etc/debian_version');
const isRoot = process.getuid?.() === 0;
if (!isDebian) {
  console.error(`Chromium not found at ${CHROMIUM}. Install Chromium and set CHROMIUM_PATH to run the browser tests.`);
  process.exit(1);
}
const sudo = isRoot ? '' : 'sudo ';
console.log(`Chromium not found at ${CHROMIUM}; installing Debian's chromium package...`);
execSync(
  `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null`,
  {
    stdio: 'inherit',
    shell: '/bin/bash',
  },
);
if (!existsSync(CHROMIUM)) {
  console.error('Chromium installation did not produce /usr/bin/chromium.');
  process.exit(1);
}
