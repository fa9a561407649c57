import type { resources, defaultNS } from './index.ts';

// Translation keys are checked by the compiler against the Indonesian files.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNS;
    resources: (typeof resources)['id'];
  }
}
