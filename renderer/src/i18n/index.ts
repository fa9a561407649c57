import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '#shared/model.ts';
import enBoard from './en/board.json';
import enCommon from './en/common.json';
import enErrors from './en/errors.json';
import enReports from './en/reports.json';
import enWorkshop from './en/workshop.json';
import enWorkshops from './en/workshops.json';
import idBoard from './id/board.json';
import idCommon from './id/common.json';
import idErrors from './id/errors.json';
import idReports from './id/reports.json';
import idWorkshop from './id/workshop.json';
import idWorkshops from './id/workshops.json';

/**
 * Bahasa Indonesia first, English second. One JSON file per feature (namespace) and language;
 * components never hard-code a user-facing string.
 */
export const resources = {
  id: { common: idCommon, workshops: idWorkshops, workshop: idWorkshop, board: idBoard, errors: idErrors, reports: idReports },
  en: { common: enCommon, workshops: enWorkshops, workshop: enWorkshop, board: enBoard, errors: enErrors, reports: enReports },
} as const;

export const defaultNS = 'common';

export async function startI18n(language: Language) {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'id',
    defaultNS,
    ns: Object.keys(resources.id),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = language;
  return i18next;
}

export async function switchLanguage(language: Language) {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { i18next };
