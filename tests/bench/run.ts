import { benchCards } from './cards.bench.ts';
import { benchReports } from './reports.bench.ts';
import { printTable } from './stats.ts';

/**
 * `npm run bench`: measured figures beside a baseline measured in the same run.
 * Speed goals live here, never in unit tests.
 */
const machine = `Node ${process.version}, ${process.platform}/${process.arch}`;
console.log(`Rembuk benchmarks: ${machine}`);

printTable('Cards through dispatch (validation + Kysely + transaction + event) vs the same SQL on node:sqlite', await benchCards());

printTable('Workshop report (1,000 cards, 3 sessions, 6 groups) through the core and its worker vs pdfmake direct', await benchReports());
