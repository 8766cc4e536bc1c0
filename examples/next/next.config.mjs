/** A static export (out/index.html): the page is rendered on the server at build time. */
const config = {
  output: 'export',
  // Node's own resolution for the server renderer (Lit's server build).
  serverExternalPackages: ['civic-blocks', '@lit-labs/ssr'],
};

export default config;
