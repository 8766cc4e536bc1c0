/** The entry of dist/composer/composer.js: starts the composer once the page is parsed. */
import { startComposer } from './main.js';

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startComposer, { once: true });
else startComposer();
