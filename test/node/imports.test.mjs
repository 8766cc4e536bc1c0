// Every entry of the package imports in Node with no DOM and no shim, throwing nothing (as in
// a server renderer, a build tool, Astro frontmatter or a Next.js server component). Each
// import runs in a process of its own, so no other import's globals can help it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';

const entries = {
  'civic-blocks': [
    'CivicConfig',
    'CivicEffortCard',
    'CivicEffortGrid',
    'CivicKpi',
    'CivicKpiBlock',
    'CivicRelatedLinks',
    'civicConfigContext',
  ],
  'civic-blocks/effort-grid.js': ['CivicEffortCard', 'CivicEffortGrid'],
  'civic-blocks/kpi-block.js': ['CivicKpi', 'CivicKpiBlock', 'formatKpiNumber', 'isTargetMet'],
  'civic-blocks/related-links.js': ['CivicRelatedLinks'],
  'civic-blocks/config.js': ['CivicConfig'],
  'civic-blocks/ssr': ['RENDERED_TAGS', 'prerender', 'renderCivicHtml', 'shadowStylesheet', 'shadowStylesheetName'],
};

for (const [entry, names] of Object.entries(entries)) {
  test(`import('${entry}') in plain Node: no DOM, no shim, no error`, () => {
    const script = `
      if (typeof document !== 'undefined' || typeof window !== 'undefined') throw new Error('a DOM is already there');
      const module = await import(${JSON.stringify(entry)});
      console.log(JSON.stringify(Object.keys(module).sort()));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    assert.equal(run.stderr, '', 'nothing on stderr');
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), [...names].sort());
  });
}
