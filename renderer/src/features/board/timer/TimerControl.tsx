import { useTranslation } from 'react-i18next';
import type { Session } from '#shared/model.ts';
import { command } from '../../../commands/index.ts';
import { useCommand } from '../../../commands/useCommand.ts';
import { usePopover } from '../../shell/usePopover.ts';
import { Icon } from '../Icon.tsx';
import { prepareChime } from './chime.ts';
import { formatRemaining, useRemaining } from './useRemaining.ts';

const PRESETS = [5, 10, 15, 20, 30, 45];

/** The exercise timer in the toolbar: set, start or pause, one more minute, reset. */
export function TimerControl({ session }: { session: Session }) {
  const { t } = useTranslation('timer');
  const remaining = useRemaining(session.timer);
  const running = session.timer.endsAt !== null;
  const { open: setting, setOpen: setSetting, close: closeSetting, triggerRef, panelRef } = usePopover();
  const run = useCommand();
  const over = running && remaining === 0;
  return (
    <div className={`timer-control${running ? ' running' : ''}${over ? ' over' : ''}`} role="group" aria-label={t('label')}>
      <span className="timer-digits" role="timer" aria-live="off" aria-label={t('remaining', { time: formatRemaining(remaining) })}>
        {formatRemaining(remaining)}
      </span>
      <button
        type="button"
        className="primary"
        title={`${t(running ? 'pause' : 'start')} · ${command('timerToggle').keys?.[0]}`}
        onClick={() => {
          prepareChime();
          void run('timerToggle');
        }}
      >
        {running ? t('pause') : t('start')}
      </button>
      <button type="button" onClick={() => void run('timerAdd')} title={t('addMinute')}>
        {t('plusMinute')}
      </button>
      <button type="button" onClick={() => void run('timerReset')} aria-label={t('reset')} title={t('reset')}>
        <Icon name="reset" />
      </button>
      <button type="button" ref={triggerRef} aria-expanded={setting} onClick={() => setSetting(!setting)}>
        {t('set')}
      </button>
      {setting && (
        <div className="popover timer-presets" ref={panelRef}>
          {PRESETS.map((minutes) => (
            <button
              key={minutes}
              type="button"
              onClick={() => {
                closeSetting();
                void run('timerSet', { seconds: minutes * 60 });
              }}
            >
              {t('minutes', { count: minutes })}
            </button>
          ))}
          <form
            onSubmit={(e) => {
              e.preventDefault();
              const minutes = Number(new FormData(e.currentTarget).get('minutes'));
              if (minutes > 0) {
                closeSetting();
                void run('timerSet', { seconds: Math.round(minutes * 60) });
              }
            }}
          >
            <label>
              {t('customMinutes')}
              <input name="minutes" type="number" min={1} max={240} step={1} />
            </label>
            <button type="submit">{t('apply')}</button>
          </form>
        </div>
      )}
    </div>
  );
}

/** The time, large: in projector mode and when the facilitator enlarges it. */
export function BigTimer({ session }: { session: Session }) {
  const { t } = useTranslation('timer');
  const remaining = useRemaining(session.timer);
  const running = session.timer.endsAt !== null;
  if (!running && remaining === session.timer.durationMs) return null;
  return (
    <div className={`big-timer${running && remaining === 0 ? ' over' : ''}`} role="timer" aria-label={t('remaining', { time: formatRemaining(remaining) })}>
      {running && remaining === 0 ? t('timeUp') : formatRemaining(remaining)}
    </div>
  );
}
