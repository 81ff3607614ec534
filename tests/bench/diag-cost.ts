import { startFixtureServer } from '../e2e/server';
import { measureOnce, median } from './page-cost';
const path = process.argv[2] ?? '/gen/fila?rows=5000&cells=50&every=50';
const runs = Number(process.env.RUNS ?? 3);
const { server, port } = await startFixtureServer();
const url = `http://esaj.tjms.jus.br${path}`;
const w: number[] = [], wo: number[] = [], tw: number[] = [], two: number[] = [];
for (let i = 0; i < runs; i++) {
  const a = await measureOnce(port, url, { withExtension: false });
  const b = await measureOnce(port, url, { withExtension: true, inspect: (p) => p.locator('sentinela-bnmp-banner').count() });
  wo.push(a.sample.scriptMs); w.push(b.sample.scriptMs); two.push(a.sample.taskMs); tw.push(b.sample.taskMs);
  console.log(`run ${i}: script without ${a.sample.scriptMs.toFixed(1)} with ${b.sample.scriptMs.toFixed(1)} | task ${a.sample.taskMs.toFixed(0)} / ${b.sample.taskMs.toFixed(0)} banner ${b.inspected}`);
}
console.log(`median script delta ${(median(w) - median(wo)).toFixed(1)} ms; task delta ${(median(tw) - median(two)).toFixed(1)}`);
if (process.env.PROFILE) {
  const p = await measureOnce(port, url, { withExtension: true, profile: true });
  console.log(JSON.stringify(p.profile, null, 1));
}
server.close();
