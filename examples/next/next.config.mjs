/** A static export (out/index.html): the page is rendered on the server at build time. */
const config = {
  output: 'export',
  // Node's own resolution for Lit's server renderer. civic-blocks itself is bundled: its React
  // wrappers must use the React that Next renders with.
  serverExternalPackages: ['@lit-labs/ssr'],
};

export default config;
