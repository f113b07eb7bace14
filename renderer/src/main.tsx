import { createRoot } from 'react-dom/client';

function App() {
  return <main>Touchpoint Studio</main>;
}

createRoot(document.getElementById('root')!).render(<App />);
