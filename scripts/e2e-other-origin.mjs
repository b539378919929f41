// Another website (another origin) that embeds Kerf with one script tag from the portal, as a
// shop's own site would: `node scripts/e2e-other-origin.mjs PORT PORTAL_PORT`.
import { createServer } from 'node:http';

const port = Number(process.argv[2] ?? 8792);
const portal = `http://127.0.0.1:${process.argv[3] ?? 8791}`;
const page = (key) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Another shop</title>
<script type="module" src="${portal}/kerf/kerf.js"></script></head>
<body style="font-family:sans-serif;margin:24px"><h1>Another shop's site</h1>
<kerf-configurator api="${portal}" embed-key="${key}"></kerf-configurator></body></html>`;
createServer((req, res) => {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(url.searchParams.get('key') ?? 'demo-public-key'));
}).listen(port, '127.0.0.1');
