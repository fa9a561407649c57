import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** axe-core on what is on screen now: no critical and no serious violation. */
export async function expectAccessible(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'critical' || v.impact === 'serious').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `${what}: serious or critical accessibility problems`).toEqual([]);
}

export interface AxeReport {
  /** Where the page was: "papan, id", "dialog kartu, en". */
  label: string;
  critical: number;
  serious: number;
  moderate: number;
  minor: number;
  /** `rule (impact) ×nodes: target`, one line per violation, for a failure message. */
  lines: string[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules, plus best practices) on what the page shows now and
 * counts the violations by impact, for the figures a test prints. Counts are per rule and node.
 */
export async function runAxe(page: Page, label: string): Promise<AxeReport> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const report: AxeReport = { label, critical: 0, serious: 0, moderate: 0, minor: 0, lines: [] };
  for (const violation of results.violations) {
    const impact = violation.impact ?? 'minor';
    report[impact] += violation.nodes.length;
    report.lines.push(`${violation.id} (${impact}) ×${violation.nodes.length}: ${violation.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }
  return report;
}

/** One line per report, for the test's output: what the close note of the issue quotes. */
export function axeTable(reports: readonly AxeReport[]): string {
  return reports.map((r) => `axe ${r.label}: critical ${r.critical}, serious ${r.serious}, moderate ${r.moderate}, minor ${r.minor}`).join('\n');
}
