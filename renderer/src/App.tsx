import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { BoardPage } from './features/board/BoardPage.tsx';
import { Header } from './features/shell/Header.tsx';
import { Notices } from './features/shell/Notices.tsx';
import { useUndoShortcuts } from './features/shell/useUndoShortcuts.ts';
import { WorkshopListPage } from './features/workshops/WorkshopListPage.tsx';

/** Hash routes work the same under app:// (desktop) and http://127.0.0.1 (browser host). */
export function App() {
  useUndoShortcuts();
  return (
    <Router hook={useHashLocation}>
      <Header />
      <main className="page">
        <Switch>
          <Route path="/workshops/:workshopId/sessions/:sessionId">
            {(params) => <BoardPage workshopId={params.workshopId} sessionId={params.sessionId} />}
          </Route>
          <Route path="/workshops/:workshopId">{(params) => <BoardPage workshopId={params.workshopId} />}</Route>
          <Route>
            <WorkshopListPage />
          </Route>
        </Switch>
      </main>
      <Notices />
    </Router>
  );
}
