// `npm start`: the portal with the demo data (KERF_DEMO=1 unless set otherwise), as `kerf serve`.
process.env.KERF_DEMO ??= '1';
const { runFromCli } = await import('../dist/server/main.js');
await runFromCli();
