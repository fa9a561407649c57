import i18next from 'i18next';
import { describeError } from '../i18n/describe-error.ts';
import { PhoneError } from './api.ts';

/** What to tell a participant when a call failed: the phone's own words where a phone needs other ones. */
export function problemText(error: unknown): string {
  if (!(error instanceof PhoneError) || error.data === null) return i18next.t('phone:errors.network');
  const own = `phone:errors.${error.data.code}`;
  return i18next.exists(own) ? i18next.t(own as 'phone:errors.network') : describeError(error.data);
}
