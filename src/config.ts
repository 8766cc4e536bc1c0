/** Registers <civic-config>. */
import { CivicConfig } from './config/civic-config.js';
import { defineElement } from './core/define.js';

defineElement('civic-config', CivicConfig);

declare global {
  interface HTMLElementTagNameMap {
    'civic-config': CivicConfig;
  }
}

export { CivicConfig };
