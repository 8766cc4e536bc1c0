/** The npm build: the exports map, sideEffects, and one registration module per family. */
import { expect } from '@open-wc/testing';

interface PackageJson {
  name: string;
  exports: Record<string, string | { types: string; default: string }>;
  sideEffects: string[];
  customElements: string;
}

const FAMILIES: Record<string, string[]> = {
  './config.js': ['civic-config'],
  './effort-grid.js': ['civic-effort-grid', 'civic-effort-card'],
  './kpi-block.js': ['civic-kpi-block', 'civic-kpi'],
  './related-links.js': ['civic-related-links'],
};

describe('npm package', () => {
  let pkg: PackageJson;
  before(async () => {
    pkg = (await (await fetch('/package.json')).json()) as PackageJson;
  });

  it('is named civic-blocks and names its Custom Elements Manifest', async () => {
    expect(pkg.name).to.equal('civic-blocks');
    expect(pkg.customElements).to.equal('custom-elements.json');
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: Array<{ declarations?: Array<{ tagName?: string }> }>;
    };
    const tags = manifest.modules
      .flatMap((module) => (module.declarations ?? []).map((d) => d.tagName))
      .filter(Boolean);
    for (const family of Object.values(FAMILIES)) for (const tag of family) expect(tags, tag).to.include(tag);
  });

  it('documents exactly the attributes and events of docs/api.md for each element in the manifest', async () => {
    interface Declaration {
      tagName?: string;
      attributes?: Array<{ name: string }>;
      events?: Array<{ name: string }>;
    }
    const manifest = (await (await fetch('/custom-elements.json')).json()) as {
      modules: Array<{ declarations?: Declaration[] }>;
    };
    const byTag = new Map(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((d) => d.tagName)
        .map((d) => [d.tagName!, d]),
    );
    const source = ['items', 'src', 'timeout', 'heading', 'heading-level'];
    const expected: Record<string, string[]> = {
      'civic-config': ['locale', 'base-url', 'link-target'],
      'civic-effort-grid': [...source, 'columns'],
      'civic-effort-card': ['heading', 'description', 'href', 'image', 'image-alt', 'link-text'],
      'civic-kpi-block': [...source, 'columns'],
      'civic-kpi': [
        'label',
        'value',
        'format',
        'currency',
        'prefix',
        'suffix',
        'caption',
        'as-of',
        'target',
        'target-label',
        'direction',
        'trend',
        'href',
      ],
      'civic-related-links': source,
    };
    for (const [tag, attributes] of Object.entries(expected)) {
      const names = (byTag.get(tag)?.attributes ?? []).map((attribute) => attribute.name);
      expect([...names].sort(), tag).to.deep.equal([...attributes].sort());
    }
    for (const tag of ['civic-effort-grid', 'civic-kpi-block', 'civic-related-links']) {
      const events = (byTag.get(tag)?.events ?? []).map((event) => event.name);
      expect(events, tag).to.include.members(['civic-error', 'civic-load', 'civic-link']);
    }
  });

  it('exports ".", one entry per family, types first', () => {
    for (const key of ['.', ...Object.keys(FAMILIES)]) {
      const entry = pkg.exports[key];
      expect(entry, key).to.be.an('object');
      expect(Object.keys(entry)[0], key).to.equal('types');
    }
  });

  it('lists the registration modules as side effects (never a blanket false)', () => {
    for (const key of ['.', ...Object.keys(FAMILIES)]) {
      const entry = pkg.exports[key] as { default: string };
      expect(pkg.sideEffects, key).to.include(entry.default);
    }
  });

  it('registers exactly one family per entry point', async () => {
    const all = Object.values(FAMILIES).flat();
    const defined = () => all.filter((tag) => customElements.get(tag));
    expect(defined()).to.deep.equal([]);
    const expected: string[] = [];
    for (const [entry, tags] of Object.entries(FAMILIES)) {
      const file = (pkg.exports[entry] as { default: string }).default.replace(/^\./, '');
      await import(/* @vite-ignore */ file);
      expected.push(...tags);
      expect(defined().sort(), entry).to.deep.equal([...expected].sort());
    }
  });

  it('exports the element classes by name from "."', async () => {
    const indexUrl: string = '/dist/index.js';
    const index = (await import(/* @vite-ignore */ indexUrl)) as Record<string, unknown>;
    for (const name of [
      'CivicConfig',
      'CivicEffortGrid',
      'CivicEffortCard',
      'CivicKpiBlock',
      'CivicKpi',
      'CivicRelatedLinks',
    ]) {
      expect(index[name], name).to.be.a('function');
    }
    expect(index.CivicConfig).to.equal(customElements.get('civic-config'));
  });
});
