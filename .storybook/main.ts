// Storybook for civic-blocks: stories and docs from stories/, autodocs from custom-elements.json
// (see preview.ts). Nothing here may reach the network: no telemetry, crash reports, update check
// or "What's new" fetch.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REQUEST_WHATS_NEW_DATA, RESULT_WHATS_NEW_DATA } from 'storybook/internal/core-events';
import type { StorybookConfig } from '@storybook/web-components-vite';

const assets = fileURLToPath(new URL('../stories/assets', import.meta.url));
const sourceDir = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * package.json `sideEffects` lists the published define modules in dist/ only, so a production
 * build treats src/*.ts as free of side effects and drops `import '../src/kpi-block.js'`, and
 * with it the customElements.define calls. Storybook bundles src/: keep its side effects.
 */
const keepSourceSideEffects = {
  name: 'civic-keep-source-side-effects',
  transform(code: string, id: string) {
    return id.startsWith(sourceDir) ? { code, map: null, moduleSideEffects: true } : null;
  },
};

interface ServerChannel {
  on(event: string, listener: (...args: unknown[]) => void): void;
  emit(event: string, ...args: unknown[]): void;
  removeAllListeners(event?: string): void;
}

// Storybook runs this preset hook but does not declare it in StorybookConfig.
type ServerChannelPreset = { experimental_serverChannel: (channel: ServerChannel) => ServerChannel };

const config: StorybookConfig & ServerChannelPreset = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // Placeholder images: stories use /stories/assets/<file>, the same path as the test server.
  staticDirs: existsSync(assets) ? [{ from: '../stories/assets', to: '/stories/assets' }] : [],
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
    disableProjectJson: true,
  },
  // No "Get started" checklist in the sidebar: this Storybook documents a library, it is no one's first.
  features: { sidebarOnboardingChecklist: false },
  docs: { defaultName: 'Docs' },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), keepSourceSideEffects],
    // One Lit: pre-bundled together with Storybook's renderer, which imports it too. Apart,
    // `storybook dev` evaluated lit-html twice ("Multiple versions of Lit loaded").
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        'lit',
        'lit/directive.js',
        'lit/directive-helpers.js',
        'lit/directives/class-map.js',
        'lit/directives/keyed.js',
        'lit/directives/style-map.js',
        '@lit/context',
      ],
    },
    // Storybook's own manager and docs chunks are large; that is not ours to split.
    build: { ...viteConfig.build, chunkSizeWarningLimit: 2000 },
  }),
  // `storybook dev` answers the manager's "What's new" request by fetching storybook.js.org.
  // This runs after Storybook's own server-channel preset: answer locally (nothing is shown).
  experimental_serverChannel: (channel: ServerChannel) => {
    channel.removeAllListeners(REQUEST_WHATS_NEW_DATA);
    channel.on(REQUEST_WHATS_NEW_DATA, () => channel.emit(RESULT_WHATS_NEW_DATA, { data: { status: 'ERROR' } }));
    return channel;
  },
};

export default config;
