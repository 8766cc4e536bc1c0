import { expect, fixtureSync, html } from '@open-wc/testing';

/**
 * WCAG 2.2 AA in every accessibility check of the calling file (a `before` hook): axe leaves
 * target-size (2.5.8) off by default. Axe loads on first use, so a probe runs first.
 */
export function checkTargetSize(): void {
  before(async function () {
    this.timeout(60000);
    await expect(fixtureSync(html`<p>probe</p>`)).to.be.accessible();
    (window as unknown as { axe: { configure(options: unknown): void } }).axe.configure({
      rules: [{ id: 'target-size', enabled: true }],
    });
  });
}
