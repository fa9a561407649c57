import type { Content, TableCell } from 'pdfmake/interfaces';
import { STRATEGY_TAGS, type StrategyTag } from '#shared/model.ts';
import { reportTable, type ReportKit } from './kit.ts';

/**
 * The evaluation of achievements per TPBIS strategy (service improvement, community involvement,
 * advocacy and publication), as the Dinas reports them: how many achievement cards each strategy
 * has and from how many groups, then per strategy its cards with their group.
 */
export function strategySection(kit: ReportKit): Content[] {
  const { data } = kit;
  const words = kit.words.paper.report;
  const achievements = data.cards.filter((c) => c.kind === 'achievement');
  const content: Content[] = [{ text: words.strategies, style: 'h1', pageBreak: 'before', pageOrientation: 'portrait' }];
  if (achievements.length === 0) return [...content, { text: words.noAchievements, style: 'muted' }];
  const groupName = new Map(data.groups.map((g) => [g.id, g.name]));
  const tags: Array<StrategyTag | null> = [...STRATEGY_TAGS, null];
  const cardsOf = (tag: StrategyTag | null) => achievements.filter((c) => c.tag === tag);
  const used = tags.filter((tag) => tag !== null || cardsOf(null).length > 0);
  content.push({ text: words.strategiesIntro, style: 'muted', margin: [0, 0, 0, 8] });
  content.push(
    reportTable(kit, {
      widths: ['*', 60, 60],
      columns: [words.strategyColumns.strategy, words.strategyColumns.cards, words.strategyColumns.groups],
      rows: [
        ...used.map((tag): TableCell[] => {
          const cards = cardsOf(tag);
          return [
            { text: kit.words.tag[tag ?? 'none'] },
            { text: kit.number(cards.length), alignment: 'right', bold: true },
            { text: kit.number(new Set(cards.map((c) => c.groupId ?? '')).size), alignment: 'right' },
          ];
        }),
        [{ text: kit.words.total, bold: true }, { text: kit.number(achievements.length), alignment: 'right', bold: true }, { text: '' }],
      ],
    }),
  );
  for (const tag of used) {
    const cards = cardsOf(tag);
    if (cards.length === 0) continue;
    content.push(
      reportTable(kit, {
        widths: [22, 110, '*'],
        lead: [{ text: `${kit.words.tag[tag ?? 'none']} (${kit.number(cards.length)})`, style: 'h3' }],
        rows: cards.map((card, i) => [
          { text: `${kit.number(i + 1)}.` },
          { text: card.groupId ? [kit.print(groupName.get(card.groupId) ?? '')].flat() : kit.words.inbox, style: 'muted' },
          { text: kit.print(card.text) },
        ]),
      }),
    );
  }
  return content;
}
