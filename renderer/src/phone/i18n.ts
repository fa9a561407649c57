import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '#shared/model.ts';
import enErrors from '../i18n/en/errors.json';
import enPhone from '../i18n/en/phone.json';
import idErrors from '../i18n/id/errors.json';
import idPhone from '../i18n/id/phone.json';

const CHOICE_KEY = 'rembuk.phone.language';

/** Only the phone's own words (and the error codes): the participant page stays small. */
export async function startPhoneI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { id: { phone: idPhone, errors: idErrors }, en: { phone: enPhone, errors: enErrors } },
    lng: chosenLanguage() ?? 'id',
    fallbackLng: 'id',
    defaultNS: 'phone',
    ns: ['phone', 'errors'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
}

/** The meeting's language, unless this person picked one on this phone. */
export function followMeetingLanguage(language: Language) {
  if (chosenLanguage() === null && i18next.language !== language) void setLanguage(language, false);
}

export async function setLanguage(language: Language, remember = true) {
  if (remember) {
    try {
      localStorage.setItem(CHOICE_KEY, language);
    } catch {
      // Private browsing may refuse storage; the choice then lasts until the page reloads.
    }
  }
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

function chosenLanguage(): Language | null {
  try {
    const stored = localStorage.getItem(CHOICE_KEY);
    return stored === 'id' || stored === 'en' ? stored : null;
  } catch {
    return null;
  }
}
