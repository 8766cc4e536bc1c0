/**
 * The settings of `<civic-config>` passed down by the context protocol that @lit/context speaks
 * (a bubbling, composed `context-request` event answered by the nearest provider), written here
 * for the one context the elements use: @lit/context's general controllers cost the drop-in
 * bundle about 450 B more. Any @lit/context ContextConsumer or ContextProvider of
 * `civicConfigContext` talks to these (test/config/context-protocol.test.ts).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { civicConfigContext, type CivicSettings } from './context.js';

/** Called by a provider with its value, and how to stop hearing of it (for a subscription). */
type SettingsCallback = (value: CivicSettings, unsubscribe?: () => void) => void;

/** The fields of the protocol's `context-request` and `context-provider` events. */
interface ContextEvent extends Event {
  context?: unknown;
  contextTarget?: EventTarget;
  callback: SettingsCallback;
  subscribe?: boolean;
}

type Host = ReactiveControllerHost & HTMLElement;

/** Dispatches one of the protocol's events from `target`, about the settings context. */
const dispatch = (target: EventTarget, type: string, fields?: Partial<ContextEvent>): unknown =>
  target.dispatchEvent(
    Object.assign(new Event(type, { bubbles: true, composed: true }), {
      context: civicConfigContext,
      contextTarget: target,
      ...fields,
    }),
  );

/** Asks the providers around `target` for the settings, and to hear of every change. */
const requestSettings = (target: EventTarget, callback: SettingsCallback): unknown =>
  dispatch(target, 'context-request', { callback, subscribe: true });

/**
 * Listens on `host` for the protocol's events about the settings context from elements inside
 * it (never from the host itself, which may consume the same context from further out).
 */
function listen(host: Host, type: string, handle: (event: ContextEvent, from: EventTarget) => void): void {
  host.addEventListener(type, (event) => {
    const from = (event as ContextEvent).contextTarget ?? event.composedPath()[0];
    if ((event as ContextEvent).context !== civicConfigContext || from === host) return;
    event.stopPropagation();
    handle(event as ContextEvent, from);
  });
}

/** The settings of the nearest provider around the host, if any; each change requests an update. */
export class SettingsConsumer implements ReactiveController {
  value?: CivicSettings;
  private unsubscribe?: () => void;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  private readonly receive: SettingsCallback = (value, unsubscribe) => {
    // Another unsubscribe is another provider: a nearer one took the host over.
    if (unsubscribe !== this.unsubscribe) this.unsubscribe?.();
    this.unsubscribe = unsubscribe;
    this.value = value;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    requestSettings(this.host, this.receive);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}

/** Provides `value` to every consumer inside the host, and tells them of each new one. */
export class SettingsProvider implements ReactiveController {
  /** Each subscribed consumer's callback, with its element and its one unsubscribe. */
  private readonly consumers = new Map<SettingsCallback, [EventTarget, () => void]>();

  constructor(
    private readonly host: Host,
    public value: CivicSettings,
  ) {
    host.addController(this);
    listen(host, 'context-request', ({ callback, subscribe }, from) => {
      if (!subscribe) return callback(this.value);
      if (!this.consumers.has(callback)) this.consumers.set(callback, [from, () => this.consumers.delete(callback)]);
      callback(this.value, this.consumers.get(callback)![1]);
    });
    // A provider that connects inside this one (upgraded late, or added) may be nearer to some
    // of its consumers: each asks again, and the nearest provider answers.
    listen(host, 'context-provider', () => {
      for (const [callback, [consumer]] of this.consumers) requestSettings(consumer, callback);
    });
  }

  hostConnected(): void {
    dispatch(this.host, 'context-provider');
  }

  setValue(value: CivicSettings): void {
    this.value = value;
    for (const [callback, [, unsubscribe]] of this.consumers) callback(value, unsubscribe);
  }
}
