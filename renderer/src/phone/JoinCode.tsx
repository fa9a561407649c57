import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { JOIN_CODE_LENGTH } from '#shared/phone.ts';
import { Heading } from './Heading.tsx';

/** Someone who typed the short address: the code on the projector lets them in. */
export function JoinCode({ problem, busy, onCode }: { problem: string | null; busy: boolean; onCode: (code: string) => void }) {
  const { t } = useTranslation('phone');
  const [code, setCode] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onCode(code);
  };
  return (
    <form className="phone-panel" onSubmit={submit} noValidate>
      <Heading>{t('join.codeHeading')}</Heading>
      <p>{t('join.codeIntro')}</p>
      <label htmlFor="join-code">{t('join.codeLabel')}</label>
      <input
        id="join-code"
        className="join-code"
        value={code}
        onChange={(e) => setCode(e.target.value.toUpperCase())}
        maxLength={JOIN_CODE_LENGTH + 2}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        aria-invalid={problem !== null}
        aria-describedby={problem ? 'join-code-problem' : undefined}
      />
      {problem && (
        <p id="join-code-problem" className="phone-problem" role="alert">
          {problem}
        </p>
      )}
      <button type="submit" className="phone-primary" disabled={busy || code.trim().length === 0}>
        {busy ? t('join.working') : t('join.codeSubmit')}
      </button>
    </form>
  );
}
