// The drop-in bundle mangles the private member names listed in rollup.config.mjs
// (MANGLED_PROPERTIES). A public name on that list breaks the contract in the bundle only: the
// npm build keeps it, so only a page that loads the bundle sees the key go missing (as
// `civic-error`'s `detail.problems` once did). Run by `npm run build`, after rollup; fails
// with the name and where it is public.
//
// Public names, read from what users are given:
//   - the types of the package's main entry (dist/index.d.ts): every member of every exported
//     class and interface, and of the types they lead to, that is not `private` or `@internal`
//     (protected members are public to subclasses), as far as the types are civic-blocks' own;
//   - custom-elements.json: every attribute, property and event, and the keys of each event's
//     `detail: { … }`;
//   - docs/api.md: every identifier in its code spans (JSON keys, properties, detail keys).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Adds `name` with where it is public, keeping the first place found. */
const add = (names, name, where) => {
  if (!names.has(name)) names.set(name, where);
};

/** The identifiers of a `detail: { message, source, problems }` description. */
const detailKeys = (text) =>
  Array.from(text.matchAll(/detail:\s*\{([^}]*)\}/g), ([, keys]) => keys.match(/[A-Za-z_$][\w$]*/g) ?? []).flat();

/** Public names of the type declarations reachable from dist/index.d.ts. */
export function typeNames(root = projectRoot) {
  const entry = join(root, 'dist', 'index.d.ts');
  if (!existsSync(entry)) throw new Error('dist/index.d.ts is missing; run `npm run build` first');
  const dist = resolve(root, 'dist') + sep;
  const program = ts.createProgram([entry], {
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const ours = (declaration) => resolve(declaration.getSourceFile().fileName).startsWith(dist);
  const hidden = (declaration) =>
    (ts.getCombinedModifierFlags(declaration) & ts.ModifierFlags.Private) !== 0 ||
    ts.getJSDocTags(declaration).some((tag) => tag.tagName.text === 'internal');
  const names = new Map();
  const seen = new Set();

  const visitType = (type, where) => {
    if (!type || seen.has(type)) return;
    seen.add(type);
    if (type.isUnionOrIntersection()) {
      for (const member of type.types) visitType(member, where);
      return;
    }
    if (type.flags & ts.TypeFlags.Object && type.objectFlags & ts.ObjectFlags.Reference) {
      for (const argument of checker.getTypeArguments(type)) visitType(argument, where);
    }
    for (const signature of [...type.getCallSignatures(), ...type.getConstructSignatures()]) {
      for (const parameter of signature.getParameters()) visitType(checker.getTypeOfSymbol(parameter), where);
      visitType(signature.getReturnType(), where);
    }
    const symbol = type.aliasSymbol ?? type.getSymbol();
    if (!symbol?.declarations?.some(ours)) return;
    for (const property of checker.getPropertiesOfType(type)) {
      const declarations = (property.declarations ?? []).filter(ours);
      // Members that DOM or Lit types declare are theirs, not ours to keep.
      if (declarations.length === 0 || declarations.every(hidden)) continue;
      add(names, property.name, `${where}.${property.name}`);
      visitType(checker.getTypeOfSymbol(property), `${where}.${property.name}`);
    }
  };

  const module = checker.getSymbolAtLocation(program.getSourceFile(entry));
  for (const exported of checker.getExportsOfModule(module)) {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias))
      visitType(checker.getDeclaredTypeOfSymbol(symbol), exported.name);
    if (symbol.flags & ts.SymbolFlags.Value) visitType(checker.getTypeOfSymbol(symbol), exported.name);
  }
  return names;
}

/** Public names of custom-elements.json: attributes, properties, events and event detail keys. */
export function manifestNames(root = projectRoot) {
  const names = new Map();
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      const where = `custom-elements.json ${declaration.tagName ?? declaration.name}`;
      for (const attribute of declaration.attributes ?? []) {
        add(names, attribute.name, `${where} attribute`);
        if (attribute.fieldName) add(names, attribute.fieldName, `${where} attribute`);
      }
      for (const member of declaration.members ?? []) {
        if (member.privacy !== 'private') add(names, member.name, `${where} member`);
      }
      for (const event of declaration.events ?? []) {
        add(names, event.name, `${where} event`);
        for (const key of detailKeys(event.description ?? '')) add(names, key, `${where} ${event.name} detail`);
      }
    }
  }
  return names;
}

/** Identifiers in the code spans of docs/api.md. */
export function contractNames(root = projectRoot) {
  const names = new Map();
  const text = readFileSync(join(root, 'docs', 'api.md'), 'utf8');
  for (const [, code] of text.matchAll(/`([^`]+)`/g)) {
    for (const word of code.match(/[A-Za-z_$][\w$]*/g) ?? []) add(names, word, `docs/api.md \`${code}\``);
  }
  return names;
}

/** Every public name, with one place where it is public. */
export function publicNames(root = projectRoot) {
  const names = new Map();
  for (const found of [typeNames(root), manifestNames(root), contractNames(root)]) {
    for (const [name, where] of found) add(names, name, where);
  }
  return names;
}

/** The public names that `pattern` (a mangle list) would rename: `[{ name, where }]`. */
export function mangledPublicNames(pattern, names = publicNames()) {
  return Array.from(names, ([name, where]) => ({ name, where })).filter(({ name }) => pattern.test(name));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { MANGLED_PROPERTIES } = await import(pathToFileURL(join(projectRoot, 'rollup.config.mjs')).href);
  let clashes;
  try {
    clashes = mangledPublicNames(MANGLED_PROPERTIES);
  } catch (error) {
    console.error(`check-mangle: ${error.message}`);
    process.exit(1);
  }
  if (clashes.length) {
    console.error(
      `check-mangle: FAILED. rollup.config.mjs mangles public names in the drop-in bundle:\n${clashes
        .map(({ name, where }) => `  ${name} (public in ${where})`)
        .join('\n')}\nTake them off MANGLED_PROPERTIES: only private members may be renamed.`,
    );
    process.exit(1);
  }
  console.log(
    `check-mangle: no public name is mangled (${MANGLED_PROPERTIES.source.split('|').length} private names).`,
  );
}
