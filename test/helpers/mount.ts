import { render, type TemplateResult } from 'lit';
import { settle } from './events.js';

const hosts: HTMLElement[] = [];

/**
 * Renders a template into a new `<div>` on the page and waits until every civic element in
 * it has rendered (MutationObserver callbacks included). Unlike fixture() for a plain wrapper
 * element, it does not wait for an animation frame. Returns the `<div>`; unmountAll() removes it.
 */
export async function mountHost(template: TemplateResult): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  render(template, host);
  const elements = Array.from(
    host.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>(
      'civic-effort-grid, civic-kpi-block, civic-related-links',
    ),
  );
  await Promise.all(elements.map((el) => settle(el)));
  return host;
}

/** Removes everything mountHost() put on the page. */
export function unmountAll(): void {
  for (const host of hosts.splice(0)) host.remove();
}
