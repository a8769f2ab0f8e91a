// First, so the page's first data is requested before anything else runs (in a build the HTML
// also loads it as a script of its own, ahead of this one: vite.config.ts).
import './app/early-requests.js';
import '@cloudscape-design/global-styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.js';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
