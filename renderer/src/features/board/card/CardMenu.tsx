import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sharesDimensions } from '#shared/board/placement.ts';
import { allCommands, commandContext, isEnabled, type BoardCommand } from '../../../commands/index.ts';
import { targetCards } from '../../../commands/card-commands.ts';
import { KeyHint } from '../../../commands/KeyHint.tsx';
import { useCommand } from '../../../commands/useCommand.ts';
import type { BoardContext } from '../../../commands/registry.ts';
import { useBoardUi, useBoardView, useEditor } from '../../../editor/board/context.tsx';
import type { BoardColumn, CellDimensions } from '../../../editor/board/view.ts';
import { useStore } from '../../../editor/store.ts';
import { useKindLabel } from '../model/useKindLabel.ts';

/** A card's menu, generated from the registered card commands, with "move to" a column. */
export function CardMenu({ cardId }: { cardId: string }) {
  const { t } = useTranslation('commands');
  const editor = useEditor();
  const run = useCommand();
  const view = useBoardUi((s) => s.menu?.view ?? 'main');
  const ref = useRef<HTMLDivElement>(null);
  useStore((s) => s.sessions[editor.sessionId]?.lockedAt);
  const ctx = commandContext(editor, { cardId });

  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not([disabled])')?.focus();
  }, [view]);

  const commands = allCommands().filter((c): c is BoardCommand => c.scope === 'card' && c.inMenu === true && isEnabled(c, ctx));

  function close() {
    editor.setUi({ menu: null });
    editor.focusOn({ kind: 'card', id: cardId });
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
    <div className="card-menu" role="menu" aria-label={t('commands.cardMenu')} ref={ref} onKeyDown={onKeyDown}>
      {view === 'move' ? (
        <MoveTargets ctx={ctx as BoardContext} onDone={close} />
      ) : (
        commands.map((cmd) => (
          <button
            key={cmd.id}
            type="button"
            role="menuitem"
            onClick={() => {
              void run(cmd.id, undefined as never, { cardId });
              // "Move to" opens the second part of the menu; the others are done with it.
              if (cmd.id !== 'moveTo') editor.setUi((ui) => (ui.menu?.cardId === cardId && ui.menu.view === 'main' ? { menu: null } : {}));
            }}
          >
            <span>{t(`commands.${cmd.id}`)}</span>
            <KeyHint keys={cmd.keys?.slice(0, 1) ?? []} />
          </button>
        ))
      )}
    </div>
  );
}

/** "Pindah ke…": every column of the board; the card (or the selection) goes to its end. */
function MoveTargets({ ctx, onDone }: { ctx: BoardContext; onDone: () => void }) {
  const { t } = useTranslation(['board', 'commands']);
  const kindLabel = useKindLabel();
  const run = useCommand();
  const groups = useStore((s) => s.groups);
  const view = useBoardView();
  if (!view) return null;
  const name = (column: BoardColumn) => (column.kind ? kindLabel(column.kind) : column.groupId ? (groups[column.groupId]?.name ?? '') : t('dnd.inbox'));
  return (
    <>
      <p className="menu-title">{t('commands:commands.moveTo')}</p>
      {view.columns.map((column) => (
        <button
          key={column.key}
          type="button"
          role="menuitem"
          onClick={() => {
            const ids = targetCards(ctx);
            const dims: CellDimensions = column.kind ? { kind: column.kind.kind, customKindId: column.kind.customKindId } : { groupId: column.groupId };
            const last = ctx.editor.liveCards().findLast((c) => !ids.includes(c.id) && sharesDimensions(c, dims));
            void run('moveCards', { ids, to: { ...dims, afterCardId: last?.id ?? null } });
            ctx.editor.clearSelection();
            onDone();
          }}
        >
          {name(column)}
        </button>
      ))}
    </>
  );
}
