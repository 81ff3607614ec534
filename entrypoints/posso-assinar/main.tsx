// The "Posso assinar agora?" page (/posso-assinar.html). Wiring only.
import { useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import '../../components/tailwind.css';
import { CheckPage } from '../../components/check/CheckPage';
import { bootUi } from '../../lib/ui/boot';

// A language chosen in Options meanwhile re-renders the page with that catalog.
let renders = 0;
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => (listeners.add(l), () => listeners.delete(l));

function App() {
  useSyncExternalStore(subscribe, () => renders);
  return (
    <CheckPage
      now={new Date()}
      requestedPersonId={new URLSearchParams(location.search).get('pessoa')}
      pageUrl={(path) => browser.runtime.getURL(path as '/posso-assinar.html')}
    />
  );
}

async function main() {
  await bootUi(document, () => {
    renders++;
    listeners.forEach((l) => l());
  });
  createRoot(document.getElementById('root')!).render(<App />);
}

void main();
