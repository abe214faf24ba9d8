import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  return <h1>法治政府建设指标看板</h1>;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
