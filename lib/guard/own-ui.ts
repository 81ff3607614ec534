/**
 * What Sentinela itself put on the page (the warning dialog, the banner, the notice), known by
 * identity — never by a tag or attribute name, which a page could give its own elements to slip a
 * signature past the guard. The set lives on the isolated world's global, shared by the always-on
 * script, the guard core and the warning script, and out of the page's reach.
 */
const KEY = '__sentinelaBnmpOwnUi';

function registry(): WeakSet<object> {
  const scope = globalThis as Record<string, unknown>;
  return ((scope[KEY] as WeakSet<object> | undefined) ??= new WeakSet<object>());
}

export function markOwnUi(host: Element): void {
  registry().add(host);
}

/** Did the event come from inside Sentinela's own UI? */
export function fromOwnUi(path: readonly EventTarget[]): boolean {
  const own = registry();
  return path.some((target) => own.has(target));
}

/** Is the node inside Sentinela's own UI (through the shadow roots it sits in)? */
export function insideOwnUi(node: Node): boolean {
  const own = registry();
  for (let root = node.getRootNode(); (root as ShadowRoot).host; root = (root as ShadowRoot).host.getRootNode()) {
    if (own.has((root as ShadowRoot).host)) return true;
  }
  return false;
}
