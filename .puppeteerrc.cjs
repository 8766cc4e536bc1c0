// puppeteer drives the system's Chromium and Firefox ESR (scripts/browsers.mjs) and must not
// download a browser of its own when installed: `npm install` then works with no
// PUPPETEER_SKIP_DOWNLOAD set, on machines that cannot reach puppeteer's download host.
/** @type {import('puppeteer').Configuration} */
module.exports = {
  skipDownload: true,
};
