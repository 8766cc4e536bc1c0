// The drop-in bundles: Lit included, minified (templates and CSS too), every element
// registered up front. The npm build (ES modules + .d.ts, Lit external) is `tsc -p
// tsconfig.build.json`, which runs first and whose output is the input here.
import { readdirSync, readFileSync } from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/**
 * Property names that terser renames in the drop-in bundles: private members only (TypeScript
 * `private`, never read outside their class; and serverPage, which only the server renderer
 * sets, on the npm build), so subclasses and pages reach every public and protected name
 * unchanged. Every byte here is paid by every page view. A public name here (an event's detail
 * key, a documented property) would vanish from the bundle only: `npm run build` runs
 * scripts/check-mangle.mjs, which fails on any. `builtins: true` (below) lets the list reach
 * names that are DOM properties too (`path`, `request`, `pending`, …): the list is exact, so put
 * a name on it only when nothing else in the bundle, Lit included, reads a property of that
 * name. The demo and story tests run the bundle.
 */
export const MANGLED_PROPERTIES =
  /^(current|request|requestId|observer|domChanged|pending|readWith|owner|sourceOptions|isCurrent|applyParsed|readSources|fetchSource|queueProblems|setLoading|cancelRequest|entry|path|missing|absent|fail|found|reportUnread|fallbackLocale|configContext|provider|outer|use|brokenImages|onImageError|renderCard|renderKpi|renderItem|childHeading|linkFor|names|lists|eagerWidth|eagerGap|serverPage|serverContent|takeOver|measureFirstRow)$/;

const terserOptions = {
  ecma: 2021,
  module: true,
  // CIVIC_DROP_IN: the drop-in bundle never hydrates server output (src/core/items-element.ts).
  compress: { passes: 3, pure_getters: true, keep_fargs: false, global_defs: { CIVIC_DROP_IN: true } },
  mangle: {
    properties: {
      regex: MANGLED_PROPERTIES,
      builtins: true,
    },
  },
  format: { comments: false },
};

/**
 * dist/civic-blocks.css: each family's pre-upgrade rules (src/<family>/*.preupgrade.css),
 * concatenated so a page can link one file in <head>. Comments and blank lines go.
 */
function preUpgradeStylesheet() {
  return {
    name: 'civic-preupgrade-css',
    generateBundle() {
      const parts = [];
      for (const family of readdirSync('src', { withFileTypes: true })) {
        if (!family.isDirectory()) continue;
        const folder = `src/${family.name}`;
        for (const file of readdirSync(folder).sort()) {
          if (file.endsWith('.preupgrade.css')) parts.push(readFileSync(`${folder}/${file}`, 'utf8'));
        }
      }
      const source = parts
        .join('\n')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\n\s*\n+/g, '\n')
        .trim();
      this.emitFile({ type: 'asset', fileName: 'civic-blocks.css', source: `${source}\n` });
    },
  };
}

/**
 * The declarations of a file the bundles write that TypeScript cannot read (package.json points
 * each export's `types` condition at them): without them a TypeScript consumer gets TS7016 for
 * the bundles and, with `noUncheckedSideEffectImports` (on by default since TypeScript 6),
 * TS2882 for `import 'civic-blocks/civic-blocks.css'`.
 */
function declarations(files) {
  return {
    name: 'civic-declarations',
    generateBundle() {
      for (const [fileName, source] of Object.entries(files)) this.emitFile({ type: 'asset', fileName, source });
    },
  };
}

const moduleDeclarations = declarations({
  'civic-blocks.min.d.ts': `// The drop-in ES module: every element registered, and the main entry's classes and types.
export * from './index.js';
`,
  'civic-blocks.css.d.ts': `// The stylesheet of child markup before the script runs: imported for its side effect, it exports nothing.
export {};
`,
});
const classicDeclarations = declarations({
  'civic-blocks.iife.min.d.ts': `// The classic script: it registers every element and, loaded with <script src>, sets
// window.CivicBlocks to the main entry's classes (a bundler that imports it keeps that name in
// the module's scope: the elements are registered all the same).
import './index.js';
export {};
declare global {
  interface Window {
    CivicBlocks?: typeof import('./index.js');
  }
}
`,
});

/**
 * The drop-in bundles never build cards as DOM (src/effort-grid/effort-grid.ts, cardsAsTemplates:
 * CIVIC_DROP_IN), so the module that does is left out of them, not only its code: its imports
 * (lit/directive.js) change how the rest of the bundle is written and compressed even when
 * nothing of them is kept.
 */
function withoutCardNodes() {
  const stub = '\0civic-card-nodes';
  return {
    name: 'civic-without-card-nodes',
    resolveId: (source, importer) =>
      source === './card-nodes.js' && importer?.endsWith('effort-grid.js') ? stub : null,
    load: (id) => (id === stub ? 'export const cardNodes = undefined;' : null),
  };
}

const plugins = [withoutCardNodes(), nodeResolve(), minifyHTML(), terser(terserOptions)];
// The classic script is not a module: with `module: true` terser drops the unused top-level
// `var CivicBlocks = …`, and the classes would not be reachable as window.CivicBlocks.
const classicPlugins = [withoutCardNodes(), nodeResolve(), minifyHTML(), terser({ ...terserOptions, module: false })];

export default [
  {
    input: 'dist/index.js',
    output: { file: 'dist/civic-blocks.min.js', format: 'es' },
    plugins: [...plugins, preUpgradeStylesheet(), moduleDeclarations],
  },
  {
    input: 'dist/index.js',
    output: { file: 'dist/civic-blocks.iife.min.js', format: 'iife', name: 'CivicBlocks' },
    plugins: [...classicPlugins, classicDeclarations],
  },
];
