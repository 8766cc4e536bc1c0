// Pages rendered on the server by civic-blocks/ssr (dist/ssr, built by `npm run build`), for
// the hydration tests: /__ssr/<page> answers the page's HTML with each civic element's content
// in declarative shadow DOM, and no script; the test adds the scripts when it is ready.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const json = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));
const attribute = (value) => JSON.stringify(value).replace(/&/g, '&amp;').replace(/'/g, '&#39;');

/** Seed 001's nine cards, seed 002's figures and links: the real pages, rebuilt. */
function seedPages() {
  const cards = json('../demo/data/efforts-001.json');
  const kpis = [
    {
      label: 'officers trained in data analytics and data science',
      value: 20000,
      asOf: 'end of 2020',
      caption: 'Meets the initial target set; a new KPI is being reviewed.',
    },
    {
      label: 'ministries have submitted plans to use artificial intelligence',
      value: 20,
      prefix: 'All',
      asOf: 'end of 2020',
      target: 20,
      targetLabel: 'ministries',
    },
    {
      label: 'to share data for cross-agency projects',
      value: 7,
      prefix: 'No more than',
      suffix: 'working days',
      direction: 'down',
      caption: 'Target for 2023 (lower is better)',
    },
  ];
  const links = [
    {
      label: 'Three Pillars of a Smart Nation: Digital Society, Digital Economy & Digital Governement',
      href: '/about-smart-nation/pillars-of-smart-nation',
    },
    { label: 'Milestones of Singapore’s Smart Nation story', href: '/about-smart-nation/our-journey/milestones' },
  ];
  // Not from the seeds: a figure long enough to be shrunk to its box, labelled as made up.
  const longFigure = [{ label: 'Example data: a budget', value: 1250000000, format: 'currency', currency: 'SGD' }];
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Server-rendered seed pages</title>
<link rel="stylesheet" href="/dist/civic-blocks.css">
<style>body { margin: 0 auto; max-width: 72rem; padding: 1rem; font-family: system-ui, sans-serif; } civic-effort-grid, civic-kpi-block, civic-related-links { margin-block: 1.5rem 2rem; }</style></head>
<body>
<h1>Our Digital Government Efforts</h1>
<civic-config base-url="/demo/" locale="en-SG">
<civic-effort-grid heading="Our Digital Government Efforts" columns="3"><script type="application/json">${JSON.stringify(cards)}</script></civic-effort-grid>
<civic-kpi-block heading="Other statistics" heading-level="3" columns="2" items='${attribute(kpis)}'></civic-kpi-block>
<civic-related-links items='${attribute(links)}'></civic-related-links>
<civic-related-links heading="From the page">
  <ul>
    <li><a href="/about-smart-nation/pillars-of-smart-nation">Three Pillars of a Smart Nation</a></li>
    <li><a href="/about-smart-nation/our-journey/milestones">Milestones of Singapore’s Smart Nation story</a></li>
  </ul>
</civic-related-links>
<civic-kpi-block heading="A long figure in a narrow box" heading-level="3" style="width: 15rem" items='${attribute(longFigure)}'></civic-kpi-block>
</civic-config>
<p id="after">What follows the blocks.</p>
</body>
</html>`;
}

/**
 * The authoring style docs/agencies.md teaches editors first: seed 001's cards as
 * `<civic-effort-card>` children, seed 002's figures as `<civic-kpi>` children (and a trend
 * labelled as made up) and its related links as `<a>` children, which the server reads as the
 * browser does.
 */
function childMarkup() {
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const cards = json('../demo/data/efforts-001.json')
    .map(
      (card) =>
        `<civic-effort-card heading="${escape(card.heading)}" href="${escape(card.href)}" image="${escape(card.image)}" image-alt="${escape(card.imageAlt)}">${escape(card.description)}</civic-effort-card>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Child markup, server-rendered</title>
<link rel="stylesheet" href="/dist/civic-blocks.css">
<style>body { margin: 0 auto; max-width: 72rem; padding: 1rem; font-family: system-ui, sans-serif; } civic-effort-grid, civic-kpi-block { margin-block: 1.5rem 2rem; }</style></head>
<body>
<civic-config base-url="/demo/" locale="en-SG">
<civic-effort-grid heading="Our Digital Government Efforts" columns="3">
${cards}
</civic-effort-grid>
<civic-kpi-block heading="Other statistics" heading-level="3" columns="2">
<civic-kpi label="officers trained in data analytics and data science" value="20000" target="20000" as-of="end of 2020"></civic-kpi>
<civic-kpi label="ministries have submitted plans to use artificial intelligence" prefix="All" value="20" target="20" target-label="ministries" as-of="end of 2020"></civic-kpi>
<civic-kpi label="Example data: e-payment transactions" value="3400000" format="compact" trend='[{"period":"2019","value":2800000},{"period":"2020","value":3400000}]'></civic-kpi>
</civic-kpi-block>
<civic-related-links>
  <h2>Related Links</h2>
  <ul>
    <li><a href="/about-smart-nation/pillars-of-smart-nation" lang="en" title="Pillars">Three Pillars of a Smart Nation: <b>Digital Society, Digital Economy &amp; Digital Government</b></a></li>
    <li><a href="/about-smart-nation/our-journey/milestones">Milestones of Singapore’s Smart Nation story</a> from 2014</li>
  </ul>
</civic-related-links>
<civic-related-links heading="Further reading">
  <p><a href="/digital-government-blueprint">Digital Government Blueprint</a> and <a href="/about-smart-nation">Smart Nation</a>: the plans</p>
  <p>Text of a block with no link, added to the link before it.</p>
</civic-related-links>
<civic-related-links>
  <h3></h3>
  <h3>The first heading with text</h3>
  Text before any link.
  <a href="/pillars">Pillars</a> after the first link <a href="/milestones" title="Milestones"><img src="/stories/assets/effort-01.svg" alt="Milestones" width="40" height="30"></a>
  <ol><li><a href="/journey" aria-label="Our journey">Journey</a></li></ol>
</civic-related-links>
</civic-config>
<p id="after">What follows the blocks.</p>
</body>
</html>`;
}

/**
 * A demo page of child markup (seed pages as editors write them), without its script (the
 * test adds one when it is ready), its relative URLs resolved against demo/ as on the demo.
 */
const demoPage = (name) => () =>
  readFileSync(new URL(`../demo/${name}`, import.meta.url), 'utf8')
    .replace(/<script\b[^>]*><\/script>\n?/g, '')
    .replace('<head>', '<head>\n<base href="/demo/">');

/**
 * Civic tags where the browser makes no civic element of them at once: in `<template>` content
 * (written with a clonable root, for the copy the page's script makes), and inside `<svg>` (a
 * foreign element, left as it is), beside one at an HTML integration point (`<foreignObject>`).
 */
function templateAndForeign() {
  const links = (label) =>
    `<civic-related-links items='${attribute([{ label, href: '/milestones' }])}'></civic-related-links>`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Template and foreign content</title></head>
<body>
<template id="later">${links('From the template')}</template>
<svg id="drawing" width="300" height="120" role="img" aria-label="Example drawing">${links('Inside the SVG')}<foreignObject width="300" height="100">${links('In a foreignObject')}</foreignObject></svg>
</body>
</html>`;
}

/**
 * The pages, by name. `strict-csp` is served under a policy that allows no inline style but
 * those whose hashes `renderCivicHtml` returns (and the page's own); `strict-csp-unlisted`
 * under the same policy without the returned hashes, which shows what the hashes do.
 */
const PAGES = {
  'seed-pages': { page: seedPages },
  'strict-csp': { page: seedPages, policy: 'hashes' },
  'strict-csp-unlisted': { page: seedPages, policy: 'page only' },
  'template-and-foreign': { page: templateAndForeign },
  'child-markup': { page: childMarkup },
  'seed-001-markup': { page: demoPage('efforts.html') },
  'seed-002-markup': { page: demoPage('digital-government-markup.html') },
  // The shadow stylesheets linked (dist/shadow/); `-strict` under a policy that allows the
  // page's own inline style and files of its origin only: no hash of any element style.
  'linked-styles': { page: seedPages, options: { stylesheets: '/dist/shadow/' } },
  'linked-styles-strict': { page: seedPages, policy: 'page only', options: { stylesheets: '/dist/shadow/' } },
  // Written for the drop-in bundle: no hydration markers.
  'drop-in': { page: seedPages, options: { dropIn: true } },
};

const hashOf = (css) => `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;

export async function ssrMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__ssr/')) return next();
  const page = PAGES[ctx.path.slice('/__ssr/'.length)];
  if (!page) {
    ctx.status = 404;
    return;
  }
  const { renderCivicHtml } = await import('../dist/ssr/index.js');
  const { html, problems, styleHashes } = await renderCivicHtml(page.page(), page.options);
  if (problems.length) throw new Error(`server rendering reported ${JSON.stringify(problems)}`);
  if (page.policy) {
    const own = Array.from(html.matchAll(/<head>[^]*?<style>([^<]*)<\/style>/g), ([, css]) => hashOf(css));
    const styles = page.policy === 'hashes' ? [...own, ...styleHashes] : own;
    ctx.set(
      'Content-Security-Policy',
      `default-src 'self'; script-src 'self'; style-src 'self' ${styles.join(' ')}; img-src 'self' data:`,
    );
  }
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'text/html';
  ctx.body = html;
}
