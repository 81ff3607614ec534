import { createRoot } from 'react-dom/client';
import '../../components/tailwind.css';

function Popup() {
  return <main className="w-80 p-4 text-sm">Sentinela BNMP</main>;
}

createRoot(document.getElementById('root')!).render(<Popup />);
