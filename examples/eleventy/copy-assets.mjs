// Everything of _site that prerendering does not rewrite (the bundle, styles, data, images) goes to dist/ as it is.
import { cpSync } from 'node:fs';

cpSync('_site', 'dist', {
  recursive: true,
  force: false,
  errorOnExist: false,
  filter: (path) => !path.endsWith('.html'),
});
