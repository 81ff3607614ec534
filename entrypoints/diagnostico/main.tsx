// The diagnostics page (/diagnostico.html). Which tab: `?tab=<id>` (the popup and the warning pass
// it), else the SAJ tab chosen by lib/diagnostics/target-tab. Wiring only.
import { StrictMode, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import '../../components/tailwind.css';
import { Diagnostics } from '../../components/guides/Diagnostics';
import { useStoredStatus } from '../../components/guides/use-status';
import { describeTab, listTabs, type TabDescription } from '../../lib/diagnostics/collect';
import { personSecrets, supportReport } from '../../lib/diagnostics/redact';
import { pickTargetTab, requestedTabId, sajTabs, type TabCandidate } from '../../lib/diagnostics/target-tab';
import { choosePerson, profileFor } from '../../lib/guides/person';
import { hydratePolicyStore, usePolicy } from '../../lib/ui/policy-store';

const requested = requestedTabId(location.search);
/** While no SAJ tab answers, look again this often (and whenever a tab finishes loading). */
const LOOK_AGAIN_MS = 2000;

function Page() {
  const effective = usePolicy(); // IT's policy: the profile as the tribunal configured it
  const { status } = useStoredStatus();
  const [tabs, setTabs] = useState<TabCandidate[]>([]);
  const [targetId, setTargetId] = useState<number>();
  const [view, setView] = useState<{ state: 'loading' | 'no-tab' | 'ready' | 'error'; error?: string; description?: TabDescription }>({ state: 'loading' });
  const [includeLotacao, setIncludeLotacao] = useState(false);
  const [staleTabs, setStaleTabs] = useState<TabCandidate[]>([]);

  const busy = useRef(false);
  // `quiet`: a look taken on the page's own initiative; no "loading" flash, and never two at once.
  const inspect = useCallback(async (wanted?: number, quiet = false) => {
    if (quiet && busy.current) return;
    busy.current = true;
    if (!quiet) setView({ state: 'loading' });
    try {
      const own = await browser.tabs.getCurrent().catch(() => undefined);
      const all = await listTabs();
      const choice = pickTargetTab(all, wanted, own?.id);
      const listed = sajTabs(all, own?.id);
      setStaleTabs(all.filter((t) => t.needsReload && t.id !== own?.id));
      // A requested tab that does not answer is still listed, so the page can say so.
      const requestedTab = all.find((t) => t.id === choice);
      setTabs(requestedTab && !listed.some((t) => t.id === choice) ? [requestedTab, ...listed] : listed);
      setTargetId(choice);
      if (choice === undefined) {
        setView({ state: 'no-tab' });
        return;
      }
      setView({ state: 'ready', description: await describeTab(choice) });
    } catch (error) {
      setView({ state: 'error', error: error instanceof Error ? error.message : String(error) });
    } finally {
      busy.current = false;
    }
  }, []);

  // The analyst often opens this page first and the SAJ screen after, or clicks "Atualizar" while
  // the SAJ page is still loading (the content script starts when the page is idle): until a tab
  // answers, keep looking, so the page never stays on "Abra a tela do SAJ" with the screen open.
  const waiting = view.state === 'no-tab' || (view.state === 'ready' && view.description?.frames.length === 0);
  useEffect(() => {
    if (!waiting) return;
    const again = () => void inspect(targetId, true);
    const timer = setInterval(again, LOOK_AGAIN_MS);
    const onUpdated = (_id: number, change: { status?: string }) => {
      if (change.status === 'complete') again();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      clearInterval(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [waiting, targetId, inspect]);

  useEffect(() => {
    void inspect(requested);
  }, [inspect]);

  const file = status.state === 'ok' ? status.file : undefined;
  const frames = view.description?.frames ?? [];
  const profileId = frames.find((f) => f.profileId)?.profileId ?? profileFor(choosePerson(file), effective).id;
  const report = useMemo(
    () =>
      supportReport({
        extensionVersion: browser.runtime.getManifest().version,
        userAgent: navigator.userAgent,
        profileId,
        frames,
        includeLotacao,
        secrets: (file?.people ?? []).flatMap((p) => personSecrets(p, !includeLotacao)),
        now: new Date(),
      }),
    [profileId, frames, includeLotacao, file],
  );

  return (
    <Diagnostics
      tribunal={profileFor(choosePerson(file), effective).shortName}
      state={view.state}
      {...(view.error ? { error: view.error } : {})}
      tabs={tabs}
      staleTabs={staleTabs}
      {...(targetId !== undefined ? { targetId } : {})}
      onPickTab={(id) => void inspect(id)}
      onRefresh={() => void inspect(targetId)}
      frames={frames}
      allFrames={view.description?.allFrames ?? true}
      includeLotacao={includeLotacao}
      onIncludeLotacao={setIncludeLotacao}
      report={report}
    />
  );
}

void hydratePolicyStore().finally(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Page />
    </StrictMode>,
  ),
);
