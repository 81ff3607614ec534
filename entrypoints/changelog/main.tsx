// The "Novidades" page (/changelog.html): CHANGELOG.md as shipped, and the installed version. Wiring and view.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import '../../components/tailwind.css';
import changelog from '../../CHANGELOG.md?raw';
import { brazilianDate, codeSpans, parseChangelog, type ChangelogRelease } from './changelog';

function Inline({ text }: { text: string }) {
  return (
    <>
      {codeSpans(text).map((part, i) =>
        i % 2 === 1 ? (
          <code key={i} className="rounded bg-slate-100 px-1 py-0.5 text-[0.9em] text-slate-800">
            {part}
          </code>
        ) : (
          part
        ),
      )}
    </>
  );
}

function Release({ release, installed }: { release: ChangelogRelease; installed: boolean }) {
  const headingId = `versao-${release.version}`;
  return (
    <section aria-labelledby={headingId} className="rounded-xl border border-slate-200 bg-white p-5 shadow-xs">
      <h2 id={headingId} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-lg font-semibold text-slate-900">
        Versão {release.version}
        {release.date && <span className="text-sm font-normal text-slate-600">{brazilianDate(release.date)}</span>}
        {installed && (
          <span className="rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-900 ring-1 ring-emerald-300">
            instalada
          </span>
        )}
      </h2>
      {release.groups.map((group, g) => (
        <div key={g} className="mt-4">
          {group.title && <h3 className="font-semibold text-slate-800">{group.title}</h3>}
          <ul className="mt-2 list-disc space-y-1.5 pl-5 text-slate-700">
            {group.items.map((item, i) => (
              <li key={i}>
                <Inline text={item} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function Page() {
  const version = browser.runtime.getManifest().version;
  const releases = parseChangelog(changelog);
  return (
    <main className="mx-auto max-w-3xl space-y-5 px-5 py-8 text-base leading-relaxed">
      <header>
        <h1 className="text-2xl font-bold text-slate-900">Novidades do Sentinela BNMP</h1>
        <p className="mt-1 text-slate-700">
          Versão instalada: <strong>{version}</strong>
        </p>
      </header>
      {releases.map((release) => (
        <Release key={release.version} release={release} installed={release.version === version} />
      ))}
    </main>
  );
}

document.documentElement.lang = 'pt-BR';
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Page />
  </StrictMode>,
);
