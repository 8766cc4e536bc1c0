// A static build: Astro renders the page on the server at build time (dist/index.html).
// public/images is copied from the demo by scripts/build-examples.mjs.
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  vite: { ssr: { external: ['civic-blocks', '@lit-labs/ssr'] } },
});
