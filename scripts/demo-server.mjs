// A small static server for the drop-in demo pages (demo/) and the bundles (dist/).
// Used by `npm run demo` and by scripts/test-demo.mjs.
//
// Every response carries the strict policy an agency CMS might set:
//   Content-Security-Policy: default-src 'self'; script-src 'self'; style-src 'self';
//                            require-trusted-types-for 'script'; report-uri /__csp-report
// Violation reports POSTed by the browser are kept in `server.cspReports` (and printed).
// `?csp=named` on a page address adds `trusted-types lit-html 'allow-duplicates'`.
//
// Late script, for layout-shift measurement: a request for a script under /dist/ waits
// `delay` milliseconds when its own URL has `?delay=N`, or when the page that asked for it
// (its Referer) was opened with `?delay=N`. So `/demo/efforts.html?delay=1500` shows the
// page with civic-blocks.css but no script for 1.5 s, as on a slow CDN.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** URL prefixes served, and the folder each comes from. Nothing else of the repo is exposed. */
const MOUNTS = { '/demo/': join(root, 'demo'), '/dist/': join(root, 'dist') };

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; report-uri /__csp-report";

/**
 * Stricter Trusted Types variants, chosen by the page address (`?csp=…`): a policy that
 * names the Trusted Types policies allowed, as some sites do. Lit's policy is `lit-html`;
 * two copies of the bundle create it twice, which needs 'allow-duplicates'.
 */
const CSP_VARIANTS = {
  named: `${CSP}; trusted-types lit-html 'allow-duplicates'`,
  'named-no-duplicates': `${CSP}; trusted-types lit-html`,
};

const MAX_DELAY = 10000;

function delayOf(url, referer) {
  let value = url.searchParams.get('delay');
  if (value === null && referer) {
    try {
      value = new URL(referer).searchParams.get('delay');
    } catch {
      value = null;
    }
  }
  const ms = Number(value);
  return Number.isFinite(ms) && ms > 0 ? Math.min(ms, MAX_DELAY) : 0;
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** The file a URL path maps to, or undefined when it is outside the mounts. */
function fileFor(pathname) {
  let path;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  for (const [prefix, folder] of Object.entries(MOUNTS)) {
    if (!path.startsWith(prefix)) continue;
    const file = normalize(join(folder, path.slice(prefix.length)));
    if (file !== folder && !file.startsWith(folder + sep)) return undefined;
    return file;
  }
  return undefined;
}

/**
 * Starts the server. `port` 0 picks any free port; otherwise, when `port` is taken, the next
 * ones are tried (up to 20). Resolves to `{ server, url, cspReports, close() }`.
 */
export async function startDemoServer({ port = 8080, host = '127.0.0.1', quiet = false } = {}) {
  const cspReports = [];
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const policy = CSP_VARIANTS[url.searchParams.get('csp')] ?? CSP;
    const headers = {
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    };

    if (url.pathname === '/__csp-report' && request.method === 'POST') {
      let body = '';
      for await (const chunk of request) body += chunk;
      try {
        cspReports.push(JSON.parse(body));
      } catch {
        cspReports.push({ raw: body });
      }
      if (!quiet) console.warn(`CSP violation reported: ${body}`);
      response.writeHead(204, headers).end();
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, headers).end();
      return;
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204, headers).end();
      return;
    }
    if (url.pathname === '/' || url.pathname === '/demo') {
      response.writeHead(302, { ...headers, Location: '/demo/' }).end();
      return;
    }

    let file = fileFor(url.pathname);
    if (file === undefined) {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (url.pathname.startsWith('/dist/') && /\.m?js$/.test(file)) {
        const ms = delayOf(url, request.headers.referer);
        if (ms) await sleep(ms);
      }
      response.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': body.length });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    }
  });

  const listen = (p) =>
    new Promise((done, fail) => {
      const onError = (error) => {
        server.off('listening', onListening);
        fail(error);
      };
      const onListening = () => {
        server.off('error', onError);
        done();
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(p, host);
    });

  let tried = port;
  for (let attempt = 0; ; attempt += 1) {
    try {
      await listen(tried);
      break;
    } catch (error) {
      if (error.code !== 'EADDRINUSE' || port === 0 || attempt >= 20) throw error;
      tried += 1;
    }
  }
  const address = server.address();
  const shownHost = host === '127.0.0.1' || host === '::1' || host === '0.0.0.0' ? 'localhost' : host;
  return {
    server,
    cspReports,
    url: `http://${shownHost}:${address.port}/demo/`,
    origin: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

// `node scripts/demo-server.mjs [port]`: serve until Ctrl-C.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const requested = Number(process.argv[2] ?? process.env.PORT ?? 8080);
  const { url, close } = await startDemoServer({ port: Number.isInteger(requested) ? requested : 8080 });
  console.log(`civic-blocks demo: ${url}`);
  console.log(`  add ?delay=1500 to a page address to load the bundle 1.5 s late. Ctrl-C to stop.`);
  const stop = () => {
    void close().then(() => process.exit(0));
    setTimeout(() => process.exit(0), 500).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
