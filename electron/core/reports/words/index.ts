import type { Language } from '#shared/model.ts';
import { en } from './en.ts';
import { id, type ReportWords } from './id.ts';

export type { ReportWords };

export function wordsFor(language: Language): ReportWords {
  return language === 'en' ? en : id;
}
