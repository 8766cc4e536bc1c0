/**
 * Every story of a Storybook module, rendered as Storybook renders it (its `render`, or the
 * module's, from its args) and checked with axe: one helper for every family, so what
 * designers see is what is tested, in the same way everywhere.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { checkTargetSize } from './axe.js';
import { settle } from './events.js';

export type AnyStory = {
  args?: Record<string, unknown>;
  render?: (args: Record<string, unknown>, context: unknown) => TemplateResult;
};
export type StoryModule = Record<string, unknown> & { default: { render?: AnyStory['render'] } };

const CIVIC = 'civic-effort-grid, civic-kpi-block, civic-related-links';

/** A module's stories: its exports that are stories (objects with args or render). */
export const storiesOf = (module: StoryModule) =>
  Object.entries(module).filter(
    ([name, value]) =>
      name !== 'default' && typeof value === 'object' && value !== null && ('args' in value || 'render' in value),
  ) as [string, AnyStory][];

/** A story's template, as Storybook renders it: its own `render`, or the module's, from its args. */
export const renderStory = (story: AnyStory, defaultRender?: AnyStory['render']): TemplateResult =>
  (story.render ?? defaultRender)!({ ...(story.args ?? {}) }, {});

/**
 * Renders a story into the page and waits for its civic elements: rendered, and their sources
 * loaded (or failed) unless the story shows loading on purpose.
 */
export async function mountStory(module: StoryModule, story: AnyStory, { loading = false } = {}): Promise<HTMLElement> {
  // fixtureSync: fixture() waits for an animation frame when the root is a <div>.
  const wrapper = fixtureSync<HTMLElement>(html`<div>${renderStory(story, module.default.render)}</div>`);
  for (const el of Array.from(wrapper.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(CIVIC))) {
    await settle(el);
    if (!loading) await waitUntil(() => !el.hasAttribute('aria-busy'), 'its sources answered', { timeout: 15000 });
    await el.updateComplete;
  }
  return wrapper;
}

/**
 * One test per story of each module: it renders civic content and axe (WCAG 2.2 AA, target
 * size included) finds nothing. `loading`: stories that stay loading on purpose; `ready`: what
 * to wait for before checking a story that shows something late.
 */
export function everyStoryPassesAxe(
  modules: Record<string, StoryModule>,
  options: { loading?: string[]; ready?: Record<string, (root: HTMLElement) => unknown> } = {},
): void {
  checkTargetSize();
  for (const [group, module] of Object.entries(modules)) {
    const stories = storiesOf(module);
    it(`${group}: has stories`, () => {
      expect(stories.length).to.be.greaterThan(0);
    });
    for (const [name, story] of stories) {
      it(`${group}: ${name} renders and is accessible`, async () => {
        const root = await mountStory(module, story, { loading: options.loading?.includes(name) });
        const rendered = Array.from(root.querySelectorAll(CIVIC)).some(
          (el) => (el.shadowRoot?.childElementCount ?? 0) > 0,
        );
        expect(rendered, 'a civic element rendered content').to.equal(true);
        const ready = options.ready?.[name];
        if (ready) await waitUntil(() => ready(root), `${name} ready`);
        await expect(root).to.be.accessible();
      });
    }
  }
}
