import type { ReactNode } from 'react';
import type workshopTexts from '../../i18n/id/workshop.json';
import { BoardPage } from '../board/BoardPage.tsx';
import { ReportsPage } from '../reports/ReportsPage.tsx';

/**
 * The parts of a workshop, shown as tabs under its title. A feature adds itself here with one
 * entry; the first entry is where opening a workshop lands.
 */
export interface WorkshopSection {
  /** The URL segment: #/workshops/<id>/<section id>. */
  id: string;
  /** The tab's label: a key under `sections` in i18n/{id,en}/workshop.json. */
  labelKey: `sections.${keyof (typeof workshopTexts)['sections']}`;
  render(workshopId: string): ReactNode;
}

export const WORKSHOP_SECTIONS: WorkshopSection[] = [
  { id: 'board', labelKey: 'sections.board', render: (workshopId) => <BoardPage workshopId={workshopId} /> },
  { id: 'reports', labelKey: 'sections.reports', render: (workshopId) => <ReportsPage workshopId={workshopId} /> },
];
