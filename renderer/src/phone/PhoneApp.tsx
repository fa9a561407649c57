import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhoneCard, PhoneEvent } from '#shared/phone.ts';
import { listenToDoor, phoneCall } from './api.ts';
import { applyPhoneEvent, upsertCards } from './board-state.ts';
import { BoardScreen } from './BoardScreen.tsx';
import { ClosedScreen } from './ClosedScreen.tsx';
import { problemText } from './errors.ts';
import { boardNow, boardScreen, firstScreen, followLanguageOf, isClosed, welcomeScreen, type Screen } from './first-screen.ts';
import { JoinCode } from './JoinCode.tsx';
import type { JoinKey } from './join-key.ts';
import { JoinWho, type Who } from './JoinWho.tsx';
import { latestAnswer } from './latest-answer.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { useLasting } from './useLasting.ts';
import { clockOffset } from './useRemaining.ts';

/**
 * The participant page: join (scanned QR code, or the code typed), then write cards and vote
 * until the door closes. Everything comes from the door's `/call` and `/events`.
 */
export function PhoneApp({ initial, scannedKey }: { initial: Screen; scannedKey: JoinKey | null }) {
  const { t } = useTranslation('phone');
  const [screen, setScreenNow] = useState<Screen>(initial);
  const [busy, setBusy] = useState(false);
  // When the stream to the door dropped (null while it is up).
  const [lostSince, setLostSince] = useState<number | null>(null);
  // A blip of the Wi-Fi passes by itself; a link lost this long needs the person's hand.
  const lostLong = useLasting(lostSince, 15_000);

  const setScreen = (next: Screen) => {
    followLanguageOf(next);
    setScreenNow(next);
  };
  const step = async (work: () => Promise<Screen>) => {
    setBusy(true);
    try {
      setScreen(await work());
    } finally {
      setBusy(false);
    }
  };

  const onBoard = screen.name === 'board';
  useEffect(() => {
    if (!onBoard) return;
    const boardReads = latestAnswer(setScreenNow);
    const readBoardAgain = () => boardReads.ask(boardNow());
    const onEvent = (event: PhoneEvent) => {
      if (event.type === 'closed') return setScreenNow({ name: 'closed', by: event.by });
      if (event.type === 'refresh') return readBoardAgain();
      setScreenNow((s) => (s.name === 'board' ? { ...s, state: applyPhoneEvent(s.state, event), offset: event.type === 'session' ? clockOffset(event.session.sentAt) : s.offset } : s));
    };
    // A phone's stream drops whenever its screen sleeps or its Wi-Fi wavers, and the events sent
    // meanwhile (a vote opened, the board locked, the door closed) never come: the board is read
    // again when the stream drops (the door may have closed for good) and when it comes back.
    let lost = false;
    const stopListening = listenToDoor(onEvent, (up) => {
      setLostSince((since) => (up ? null : (since ?? Date.now())));
      if (!up || lost) readBoardAgain();
      lost = !up;
    });
    return () => {
      boardReads.stop();
      stopListening();
    };
  }, [onBoard]);

  const join = (key: JoinKey, who: Who) =>
    step(async () => {
      try {
        return boardScreen(await phoneCall('phone.join', { key, ...who }));
      } catch (error) {
        if (isClosed(error)) return { name: 'closed', by: null };
        return screen.name === 'who' ? { ...screen, problem: problemText(error) } : { name: 'code', problem: problemText(error) };
      }
    });

  const onCard = (card: PhoneCard) => setScreenNow((s) => (s.name === 'board' ? { ...s, state: { ...s.state, cards: upsertCards(s.state.cards, [card]) } } : s));
  const onDots = (myDots: Record<string, number>) =>
    setScreenNow((s) => (s.name === 'board' && s.state.vote ? { ...s, state: { ...s.state, vote: { ...s.state.vote, myDots } } } : s));

  return (
    <main className="phone">
      <div className="phone-bar">
        <span className="phone-brand">{t('title')}</span>
        <LanguageSwitch />
      </div>
      {lostSince !== null && screen.name === 'board' && (
        <p className="phone-offline" role="alert">
          {t('offline')}
          {lostLong && ` ${t('offlineLong')}`}
        </p>
      )}
      {screen.name === 'code' && <JoinCode problem={screen.problem} busy={busy} onCode={(code) => void step(() => welcomeScreen({ code }))} />}
      {screen.name === 'who' && <JoinWho welcome={screen.welcome} problem={screen.problem} busy={busy} onJoin={(who) => void join(screen.key, who)} />}
      {screen.name === 'board' && <BoardScreen state={screen.state} clockOffset={screen.offset} onCard={onCard} onDots={onDots} />}
      {screen.name === 'closed' && <ClosedScreen by={screen.by} onRetry={() => void step(() => firstScreen(scannedKey))} />}
    </main>
  );
}
