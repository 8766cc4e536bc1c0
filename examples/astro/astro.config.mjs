// A static build: Astro renders the page on the server at build time (dist/index.html).
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  publicDir: '../../demo',
  vite: { ssr: { external: ['civic-blocks', '@lit-labs/ssr'] } },
});
