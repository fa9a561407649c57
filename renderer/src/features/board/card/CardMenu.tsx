import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { compareKeys } from '#shared/ordering.ts';
import { moveCards } from '../../../state/move-actions.ts';
import { getState, useStore } from '../../../state/store.ts';
import { allCommands, isEnabled, type BoardCommand } from '../commands/index.ts';
import { targetCards } from '../commands/card-commands.ts';
import { KeyHint } from '../commands/KeyHint.tsx';
import { commandContext } from '../commands/useBoardKeys.ts';
import { currentView } from '../model/current.ts';
import type { BoardColumn, CellDimensions } from '../model/cells.ts';
import { useKindLabel } from '../model/useKindLabel.ts';
import { clearSelection, setBoardUi, useBoardUi } from '../ui-state.ts';

/** A card's menu, generated from the registered card commands, with "move to" a column. */
export function CardMenu({ cardId, sessionId }: { cardId: string; sessionId: string }) {
  const { t } = useTranslation('board');
  const view = useBoardUi((s) => s.menu?.view ?? 'main');
  const ref = useRef<HTMLDivElement>(null);
  useStore((s) => s.sessions[sessionId]?.lockedAt);
  const ctx = commandContext(sessionId, cardId);

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
  }, [view]);

  if (!ctx) return null;
  const commands = allCommands().filter((c): c is BoardCommand => c.scope === 'card' && c.inMenu === true && isEnabled(c, ctx));

  function close() {
    setBoardUi({ menu: null });
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-card-id="${CSS.escape(cardId)}"]`)?.focus());
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]:not([disabled])') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      items[(index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  }

  return (
    <div className="card-menu" role="menu" aria-label={t('cardMenu')} ref={ref} onKeyDown={onKeyDown}>
      {view === 'move' ? (
        <MoveTargets cardId={cardId} sessionId={sessionId} onDone={close} />
      ) : (
        commands.map((cmd) => (
          <button
            key={cmd.id}
            type="button"
            role="menuitem"
            onClick={() => {
              const keepsMenu = cmd.id === 'moveTo';
              void cmd.perform?.(ctx);
              if (!keepsMenu) setBoardUi((s) => (s.menu?.cardId === cardId && s.menu.view === 'main' ? { menu: null } : {}));
            }}
          >
            <span>{t(`commands.${cmd.id}`)}</span>
            <KeyHint keys={cmd.keys.slice(0, 1)} />
          </button>
        ))
      )}
    </div>
  );
}

/** "Pindah ke…": every column of the board; the card (or the selection) goes to its end. */
function MoveTargets({ cardId, sessionId, onDone }: { cardId: string; sessionId: string; onDone: () => void }) {
  const { t } = useTranslation('board');
  const kindLabel = useKindLabel();
  const groups = useStore((s) => s.groups);
  const session = useStore((s) => s.sessions[sessionId]);
  if (!session) return null;
  const columns = currentView(session).columns;
  const name = (column: BoardColumn) =>
    column.kind ? kindLabel(column.kind) : column.groupId ? (groups[column.groupId]?.name ?? '') : t('dnd.inbox');
  return (
    <>
      <p className="menu-title">{t('commands.moveTo')}</p>
      {columns.map((column) => (
        <button
          key={column.key}
          type="button"
          role="menuitem"
          onClick={() => {
            const ctx = commandContext(sessionId, cardId);
            if (!ctx) return;
            const ids = targetCards(ctx);
            const dims: CellDimensions = column.kind ? { kind: column.kind.kind, customKindId: column.kind.customKindId } : { groupId: column.groupId };
            void moveCards(ids, { ...dims, afterCardId: lastCardIn(sessionId, dims, ids) });
            clearSelection();
            onDone();
          }}
        >
          {name(column)}
        </button>
      ))}
    </>
  );
}

/** The last card of a column, so a moved card goes to its end. */
function lastCardIn(sessionId: string, dims: CellDimensions, except: readonly string[]): string | null {
  const cards = Object.values(getState().cards)
    .filter((c) => c.sessionId === sessionId && c.deletedAt === null && !except.includes(c.id))
    .filter((c) => (Object.keys(dims) as Array<keyof CellDimensions>).every((k) => c[k] === dims[k]))
    .sort(compareKeys);
  return cards.at(-1)?.id ?? null;
}
