// Debian's Chromium (apt-get install -y chromium; .ci/run installs it): Playwright's own browser
// download is off on these machines. The flags keep it quiet on a closed network
// (shared notes, TOOLCHAIN.md); the same as the e2e suite's.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
