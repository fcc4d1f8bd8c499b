#!/usr/bin/env node
// Installs the system packages the test suite talks to for real (Chromium for browser tests,
// InfluxDB, fping) when they are missing, so that `npm test` passes on a fresh Debian machine.
// Needs root (or sudo) and Debian's package archive; says what to do otherwise.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian package → a file that proves it is installed. */
const REQUIRED = {
  chromium: '/usr/bin/chromium',
  influxdb: '/usr/bin/influxd',
  // A real server of InfluxDB's /api/v2/write, for the v2 forwarding tests (no InfluxDB 2.x here).
  'victoria-metrics': '/usr/bin/victoria-metrics',
  fping: '/usr/bin/fping',
  'iputils-ping': '/usr/bin/ping',
  iproute2: '/usr/sbin/ip',
  nftables: '/usr/sbin/nft',
  // Vietnamese diacritics in screenshots and reports.
  'fonts-dejavu-core': '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
};

const missing = Object.entries(REQUIRED)
  .filter(([, file]) => !existsSync(file))
  .map(([name]) => name);
if (missing.length === 0) process.exit(0);

const asRoot = process.getuid?.() === 0 ? [] : ['sudo', '-n'];
const run = (args) => {
  const [command, ...rest] = [...asRoot, ...args];
  execFileSync(command, rest, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
};
console.log(`Installing system packages the tests need: ${missing.join(', ')}`);
try {
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', ...missing]);
} catch (error) {
  console.error(
    `Could not install ${missing.join(', ')} (${error.message}).\n` +
      `Install them by hand as root: apt-get install ${missing.join(' ')}`,
  );
  process.exit(1);
}
