import { createRoot } from 'react-dom/client';
import '../../components/tailwind.css';

function Options() {
  return <main className="mx-auto max-w-3xl p-6">Sentinela BNMP — Opções</main>;
}

createRoot(document.getElementById('root')!).render(<Options />);
