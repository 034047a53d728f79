// Copied verbatim (below this header) from ../shared/bench/hello-server.js of the upcross project's
// shared folder, the serving-ceiling reference of issue 5, so that `npm run bench:http` runs on a
// clone without ../shared. Saved as .cjs because bench/ is an ES-module package.
// Serving-ceiling server: bare node:http or fastify, 1 process or N cluster workers, loopback only.
// usage: node server.js KIND(http|fastify) WORKERS PORT [PAIRSFILE]
//   GET /            -> {"hello":"world"}  (framework + HTTP ceiling)
//   GET /recommend?items=a,b,c  -> top-10 cross-sells from an in-memory co-occurrence table (optional, needs PAIRSFILE:
//                                  lines "a b count" as written by `node pairs-export.js`), a realistic tiny per-request compute
'use strict';
const cluster = require('node:cluster');
const [kind = 'http', workersArg = '1', portArg = '3000', pairsFile] = process.argv.slice(2);
const workers = +workersArg, port = +portArg;
if (workers > 1 && cluster.isPrimary) {
  for (let i = 0; i < workers; i++) cluster.fork();
  const stop = () => { for (const id in cluster.workers) cluster.workers[id].process.kill('SIGTERM'); process.exit(0); };
  process.on('SIGTERM', stop); process.on('SIGINT', stop);
} else {
  // neighbours: item -> [[other, count], ...] sorted by count desc, top 50
  const nb = new Map();
  if (pairsFile) {
    const fs = require('fs');
    for (const l of fs.readFileSync(pairsFile, 'utf8').split('\n')) {
      if (!l) continue; const [a, b, c] = l.split(' ').map(Number);
      (nb.get(a) || nb.set(a, []).get(a)).push([b, c]); (nb.get(b) || nb.set(b, []).get(b)).push([a, c]);
    }
    for (const [k, v] of nb) nb.set(k, v.sort((x, y) => y[1] - x[1]).slice(0, 50));
  }
  const recommend = (q) => {
    const cart = (q || '').split(',').filter(Boolean).map(Number); const inCart = new Set(cart); const score = new Map();
    for (const it of cart) for (const [o, c] of nb.get(it) || []) if (!inCart.has(o)) score.set(o, (score.get(o) || 0) + c);
    return { items: [...score].sort((x, y) => y[1] - x[1]).slice(0, 10).map(([item, s]) => ({ item, score: s })) };
  };
  if (kind === 'fastify') {
    const app = require('fastify')({ logger: false });
    app.get('/', async () => ({ hello: 'world' }));
    app.get('/recommend', async (req) => recommend(req.query.items));
    app.listen({ port, host: '127.0.0.1' });
  } else {
    require('node:http').createServer((req, res) => {
      let body;
      if (req.url.startsWith('/recommend')) body = JSON.stringify(recommend(new URL(req.url, 'http://x').searchParams.get('items')));
      else body = JSON.stringify({ hello: 'world' });
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    }).listen(port, '127.0.0.1');
  }
  process.on('SIGTERM', () => process.exit(0));
}
