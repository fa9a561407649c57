import { useEffect, useLayoutEffect, useMemo, useRef, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { Card } from '#shared/model.ts';
import type { BoardColumn, BoardView } from '../../../editor/board/view.ts';
import { useBoard, useBoardUi, useEditor } from '../../../editor/board/context.tsx';
import { useGroupNumbers } from '../../groups/group-numbers.ts';
import { BOX, cellSize, groupGeometry, type PlannedCard } from '../../../projector/plan-layout.ts';
import { otherGroups, panelItems, plannedCard, projectedText, type ProjectorItem } from '../../../projector/projector-items.ts';
import { measureText } from '../../../projector/measure-text.ts';
import { ProjectorPanel } from './ProjectorPanel.tsx';
import { useProjectorPlan } from './useProjectorPlan.ts';
import { useCardDots } from '../vote/useCardDots.ts';

/**
 * The board on the projector: every group at once when its text can stay large enough to read
 * from the back row, else pages of groups the facilitator steps through (PageDown, PageUp),
 * said on screen. A spotlighted group gets the whole screen.
 */
export function ProjectorView({ view, columns }: { view: BoardView; columns: BoardColumn[] }) {
  const { t } = useTranslation('board');
  const editor = useEditor();
  const stage = useRef<HTMLDivElement>(null);
  const zoom = useBoardUi((s) => s.projector.zoom);
  const storedPage = useBoardUi((s) => s.projector.page);
  const dots = useCardDots();
  const cards = useBoard((s) => s.cards);
  const groupNumbers = useGroupNumbers(editor.session()?.workshopId ?? '');

  const panels = useMemo(() => {
    const label = (field: 'who' | 'byWhen' | 'indicator') => t(`fields.${field}`);
    return columns.map((column) => {
      const items = panelItems(view, column.key);
      const planned: PlannedCard[] = [];
      for (const item of items) {
        if (item.type === 'cluster') planned.push(clusterTitle(item, cards, column, groupNumbers, editor.clusters.get(item.id)?.title ?? ''));
        for (const id of item.type === 'cluster' ? item.members : [item.id]) {
          const card = cards[id];
          if (card) planned.push(plannedCard(projectedText(card, label), { dots: dots.get(id) ?? 0, phone: card.deviceId !== null, badge: column.kind !== null }));
        }
      }
      return { column, items, cards: planned };
    });
  }, [columns, view, cards, dots, groupNumbers, editor, t]);

  const contentKey = useMemo(() => JSON.stringify(panels.map((p) => p.cards)), [panels]);
  const { plan, size, overflowed } = useProjectorPlan(stage, panels, zoom, contentKey);
  const pageCount = plan?.pages.length ?? 1;
  const page = Math.min(storedPage, pageCount - 1);
  const pageKeys = useMemo(() => plan?.pages.map((p) => p.map((i) => panels[i]!.column.key)) ?? [], [plan, panels]);

  // The editor keeps the pages, so PageDown, PageUp and the spotlight know where each group is
  // (not while one group is spotlit: that plan has it alone, on a page of its own).
  const spotlit = useBoardUi((s) => s.projector.focus !== null);
  useEffect(() => {
    if (spotlit) return;
    const known = editor.ui.projector.pages;
    if (JSON.stringify(known) !== JSON.stringify(pageKeys)) editor.setUi((ui) => ({ projector: { ...ui.projector, pages: pageKeys } }));
  }, [editor, pageKeys, spotlit]);

  useLayoutEffect(() => {
    const lists = stage.current?.querySelectorAll<HTMLElement>('.projector-cards') ?? [];
    overflowed([...lists].some((list) => list.scrollHeight > list.clientHeight + 1 || list.scrollWidth > list.clientWidth + 1));
  });

  const shown = plan ? (plan.pages[page] ?? []).map((i) => panels[i]!) : [];
  const cell = plan ? cellSize(size, plan.columns, plan.rows) : null;
  const style = plan
    ? ({
        fontSize: `${plan.fontPx}px`,
        height: `${size.height}px`,
        gridTemplateColumns: `repeat(${plan.columns}, minmax(0, 1fr))`,
        gridTemplateRows: `repeat(${plan.rows}, minmax(0, 1fr))`,
        ...boxProperties(),
      } as CSSProperties)
    : undefined;

  return (
    <>
      {pageCount > 1 && <PageIndicator page={page} count={pageCount} />}
    <div className="projector-stage" ref={stage}>
      {plan && cell && (
        <div
          className="projector-page"
          role="list"
          aria-label={t(view.layout === 'kinds' ? 'kinds' : 'groups')}
          style={style}
          data-font-px={plan.fontPx}
        >
          {shown.map(({ column, items, cards: planned }) => (
            <ProjectorPanel
              key={column.key}
              column={column}
              items={items}
              number={column.groupId ? (groupNumbers.get(column.groupId) ?? null) : null}
              geometry={groupGeometry(measureText, planned, cell.cellWidth, cell.cellHeight, plan.fontPx) ?? fallbackGeometry(cell, plan.fontPx)}
              fontPx={plan.fontPx}
              groupNumbers={groupNumbers}
              dots={dots}
            />
          ))}
        </div>
      )}
    </div>
    </>
  );
}

/** Said on screen and to a screen reader: which page of groups this is, and the key to the next. */
function PageIndicator({ page, count }: { page: number; count: number }) {
  const { t } = useTranslation('board');
  return (
    <p className="projector-page-indicator" data-testid="projector-page" data-page={page + 1} data-pages={count} aria-live="polite">
      {t('projectorPage', { page: page + 1, count })}
    </p>
  );
}

/** The cluster's title, and the badges of the other groups it is shared with. */
function clusterTitle(item: Extract<ProjectorItem, { type: 'cluster' }>, cards: Readonly<Record<string, Card>>, column: BoardColumn, numbers: Map<string, number>, title: string): PlannedCard {
  const others = otherGroups(item.id, cards, column.groupId, numbers);
  return { text: [title, ...others.map((n) => `[${n}]`)].join(' '), leadEm: BOX.iconEm };
}

/** A group too long for one screen even alone: drawn at the floor, its last cards cut. */
function fallbackGeometry(cell: { cellWidth: number; cellHeight: number }, fontPx: number) {
  const cardsHeight = Math.max(0, cell.cellHeight - BOX.panelTopPx - BOX.panelBorderPx - 2 * BOX.panelPadPx - BOX.headerEm * fontPx);
  return { ...cell, cardsHeight, cardColumns: 4, textWidth: cell.cellWidth / 4 };
}

/** The sizes the planner counted with, for the stylesheet. */
function boxProperties(): Record<string, string> {
  return {
    '--gap': `${BOX.gapPx}px`,
    '--panel-border': `${BOX.panelBorderPx}px`,
    '--panel-top': `${BOX.panelTopPx}px`,
    '--panel-pad': `${BOX.panelPadPx}px`,
    '--header': `${BOX.headerEm}em`,
    '--card-column-gap': `${BOX.cardColumnGapPx}px`,
    '--card-border': `${BOX.cardBorderPx}px`,
    '--card-pad-x': `${BOX.cardPadXEm}em`,
    '--card-pad-y': `${BOX.cardPadYEm}em`,
    '--card-gap': `${BOX.cardGapEm}em`,
    '--line-height': String(BOX.lineHeight),
    '--icon': `${BOX.iconEm}em`,
  };
}
