/**
 * Lit's `static properties = { x: { state: true } }` is internal state, not an attribute, but
 * the analyzer lists it as one when the field is declared with `declare` (the elements use
 * static properties instead of decorators to keep the bundle small). Drop attributes whose
 * field is private or protected, so the docs and editor tooling show only the public API.
 */
function hideInternalAttributes() {
  return {
    name: 'civic-hide-internal-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.attributes) continue;
          const hidden = new Set(
            (declaration.members ?? []).filter((member) => member.privacy === 'private' || member.privacy === 'protected').map((member) => member.name),
          );
          declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName ?? attribute.name));
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/ssr/**'],
  outdir: '.',
  litelement: true,
  plugins: [hideInternalAttributes()],
};
