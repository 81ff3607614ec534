/**
 * Reads CHANGELOG.md (the subset it is written in) into releases for the "Novidades" page. Pure.
 *
 *   ## 0.1.0 — 2026-11-21      a release: version, then its date (AAAA-MM-DD)
 *   ### Para a TI do tribunal  a group inside it (optional)
 *   - item, which may go on    an item; indented lines continue it
 *     on the next lines
 *
 * Anything else (the title, an introduction) is not part of a release and is skipped.
 */

export interface ChangelogGroup {
  title?: string;
  items: string[];
}

export interface ChangelogRelease {
  version: string;
  /** AAAA-MM-DD, when given. */
  date?: string;
  groups: ChangelogGroup[];
}

const RELEASE = /^##\s+v?(\d+\.\d+\.\d+(?:[-+][\w.]+)?)\s*(?:[—–-]\s*(\d{4}-\d{2}-\d{2}))?\s*$/;

export function parseChangelog(markdown: string): ChangelogRelease[] {
  const releases: ChangelogRelease[] = [];
  let release: ChangelogRelease | undefined;
  let group: ChangelogGroup | undefined;
  let item: string[] | undefined;

  const closeItem = () => {
    if (item && group) group.items.push(item.join(' '));
    item = undefined;
  };

  for (const line of markdown.split(/\r?\n/)) {
    const heading = RELEASE.exec(line);
    if (heading) {
      closeItem();
      release = { version: heading[1]!, ...(heading[2] ? { date: heading[2] } : {}), groups: [] };
      group = undefined;
      releases.push(release);
    } else if (/^#{1,2}\s/.test(line)) {
      closeItem();
      release = undefined; // another top-level section: not a release
    } else if (!release) {
      continue;
    } else if (/^###\s+/.test(line)) {
      closeItem();
      group = { title: line.replace(/^###\s+/, '').trim(), items: [] };
      release.groups.push(group);
    } else if (/^[-*]\s+/.test(line)) {
      closeItem();
      if (!group) release.groups.push((group = { items: [] }));
      item = [line.replace(/^[-*]\s+/, '').trim()];
    } else if (item && /^\s{2,}\S/.test(line)) {
      item.push(line.trim());
    } else {
      closeItem();
    }
  }
  closeItem();
  return releases;
}

/** "2026-11-21" → "21/11/2026". */
export function brazilianDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Splits an item at `code` spans: [text, code, text, …] (odd indexes are code). */
export function codeSpans(text: string): string[] {
  return text.split('`');
}
