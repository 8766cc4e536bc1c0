import type { CivicErrorDetail } from '../../src/core/events.js';

/** Records every civic-error that reaches `target`, and every console.warn, until stopped. */
export function recordProblems(target: EventTarget = document) {
  const errors: CivicErrorDetail[] = [];
  const warnings: string[] = [];
  const onError = (event: Event) => errors.push((event as CustomEvent<CivicErrorDetail>).detail);
  const originalWarn = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  target.addEventListener('civic-error', onError);
  return {
    errors,
    warnings,
    stop() {
      target.removeEventListener('civic-error', onError);
      console.warn = originalWarn;
    },
  };
}

/** Waits for MutationObserver callbacks and the Lit update they request. */
export async function settle(element: { updateComplete: Promise<unknown> }) {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await element.updateComplete;
}

/** A `src` URL served by test/fixture-server.mjs that answers exactly as asked. */
export function fixtureUrl(body: unknown, options: { status?: number; delay?: number; type?: string } = {}) {
  const params = new URLSearchParams({ body: typeof body === 'string' ? body : JSON.stringify(body) });
  if (options.status) params.set('status', String(options.status));
  if (options.delay) params.set('delay', String(options.delay));
  if (options.type) params.set('type', options.type);
  return `/__fixture?${params.toString()}`;
}
