import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { BoardEditor } from '../../editor/board/board-editor.ts';
import { useEditor } from '../../editor/board/context.tsx';
import { focusColumn } from '../../editor/board/focus.ts';
import { cardsOfCell } from '../../editor/board/view.ts';

/**
 * The board's own skip links, right after the app's "Lewati ke isi halaman" (the second and
 * third Tab of the page): to the first card, and to the first column's input, from where
 * Alt+→ / Alt+← step through the columns (wrapping, so the last column is one key away).
 */
export function BoardSkipLinks() {
  const { t } = useTranslation('board');
  const editor = useEditor();
  // The app drew its header long before a board opens.
  const target = document.getElementById('skip-links');
  if (!target) return null;
  const link = (label: string, go: (editor: BoardEditor) => void) => (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        event.preventDefault();
        go(editor);
      }}
    >
      {label}
    </a>
  );
  return createPortal(
    <>
      {link(t('skipToFirstCard'), focusFirstCard)}
      {link(t('skipToCapture'), (e) => {
        const first = e.view()?.columns[0];
        if (first) focusColumn(e, first.key);
      })}
    </>,
    target,
  );
}

/** The first card a person reads on the board (the first column's input on an empty board). */
function focusFirstCard(editor: BoardEditor) {
  const view = editor.view();
  if (!view) return;
  for (const column of view.columns) {
    for (const cell of Object.values(view.cells)) {
      const first = cell.column === column.key ? cardsOfCell(cell)[0] : undefined;
      if (first) return editor.focusOn({ kind: 'card', id: first });
    }
  }
  if (view.columns[0]) focusColumn(editor, view.columns[0].key);
}
