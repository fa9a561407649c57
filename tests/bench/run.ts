import { benchBoard } from './board.bench.ts';
import { benchCards } from './cards.bench.ts';
import { benchReports } from './reports.bench.ts';
import { benchImport } from './import.bench.ts';
import { benchPhones } from './phones.bench.ts';
import { benchPaperwork } from './paperwork.bench.ts';
import { benchRegions } from './regions.bench.ts';
import { benchBackups, benchBombs, benchCrashes } from './safety.bench.ts';
import { printTable } from './stats.ts';

/**
 * `npm run bench`: measured figures beside a baseline measured in the same run.
 * Speed goals live here, never in unit tests.
 */
const machine = `Node ${process.version}, ${process.platform}/${process.arch}`;
console.log(`Rembuk benchmarks: ${machine}`);

printTable('Cards through dispatch (validation + handler + transaction + event) vs the same SQL on node:sqlite', await benchCards());
printTable('Region type-ahead through dispatch (83,762 desa, word index) vs a plain linear scan', await benchRegions());
printTable('Roster import through dispatch (worker read + mapping + one transaction) vs main-thread read and raw inserts', await benchImport());
printTable('Workshop report (1,000 cards, 3 sessions, 6 groups) through the core and its worker vs pdfmake direct', await benchReports());
printTable('Phones through the participants’ door (built host, 127.0.0.1 only) vs a bare node:http server answering the same requests', await benchPhones());
printTable('Paperwork (65 certificates with a logo; a report with 40 photos) through the core and its worker vs pdfmake direct', await benchPaperwork());
printTable('The board in Chromium (built browser host, 2,000 cards in 20 groups; a room’s 17 villages × 20 cards) vs baselines measured in the same run', await benchBoard());
printTable('Backups while cards are written (a worker copies through its own connection) vs the same writes without backups', await benchBackups());
printTable('Power cuts: a writer killed with SIGKILL at random moments, then Rembuk opened again', await benchCrashes());
printTable('Spreadsheet bombs, each read in a fresh process through dispatch (limits checked while streaming)', await benchBombs());
