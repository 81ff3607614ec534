import { useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import '../../components/tailwind.css';
import { Popup } from '../../components/popup/Popup';
import { bootUi } from '../../lib/ui/boot';
import { describeActiveTab, within } from '../../lib/ui/active-tab';
import { openTarget } from '../../lib/ui/navigate';
import type { TabInfo } from '../../lib/ui/popup-model';
import type { ActionTarget } from '../../lib/ui/actions';

// The tab's answer arrives after the first paint when the page is slow; this tiny store carries it.
let tab: TabInfo = { state: 'loading' };
let renders = 0;
const listeners = new Set<() => void>();
const publish = () => listeners.forEach((l) => l());
const subscribe = (l: () => void) => (listeners.add(l), () => listeners.delete(l));

function App() {
  const current = useSyncExternalStore(subscribe, () => tab);
  useSyncExternalStore(subscribe, () => renders);
  const open = (target: ActionTarget) => {
    void openTarget(target).then(() => window.close());
  };
  return <Popup now={new Date()} tab={current} pageUrl={(path) => browser.runtime.getURL(path as '/popup.html')} open={open} />;
}

async function main() {
  const described = describeActiveTab();
  await bootUi(document, () => {
    renders++;
    publish();
  });
  tab = await within(described, 400, { state: 'loading' });
  createRoot(document.getElementById('root')!).render(<App />);
  const final = await described;
  if (final !== tab) {
    tab = final;
    publish();
  }
}

void main();
