import type { ReactNode } from 'react';
import type workshopTexts from '../../i18n/id/workshop.json';
import { AgendaPage } from '../agenda/AgendaPage.tsx';
import { AttendancePage } from '../attendance/AttendancePage.tsx';
import { AwardsPage } from '../awards/AwardsPage.tsx';
import { DocumentationPage } from '../documentation/DocumentationPage.tsx';
import { BoardPage } from '../board/BoardPage.tsx';
import { DetailsPage } from '../details/DetailsPage.tsx';
import { GroupsPage } from '../groups/GroupsPage.tsx';
import { ReportsPage } from '../reports/ReportsPage.tsx';
import { RosterPage } from '../roster/RosterPage.tsx';
import { SummaryPage } from '../summary/SummaryPage.tsx';

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
  { id: 'agenda', labelKey: 'sections.agenda', render: (workshopId) => <AgendaPage workshopId={workshopId} /> },
  { id: 'details', labelKey: 'sections.details', render: (workshopId) => <DetailsPage workshopId={workshopId} /> },
  { id: 'groups', labelKey: 'sections.groups', render: (workshopId) => <GroupsPage workshopId={workshopId} /> },
  { id: 'participants', labelKey: 'sections.roster', render: (workshopId) => <RosterPage workshopId={workshopId} /> },
  { id: 'attendance', labelKey: 'sections.attendance', render: (workshopId) => <AttendancePage workshopId={workshopId} /> },
  { id: 'summary', labelKey: 'sections.summary', render: (workshopId) => <SummaryPage workshopId={workshopId} /> },
  { id: 'documentation', labelKey: 'sections.documentation', render: (workshopId) => <DocumentationPage workshopId={workshopId} /> },
  { id: 'awards', labelKey: 'sections.awards', render: (workshopId) => <AwardsPage workshopId={workshopId} /> },
  { id: 'reports', labelKey: 'sections.reports', render: (workshopId) => <ReportsPage workshopId={workshopId} /> },
];
