// The Custom Elements Manifest (custom-elements.json), written by `npm run build` from src/ by
// @custom-elements-manifest/analyzer, then made to describe what is published: the .js files
// of dist/, each tag defined against its class, the public API only, concrete types.
import { readFileSync } from 'node:fs';

/** Type aliases of the public API, written out so that tools see the allowed values. */
const ALIASES = {
  BlockColumns: "'auto' | '1' | '2' | '3' | '4'",
  EffortGridColumns: "'auto' | '1' | '2' | '3' | '4'",
  KpiColumns: "'auto' | '1' | '2' | '3' | '4'",
  LinkTarget: "'_self' | '_blank'",
  KpiFormat: "'number' | 'percent' | 'compact' | 'currency'",
  KpiDirection: "'up' | 'down'",
};

/** Constants the source gives as defaults, by name, with their values (from src/core/context.ts). */
const CONSTANTS = Object.fromEntries(
  [...readFileSync('src/core/context.ts', 'utf8').matchAll(/export const (DEFAULT_\w+) = ([^;]+);/g)].map(
    ([, name, value]) => [name, value.trim()],
  ),
);

/** Attributes whose type or default the source cannot say by itself. */
const ATTRIBUTES = {
  'heading-level': { type: '2 | 3 | 4 | 5 | 6', default: '2' },
  'link-target': { type: ALIASES.LinkTarget, default: "'_self'" },
};
const TAG_ATTRIBUTES = {
  'civic-related-links': { heading: { default: "'Related Links'" } },
  'civic-effort-card': { 'link-text': { default: "'Learn more'" } },
  'civic-kpi': {
    format: { type: ALIASES.KpiFormat, default: "'number'" },
    direction: { type: ALIASES.KpiDirection, default: "'up'" },
  },
};

const distPath = (path) => path?.replace(/^\/?src\//, 'dist/').replace(/\.ts$/, '.js');
const expand = (text) => (text ?? '').replace(/\b[A-Z]\w+\b/g, (name) => ALIASES[name] ?? name);

/** Each define module's `defineElement('tag', Class)` calls: which tag each class gets, and where. */
function definitions() {
  const found = [];
  for (const family of ['config', 'effort-grid', 'kpi-block', 'related-links']) {
    const source = readFileSync(`src/${family}.ts`, 'utf8');
    const imports = new Map();
    for (const [, names, from] of source.matchAll(/import \{([^}]+)\} from '\.\/([^']+)'/g)) {
      for (const name of names.split(',').map((part) => part.trim()))
        imports.set(name, distPath(`src/${from.replace(/\.js$/, '.ts')}`));
    }
    for (const [, tag, name] of source.matchAll(/defineElement\('([\w-]+)', (\w+)\)/g)) {
      found.push({ module: `dist/${family}.js`, tag, name, declarationModule: imports.get(name) });
    }
  }
  return found;
}

/** The item type of each element that takes a list: the first type argument of its base class. */
function itemType(module, className) {
  const source = readFileSync(module.path, 'utf8');
  return new RegExp(`class ${className} extends Civic\\w+Element<(\\w+),`).exec(source)?.[1];
}

function publishedManifest() {
  return {
    name: 'civic-published-manifest',
    packageLinkPhase({ customElementsManifest }) {
      const defined = definitions();
      for (const module of customElementsManifest.modules) {
        const sourcePath = module.path;
        for (const declaration of module.declarations ?? []) {
          // Public API only: what a page, a framework or a subclass may use.
          const hidden = new Set(
            (declaration.members ?? [])
              .filter((m) => m.privacy === 'private' || m.privacy === 'protected')
              .map((m) => m.name),
          );
          if (declaration.members)
            declaration.members = declaration.members.filter(
              (member) => !hidden.has(member.name) && !member.name.startsWith('#'),
            );
          if (declaration.attributes)
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !hidden.has(attribute.fieldName ?? attribute.name),
            );
          if (declaration.superclass?.module) declaration.superclass.module = distPath(declaration.superclass.module);
          for (const member of declaration.members ?? []) {
            if (member.type) member.type.text = expand(member.type.text);
            if (member.default in CONSTANTS) member.default = CONSTANTS[member.default];
            if (member.inheritedFrom?.module) member.inheritedFrom.module = distPath(member.inheritedFrom.module);
          }
          if (!declaration.tagName) continue;
          const items = itemType({ path: sourcePath }, declaration.name);
          for (const attribute of declaration.attributes ?? []) {
            if (attribute.inheritedFrom?.module)
              attribute.inheritedFrom.module = distPath(attribute.inheritedFrom.module);
            const known = { ...ATTRIBUTES[attribute.name], ...TAG_ATTRIBUTES[declaration.tagName]?.[attribute.name] };
            // An attribute is text when present: "| undefined" belongs to the property.
            const text = known.type ?? expand(attribute.type?.text ?? 'string').replace(/ \| (undefined|null)/g, '');
            attribute.type = { text: attribute.name === 'items' && items ? `${items}[] | string` : text };
            if (known.default) attribute.default = known.default;
            else if (attribute.default in CONSTANTS) attribute.default = CONSTANTS[attribute.default];
          }
          const member = (declaration.members ?? []).find((m) => m.name === 'items');
          if (member && items) member.type = { text: `readonly ${items}[] | string | undefined` };
        }
        module.path = distPath(module.path);
        // The analyzer cannot see through defineElement(tag, element): each tag is defined here.
        module.exports = (module.exports ?? []).filter((entry) => entry.kind !== 'custom-element-definition');
        for (const entry of module.exports)
          if (entry.declaration?.module)
            entry.declaration.module = distPath(
              entry.declaration.module.replace(/^\.\//, `${sourcePath.replace(/[^/]+$/, '')}`),
            );
        for (const definition of defined.filter((d) => d.module === module.path)) {
          module.exports.push({
            kind: 'custom-element-definition',
            name: definition.tag,
            declaration: { name: definition.name, module: definition.declarationModule },
          });
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The composer's elements are its page's own, not elements for agency pages.
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/ssr/**', 'src/react/**', 'src/composer/**'],
  outdir: '.',
  litelement: true,
  plugins: [publishedManifest()],
};
