/**
 * What a page pays for the extension, measured as the browser measures it: Chrome DevTools
 * Protocol `Performance.getMetrics` (ScriptDuration, TaskDuration) over a fixed window from
 * navigation, on a page delivered as HTML, in a browser that just started — the same page with and
 * without the extension, alternating browsers. Optionally a CPU profile (CDP `Profiler`) of the
 * run with the extension, summarised by where the time went (extension files vs the page vs GC).
 */
import type { BrowserContext, CDPSession } from '@playwright/test';
import { launchWithExtension } from '../e2e/launch';

export interface CostSample {
  scriptMs: number;
  taskMs: number;
  /** Longest main-thread task in the window (from a trace), ms. */
  longestTaskMs?: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time by bucket: each extension file, the page, garbage collection, other. */
  buckets: { name: string; ms: number }[];
  /** The heaviest extension functions (self time). */
  topExtensionFunctions: { name: string; url: string; ms: number }[];
}

const metric = (metrics: { name: string; value: number }[], name: string) => metrics.find((m) => m.name === name)?.value ?? 0;

async function settleBrowser(context: BrowserContext, startedAt: number, ageMs: number) {
  // "A browser that just started": navigate `ageMs` after the launch call returned.
  const wait = startedAt + ageMs - Date.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  if (context.pages().length === 0) await context.newPage();
}

/** One fresh browser, one navigation, metrics over `windowMs` from the navigation. */
export async function measureOnce(
  port: number,
  url: string,
  { withExtension, extensionDir, bnmpPort, windowMs = 4000, browserAgeMs = 1000, profile = false, trace = false, prepare, during, inspect }: {
    withExtension: boolean;
    extensionDir?: string;
    /** Port of the https fixture server, for BNMP 3.0 web's host names. */
    bnmpPort?: number;
    /** Runs alongside the window from the navigation (e.g. a person moving the mouse at 1 s); its result is returned. */
    during?: (page: import('@playwright/test').Page, navigatedAt: number) => Promise<unknown>;
    /** Runs right after the launch (e.g. to store a status), within the browser's age. */
    prepare?: (context: BrowserContext) => Promise<unknown>;
    windowMs?: number;
    browserAgeMs?: number;
    profile?: boolean;
    trace?: boolean;
    /** Runs on the page once the window closed (e.g. to check the banner came), before the browser closes. */
    inspect?: (page: import('@playwright/test').Page) => Promise<unknown>;
  },
): Promise<{ sample: CostSample; profile?: ProfileSummary; inspected?: unknown; duringResult?: unknown }> {
  const context = await launchWithExtension(port, { withExtension, ...(extensionDir ? { extensionDir } : {}), ...(bnmpPort ? { bnmpPort } : {}) });
  const startedAt = Date.now();
  try {
    if (prepare) await prepare(context);
    await settleBrowser(context, startedAt, browserAgeMs);
    const page = context.pages()[0]!;
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    }
    const tasks: number[] = [];
    if (trace) await startTaskTrace(cdp, tasks);
    const before = (await cdp.send('Performance.getMetrics')).metrics;
    if (profile) await cdp.send('Profiler.start');
    const navigated = Date.now();
    await page.goto(url, { waitUntil: 'commit' });
    const meanwhile = during?.(page, navigated);
    const remaining = navigated + windowMs - Date.now();
    if (remaining > 0) await page.waitForTimeout(remaining);
    const duringResult = meanwhile ? await meanwhile : undefined;
    const after = (await cdp.send('Performance.getMetrics')).metrics;
    let summary: ProfileSummary | undefined;
    if (profile) {
      const { profile: cpu } = await cdp.send('Profiler.stop');
      summary = summarizeProfile(cpu);
    }
    if (trace) await stopTaskTrace(cdp);
    const sample: CostSample = {
      scriptMs: (metric(after, 'ScriptDuration') - metric(before, 'ScriptDuration')) * 1000,
      taskMs: (metric(after, 'TaskDuration') - metric(before, 'TaskDuration')) * 1000,
      ...(trace ? { longestTaskMs: Math.max(0, ...tasks) } : {}),
    };
    const inspected = inspect ? await inspect(page) : undefined;
    return { sample, ...(summary ? { profile: summary } : {}), ...(inspect ? { inspected } : {}), ...(during ? { duringResult } : {}) };
  } finally {
    await context.close();
  }
}

/** Main-thread tasks of the page's renderer, from a trace ("RunTask" complete events), in ms. */
async function startTaskTrace(cdp: CDPSession, tasks: number[]) {
  cdp.on('Tracing.dataCollected', ({ value }: { value: { name?: string; ph?: string; dur?: number; cat?: string }[] }) => {
    for (const event of value) if (event.name === 'RunTask' && event.ph === 'X' && event.dur) tasks.push(event.dur / 1000);
  });
  await cdp.send('Tracing.start', { categories: 'disabled-by-default-devtools.timeline,devtools.timeline', transferMode: 'ReportEvents' });
}

async function stopTaskTrace(cdp: CDPSession) {
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
}

interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface CpuProfile {
  nodes: CpuProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

export function summarizeProfile(cpu: CpuProfile): ProfileSummary {
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const samples = cpu.samples ?? [];
  const deltas = cpu.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const next = deltas[i + 1] ?? 0;
    self.set(samples[i]!, (self.get(samples[i]!) ?? 0) + next / 1000);
  }
  const buckets = new Map<string, number>();
  const functions = new Map<string, { name: string; url: string; ms: number }>();
  let total = 0;
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    const { functionName, url } = node.callFrame;
    if (functionName === '(idle)' || functionName === '(program)' || functionName === '(root)') continue;
    total += ms;
    let bucket: string;
    if (functionName === '(garbage collector)') bucket = 'garbage collection';
    else if (url.startsWith('chrome-extension://')) bucket = `extension: ${url.replace(/^chrome-extension:\/\/[^/]+\//, '')}`;
    else if (url) bucket = 'page';
    else bucket = 'other (native, unattributed)';
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + ms);
    if (url.startsWith('chrome-extension://')) {
      const key = `${functionName}@${url}`;
      const entry = functions.get(key) ?? { name: functionName || '(anonymous)', url: url.replace(/^chrome-extension:\/\/[^/]+\//, ''), ms: 0 };
      entry.ms += ms;
      functions.set(key, entry);
    }
  }
  return {
    totalMs: total,
    buckets: [...buckets].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms),
    topExtensionFunctions: [...functions.values()].sort((a, b) => b.ms - a.ms).slice(0, 8),
  };
}

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
