import type nl from './nl.json';

// Typed translation keys: `t('cases.listTitle')` is checked against the Dutch file.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof nl };
  }
}
