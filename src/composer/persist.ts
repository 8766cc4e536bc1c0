/**
 * Work that survives: the state in local storage after every change, and in a link's fragment
 * (`#state=…`, base64url of its JSON) to share it. A fragment never reaches a server. Both are
 * read back through model.ts's normaliseState, as untrusted input.
 */
import { normaliseState, portableState, type ComposerState } from './model.js';

export const STORAGE_KEY = 'civic-blocks-composer';
/** The work a shared link replaced, kept until the editor takes it back or clears. */
export const PREVIOUS_KEY = 'civic-blocks-composer-previous';
const FRAGMENT = 'state=';

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

export const serialiseState = (state: ComposerState): string => JSON.stringify(portableState(state));

/** The fragment of a link that opens the composer on this state. */
export const stateFragment = (state: ComposerState): string => `#${FRAGMENT}${toBase64Url(serialiseState(state))}`;

/** The state a fragment holds, or undefined when it holds none (or nothing readable). */
export function stateFromFragment(hash: string): ComposerState | undefined {
  const at = hash.indexOf(FRAGMENT);
  if (at < 0) return undefined;
  try {
    return normaliseState(JSON.parse(fromBase64Url(hash.slice(at + FRAGMENT.length))));
  } catch {
    return undefined;
  }
}

/** Storage may be refused (a private window, a file page in some browsers): the composer works without it. */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function loadStored(key: string): ComposerState | undefined {
  try {
    const text = storage()?.getItem(key);
    return text ? normaliseState(JSON.parse(text)) : undefined;
  } catch {
    return undefined;
  }
}

/** Saves; false when storage refused it (full or unavailable). */
export function store(key: string, state: ComposerState | undefined): boolean {
  try {
    const place = storage();
    if (!place) return false;
    if (state) place.setItem(key, serialiseState(state));
    else place.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
