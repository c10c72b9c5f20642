#!/usr/bin/env node
// Makes sure a Chrome or Chromium is available for the browser tests. On a Debian machine
// where we are root it installs Debian's `chromium`; elsewhere it says how to get one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

const found = candidates.find((path) => existsSync(path));
if (found) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log("No Chrome or Chromium found: installing Debian's chromium (about 30 s)...");
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  } catch {
    console.error('Installing chromium with apt-get failed; see the output above.');
    process.exit(1);
  }
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}

console.error(`The tests run in headless Chrome or Chromium, and none was found.
Install one of them, then run the tests again:
  - Debian/Ubuntu:  sudo apt-get install chromium   (Ubuntu: chromium-browser)
  - macOS:          install Google Chrome from google.com/chrome
  - anywhere:       set CHROME_PATH to the browser's executable`);
process.exit(1);
