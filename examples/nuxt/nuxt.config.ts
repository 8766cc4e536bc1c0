// The civic-* tags are custom elements, not Vue components. Their content is rendered on the
// server by server/plugins/civic-blocks.ts; app/plugins/civic-blocks.client.ts hydrates it.
export default defineNuxtConfig({
  compatibilityDate: '2026-12-01',
  devtools: { enabled: false },
  telemetry: false,
  vue: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('civic-') } },
  // nuxt typecheck (vue-tsc) checks the civic tags' attributes and values (app/civic-blocks.d.ts).
  typescript: { tsConfig: { vueCompilerOptions: { strictTemplates: true } } },
});
