/**
 * The one data-source mechanism every family uses (docs/api.md, "Data rules").
 *
 * Sources, first present wins: the `items` property/attribute; a child
 * `<script type="application/json">`; `src`; child elements. Whatever the source, entries go
 * through the family's reader (core/validate.ts) into normalised items; render() only ever
 * sees those. A source that cannot be read keeps the last good items, and child content
 * stands in for a source that has nothing to show (loading, failed, invalid or empty).
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { DEFAULT_TIMEOUT } from './context.js';
import { emit, reportProblems, type CivicErrorSource } from './events.js';
import { describeValue, readList, squash, type FieldReader, type Problem } from './validate.js';

export interface ItemsHost extends ReactiveControllerHost, HTMLElement {
  items?: unknown;
  src?: string;
  timeout: number;
}

export interface ItemsSourceOptions<T> {
  /** Reads one entry into a normalised item, or undefined to skip it. */
  read: (field: FieldReader) => T | undefined;
  /** Reads the host's child elements as raw entries; undefined when it has none to offer. */
  readChildren?: () => unknown[] | undefined;
  /** What reading an entry depends on besides the entry (the locale): when it changes, every entry is read again. */
  readWith?: () => unknown;
  /**
   * The fields a child element gives through its content (a link's text), not an attribute:
   * their problems are reported with source `children`, any other problem of a child as a bad
   * attribute of that card, KPI or link (source `attribute`).
   */
  contentFields?: readonly string[];
  /** The tag of the child elements read as entries (`civic-kpi`): their problems name it and count from 1. */
  childTag?: string;
  /**
   * True when `childTag` elements (and inline JSON) are all the family reads of its children: any
   * other child element (Isomer's card markup) is reported as not read (source `children`). It
   * stays shown as written while there is nothing else to show (CivicItemsElement.nothingToShow).
   */
  onlyChildTag?: boolean;
}

export type SourceKind = 'items' | 'script' | 'src' | 'children';

const JSON_SCRIPT = 'script[type="application/json"]';

type Pending =
  { kind: 'error'; found: string[]; source: CivicErrorSource } | { kind: 'load'; url: string; count: number };

export class ItemsController<T> implements ReactiveController {
  /** The normalised items to render. */
  items: readonly T[] = [];
  /** True while `src` is being fetched. */
  loading = false;
  /** Which source the current items came from, once one has been read. */
  source?: SourceKind;

  private readonly owner: ItemsHost;
  private readonly sourceOptions: ItemsSourceOptions<T>;
  /** The source last read and what identified it, so unchanged sources are not read again. */
  private current?: { kind: SourceKind; key: unknown };
  private domChanged = true;
  private observer?: MutationObserver;
  private request?: AbortController;
  private requestId = 0;
  private pending: Pending[] = [];
  private readWith?: unknown;

  constructor(host: ItemsHost, options: ItemsSourceOptions<T>) {
    this.owner = host;
    this.sourceOptions = options;
    host.addController(this);
  }

  hostConnected(): void {
    // Child elements and inline JSON can arrive after upgrade (a bundle loaded in <head>) or
    // change later: watch the light DOM. The host's own attributes are not of interest.
    this.observer ??= new MutationObserver((records) => {
      if (records.some((record) => record.target !== this.owner || record.type !== 'attributes')) {
        this.domChanged = true;
        this.owner.requestUpdate();
      }
    });
    this.observer.observe(this.owner, { childList: true, subtree: true, attributes: true, characterData: true });
    this.domChanged = true;
    // A request cut short by a disconnect is made again on reconnect.
    if (this.current?.kind === 'src' && !this.request && this.loading) this.current = undefined;
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    if (this.request) {
      this.cancelRequest();
      this.current = undefined;
    }
  }

  /**
   * Reads the sources before a render. The host calls it from `willUpdate`, which a server
   * renderer calls too (it skips controllers' `hostUpdate`). A server has no children to read
   * and fetches nothing: there, `src` is a loading state (civic-blocks/ssr reads it ahead).
   */
  read(): void {
    this.readSources();
  }

  hostUpdated(): void {
    // Events go out after the render they describe, so listeners see the result.
    const pending = this.pending;
    this.pending = [];
    for (const entry of pending) {
      if (entry.kind === 'error') reportProblems(this.owner, entry.found, entry.source);
      else emit(this.owner, 'civic-load', { source: 'src', url: entry.url, count: entry.count });
    }
  }

  private readSources(): void {
    const host = this.owner;
    let domChanged = this.domChanged;
    this.domChanged = false;

    // What entries are read with changed (the locale, which reads "12.000"): read them again
    // (a src too: a locale rarely changes once a page is up).
    const readWith = this.sourceOptions.readWith?.();
    if (readWith !== this.readWith) {
      this.readWith = readWith;
      this.current = undefined;
      domChanged = true;
    }

    // The source in force: the first present of items, inline JSON, src and children.
    let kind: SourceKind = 'children';
    let key: unknown;
    const script = isServer ? undefined : Array.from(host.children).find((child) => child.matches(JSON_SCRIPT));
    const timeout = host.timeout > 0 ? host.timeout : DEFAULT_TIMEOUT;
    if (host.items !== undefined && host.items !== null) [kind, key] = ['items', host.items];
    else if (script) [kind, key] = ['script', script.textContent ?? ''];
    else if (host.src) [kind, key] = ['src', `${host.src} ${timeout}`];

    const fresh = !this.isCurrent(kind, key);
    if (fresh) {
      this.use(kind, key);
      if (kind === 'src') {
        if (isServer) this.loading = true;
        else void this.fetchSource(host.src!, timeout);
      } else if (kind !== 'children') this.applyParsed(parseSource(key, kind), kind);
    }

    // Child content stands in while the source in force has nothing to show (still loading,
    // failed, invalid or empty): a block is never emptier than its markup was before the
    // upgrade. A higher source that has rendered keeps its place (nothing shown is lost).
    if ((fresh || domChanged) && (kind === 'children' || this.source === 'children' || this.items.length === 0)) {
      const raw = this.sourceOptions.readChildren?.();
      if (kind === 'children' && !isServer) this.reportUnread();
      if (raw) this.applyParsed({ list: raw }, 'children');
      else if (kind === 'children' && this.source !== undefined && this.source !== 'children') {
        // Every source was removed: show nothing rather than a stale list from a source that is gone.
        this.items = [];
        this.source = 'children';
      }
    }
  }

  /** Child elements of another kind than the family reads: each named, never lost in silence. */
  private reportUnread(): void {
    const { childTag: tag, onlyChildTag } = this.sourceOptions;
    if (onlyChildTag)
      this.queueProblems(
        Array.from(this.owner.children)
          .filter((child) => !child.matches(`${tag},script`))
          .map((child) => {
            // Its text nodes one by one: the text of a card's title and description, not run together.
            const walker = document.createTreeWalker(child, 4); // 4: NodeFilter.SHOW_TEXT
            let text = '';
            while (walker.nextNode()) text += ` ${walker.currentNode.nodeValue}`;
            return unreadChild(child, text, tag!);
          }),
        'children',
      );
  }

  private isCurrent(kind: SourceKind, key: unknown): boolean {
    return this.current?.kind === kind && this.current.key === key;
  }

  private use(kind: SourceKind, key: unknown): void {
    if (kind !== 'src') this.cancelRequest();
    this.current = { kind, key };
  }

  /** Validates a parsed list and, unless nothing in it could be used, renders it. */
  private applyParsed(parsed: ParsedSource, source: SourceKind): number {
    if (parsed.problem !== undefined) {
      this.queueProblems([{ message: parsed.problem }], source);
      return 0;
    }
    const list = parsed.list ?? [];
    const { value, found: problems } = readList(
      list,
      this.sourceOptions.read,
      undefined,
      source === 'children' ? this.sourceOptions.childTag : undefined,
    );
    if (source === 'children') {
      // docs/api.md: `attribute` is "an attribute of a single card, KPI or link"; what a child
      // gives through its content (a link's text) is `children`.
      const inContent = ({ field }: Problem) =>
        field !== undefined && this.sourceOptions.contentFields?.includes(field) === true;
      this.queueProblems(
        problems.filter((problem) => !inContent(problem)),
        'attribute',
      );
      this.queueProblems(problems.filter(inContent), 'children');
    } else this.queueProblems(problems, source);
    // A non-empty source with no usable entry is a broken source: keep what is shown.
    if (list.length > 0 && value.length === 0) return 0;
    this.items = value;
    this.source = source;
    return value.length;
  }

  private queueProblems(problems: Problem[], source: CivicErrorSource): void {
    if (problems.length)
      this.pending.push({ kind: 'error', found: problems.map((problem) => problem.message), source });
  }

  private setLoading(loading: boolean): void {
    this.loading = loading;
    if (loading) this.owner.setAttribute('aria-busy', 'true');
    else this.owner.removeAttribute('aria-busy');
  }

  private cancelRequest(): void {
    if (!this.request) return;
    this.request.abort();
    this.request = undefined;
    this.requestId++;
    this.setLoading(false);
  }

  /** Fetches `src` (fetchJson), then parses and applies its answer, unless a newer src came meanwhile. */
  private async fetchSource(src: string, timeout: number): Promise<void> {
    this.cancelRequest();
    const id = ++this.requestId;
    const controller = new AbortController();
    this.request = controller;
    this.setLoading(true);
    const answer = await fetchJson(src, timeout, controller);
    // Superseded by a newer src, or cancelled on purpose: that answer is no one's.
    if (id !== this.requestId) return;
    if ('problem' in answer) this.queueProblems([{ message: answer.problem }], 'src');
    else
      this.pending.push({
        kind: 'load',
        url: answer.url,
        count: this.applyParsed(parseSource(answer.body, 'src'), 'src'),
      });
    this.request = undefined;
    this.setLoading(false);
    // Child content stands in again if the answer left nothing to show.
    this.domChanged = true;
    this.owner.requestUpdate();
  }
}

/** Why a request was aborted when it took too long (a newer src aborts with no reason). */
const TIMED_OUT = Symbol();

/**
 * Fetches `src` with same-origin credentials and reads its body as JSON: the body, or what went
 * wrong in words. Never throws. `timeout` ms, or the controller (a newer src), abort it; the
 * abort covers reading the body too.
 */
async function fetchJson(
  src: string,
  timeout: number,
  controller: AbortController,
): Promise<{ url: string; body: unknown } | { problem: string }> {
  let url = src;
  const timer = setTimeout(() => controller.abort(TIMED_OUT), timeout);
  let text: string;
  try {
    url = new URL(src, document.baseURI).href;
    // Credentials: fetch's default, `same-origin`, is what docs/api.md promises.
    const response = await fetch(url, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    });
    if (!response.ok) {
      return {
        problem: `src ${url} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
      };
    }
    text = await response.text();
  } catch (error) {
    return {
      problem:
        error === TIMED_OUT
          ? `src ${url} did not answer within ${timeout} ms`
          : `src ${url} could not be loaded (${error instanceof Error ? error.message : String(error)})`,
    };
  } finally {
    clearTimeout(timer);
  }
  try {
    return { url, body: JSON.parse(text) as unknown };
  } catch {
    return { problem: `src ${url} did not answer with JSON` };
  }
}

interface ParsedSource {
  list?: unknown[];
  problem?: string;
}

/** How a problem names its source where the kind alone would not say (`items` does). */
const SOURCE_NAMES: Partial<Record<SourceKind, string>> = {
  script: 'the <script type="application/json"> child',
  src: 'the src response',
};

/** Reads an array, or `{"items": [...]}`, from a value or its JSON text. */
export function parseSource(raw: unknown, kind: SourceKind): ParsedSource {
  let value = raw;
  const name = SOURCE_NAMES[kind] ?? kind;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (error) {
      return { problem: `${name} is not valid JSON (${(error as Error).message})` };
    }
  }
  if (Array.isArray(value)) return { list: value };
  const inner = typeof value === 'object' && value !== null ? (value as { items?: unknown }).items : undefined;
  if (Array.isArray(inner)) return { list: inner };
  return { problem: `${name} must be an array or {"items": [...]} (got ${describeValue(value)})` };
}

/**
 * The problem of a child element a family does not read: its tag, its class and the start of its
 * text (`text`: its text nodes, each after a space), so that an author finds it. The server
 * (civic-blocks/ssr) reports the page's with it too.
 */
export const unreadChild = (child: Pick<Element, 'localName' | 'getAttribute'>, text: string, tag: string): Problem => {
  const className = child.getAttribute('class');
  text = squash(text);
  return {
    message: `<${child.localName}${className ? ` class="${className}"` : ''}>${text && ` ${describeValue(text)}`} was not read (not a <${tag}>)`,
  };
};
