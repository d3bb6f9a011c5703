import '@utrecht/component-library-css/dist/index.css';
import '@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css';
import './app/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApolloClient } from './app/apolloClient';
import { App } from './app/App';
import { initI18n } from './app/i18n/i18n';

const container = document.getElementById('root');
if (!container) throw new Error('missing #root');

void initI18n().then((i18n) => {
  createRoot(container).render(
    <StrictMode>
      <App client={createApolloClient()} i18n={i18n} />
    </StrictMode>,
  );
});
