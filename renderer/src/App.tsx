import { Route, Router, Switch } from 'wouter';
import { useKeyboard } from './commands/useKeyboard.ts';
import { useHashLocation } from 'wouter/use-hash-location';
import { BackupsPage } from './features/backups/BackupsPage.tsx';
import { BoardPage } from './features/board/BoardPage.tsx';
import { Header } from './features/shell/Header.tsx';
import { Notices } from './features/shell/Notices.tsx';
import { SkipLink } from './features/shell/SkipLink.tsx';
import { WorkshopLayout } from './features/workshop/WorkshopLayout.tsx';
import { WORKSHOP_SECTIONS } from './features/workshop/sections.tsx';
import { WorkshopListPage } from './features/workshops/WorkshopListPage.tsx';

/** Hash routes work the same under app:// (desktop) and http://127.0.0.1 (browser host). */
export function App() {
  useKeyboard();
  return (
    <Router hook={useHashLocation}>
      {/* A page adds its own skip links here (the board: to its first card and input). */}
      <div id="skip-links">
        <SkipLink />
      </div>
      <Header />
      <main className="page" id="main" tabIndex={-1}>
        <Switch>
          <Route path="/workshops/:workshopId/sessions/:sessionId">
            {(params) => (
              <WorkshopLayout workshopId={params.workshopId} sectionId="board">
                <BoardPage workshopId={params.workshopId} sessionId={params.sessionId} />
              </WorkshopLayout>
            )}
          </Route>
          <Route path="/cadangan">
            <BackupsPage />
          </Route>
          <Route path="/workshops/:workshopId/:sectionId?">
            {(params) => <WorkshopSectionPage workshopId={params.workshopId} sectionId={params.sectionId} />}
          </Route>
          <Route>
            <WorkshopListPage />
          </Route>
        </Switch>
      </main>
      <Notices />
    </Router>
  );
}

function WorkshopSectionPage({ workshopId, sectionId }: { workshopId: string; sectionId: string | undefined }) {
  const section = WORKSHOP_SECTIONS.find((s) => s.id === sectionId) ?? WORKSHOP_SECTIONS[0]!;
  return (
    <WorkshopLayout workshopId={workshopId} sectionId={section.id}>
      {section.render(workshopId)}
    </WorkshopLayout>
  );
}
