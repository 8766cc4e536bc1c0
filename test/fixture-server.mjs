// A tiny responder for `src` tests: /__fixture?body=…&status=…&delay=…&type=…
// answers with exactly what the test asked for, so every failure mode can be produced.
export async function fixtureMiddleware(ctx, next) {
  if (!ctx.path.startsWith('/__fixture')) return next();
  const params = ctx.query;
  const delay = Number(params.delay ?? 0);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  ctx.status = Number(params.status ?? 200);
  ctx.set('Cache-Control', 'no-store');
  ctx.type = typeof params.type === 'string' ? params.type : 'application/json';
  ctx.body = typeof params.body === 'string' ? params.body : '';
}
