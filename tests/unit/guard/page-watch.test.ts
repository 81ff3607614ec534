// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchPage, type Found } from '../../../lib/guard/page-watch';

const controllers: AbortController[] = [];
afterEach(() => controllers.splice(0).forEach((c) => c.abort()));

function start(options: { trackedScreenGone?: () => boolean } = {}) {
  const controller = new AbortController();
  controllers.push(controller);
  const batches: Found[] = [];
  const shadowRoots: ShadowRoot[] = [];
  const watch = watchPage(document, {
    signal: controller.signal,
    alive: () => true,
    selectors: () => undefined,
    onBatch: (found) => batches.push(found),
    trackedScreenGone: options.trackedScreenGone ?? (() => false),
    onShadowRoot: (root) => shadowRoots.push(root),
  });
  return { watch, batches, shadowRoots, controller };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the page watch', () => {
  it('reports the parsed page at once when it holds a signing action', () => {
    document.body.innerHTML = '<main><button>Assinar selecionados</button></main>';
    const { batches, watch } = start();
    expect(watch.started()).toBe(true);
    expect(batches).toEqual([[document.documentElement]]);
  });

  it('keeps only the added subtrees that hold a signing action, and reports them in one batch', async () => {
    document.body.innerHTML = '<main id="m"></main>';
    const { batches, watch } = start();
    expect(batches).toEqual([]);
    const main = document.getElementById('m')!;
    const plain = document.createElement('p');
    plain.textContent = 'Consulta de processos';
    const panel = document.createElement('section');
    panel.innerHTML = '<h2>Alvará de Soltura</h2><button title="Assinar documento"><i></i></button>';
    main.append(plain, panel);
    await settle();
    watch.flushNow();
    expect(batches).toEqual([[panel]]);
  });

  it('finds a signing action inside an open shadow root, and watches that root from then on', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><h2>Ordem de Liberação</h2></section>';
    const { batches, shadowRoots, watch } = start();
    expect(shadowRoots).toEqual([root]);
    expect(batches).toEqual([]);
    const button = document.createElement('button');
    button.textContent = 'Assinar';
    root.querySelector('section')!.append(button);
    await settle();
    watch.flushNow();
    expect(batches).toEqual([[button]]);
  });

  it('a label set after its control was added counts ("Carregando…" → "Assinar")', async () => {
    document.body.innerHTML = '<button id="b">Carregando…</button>';
    const { batches, watch } = start();
    document.getElementById('b')!.textContent = 'Assinar';
    await settle();
    watch.flushNow();
    expect(batches).toEqual([[document.getElementById('b')]]);
  });

  it('holds at most a few subtrees: past that, one "look at the whole document"', async () => {
    document.body.innerHTML = '<main id="m"></main>';
    const { batches, watch } = start();
    // One render that adds a hundred separate controls.
    for (let i = 0; i < 100; i++) {
      const b = document.createElement('button');
      b.textContent = 'Assinar';
      document.getElementById('m')!.append(b);
    }
    await settle();
    watch.flushNow();
    expect(batches).toEqual(['document']);
  });

  it('a change with nothing found is reported only when the tracked screen left the page', async () => {
    document.body.innerHTML = '<p id="p">x</p>';
    let following = false;
    const { batches, watch } = start({ trackedScreenGone: () => following });
    document.getElementById('p')!.textContent = 'y';
    await settle();
    watch.flushNow();
    expect(batches).toEqual([]);
    following = true;
    document.getElementById('p')!.textContent = 'z';
    await settle();
    watch.flushNow();
    expect(batches).toEqual([[]]);
  });

  it('stops watching when its signal aborts, and when the extension is gone', async () => {
    document.body.innerHTML = '<main id="m"></main>';
    const { batches, watch, controller } = start();
    controller.abort();
    const b = document.createElement('button');
    b.textContent = 'Assinar';
    document.getElementById('m')!.append(b);
    await settle();
    watch.flushNow();
    expect(batches).toEqual([]);

    document.body.innerHTML = '<main id="m"></main>';
    const dead = vi.fn();
    let alive = true;
    const c2 = new AbortController();
    controllers.push(c2);
    const w2 = watchPage(document, { signal: c2.signal, alive: () => alive, selectors: () => undefined, onBatch: dead, trackedScreenGone: () => false, onShadowRoot: () => undefined });
    alive = false;
    document.getElementById('m')!.append(b.cloneNode(true));
    await settle();
    w2.flushNow();
    expect(dead).not.toHaveBeenCalled();
  });
});
