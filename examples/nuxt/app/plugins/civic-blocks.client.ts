// Browser side: hydrate support first, then the elements (one Lit, bundled by Vite). A client
// plugin runs before Vue hydrates the page, so the elements take over the server's content.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import 'civic-blocks';

export default defineNuxtPlugin(() => {});
