import type { Content, DynamicContent, TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { glyphCoverage } from '../../../electron/core/pdf/fonts.ts';
import { sessionReport } from '../../../electron/core/pdf/session-report.ts';
import { workshopReport } from '../../../electron/core/pdf/workshop-report.ts';
import { GROUP_NAMES, lampungReportData } from './fixtures.ts';

/** The document definitions are plain data (and two functions): checked here without rendering. */
const A4 = { width: 595.28, height: 841.89, orientation: 'portrait' as const };

function frame(doc: TDocumentDefinitions, part: 'header' | 'footer', page: number, total: number) {
  return JSON.stringify((doc[part] as DynamicContent)(page, total, A4 as never) ?? null);
}

function flatten(content: Content): Array<Record<string, unknown>> {
  if (Array.isArray(content)) return content.flatMap(flatten);
  if (typeof content !== 'object' || content === null) return [];
  const node = content as unknown as Record<string, unknown>;
  const children = ['stack', 'columns', 'ul', 'ol'].flatMap((key) => (Array.isArray(node[key]) ? (node[key] as Content[]) : []));
  return [node, ...children.flatMap(flatten)];
}

describe('the workshop report definition', () => {
  it('numbers every page but the cover, and runs the workshop title along the top', () => {
    const doc = workshopReport(lampungReportData(), glyphCoverage());
    expect(doc.pageSize).toBe('A4');
    expect(frame(doc, 'footer', 1, 12)).toBe('null');
    expect(frame(doc, 'footer', 3, 12)).toContain('Halaman 3 dari 12');
    expect(frame(doc, 'header', 1, 12)).toBe('null');
    expect(frame(doc, 'header', 2, 12)).toContain('PLM Provinsi Lampung 2019');
  });

  it('turns the matrix page to landscape only when the groups need the width', () => {
    const orientations = (groupCount: number) => {
      const data = lampungReportData();
      data.groups = data.groups.slice(0, groupCount);
      return flatten(workshopReport(data, glyphCoverage()).content)
        .filter((node) => node.pageOrientation !== undefined)
        .map((node) => node.pageOrientation);
    };
    // Each session, then the matrix, the achievements per strategy, the closing page and the participant list.
    expect(orientations(GROUP_NAMES.length)).toEqual(['portrait', 'portrait', 'portrait', 'landscape', 'portrait', 'portrait', 'portrait']);
    expect(orientations(4)).toEqual(['portrait', 'portrait', 'portrait', 'portrait', 'portrait', 'portrait', 'portrait']);
    // Without challenge cards there is no matrix page.
    const data = lampungReportData();
    data.cards = data.cards.filter((c) => c.kind !== 'challenge');
    const noMatrix = flatten(workshopReport(data, glyphCoverage()).content).filter((node) => node.pageOrientation !== undefined);
    expect(noMatrix).toHaveLength(6);
  });

  it('speaks English when the app does', () => {
    const doc = workshopReport(lampungReportData({ language: 'en' }), glyphCoverage());
    expect(frame(doc, 'footer', 2, 9)).toContain('Page 2 of 9');
    expect(doc.language).toBe('en-GB');
  });

  it('builds for a workshop with no groups, no sessions and no cards', () => {
    const data = { ...lampungReportData({ withRoster: false }), groups: [], sessions: [], cards: [], links: [], clusters: [] };
    const text = JSON.stringify(workshopReport(data, glyphCoverage()).content);
    expect(text).toContain('Belum ada sesi.');
    expect(text).not.toContain('Matriks tantangan');
    expect(text).toContain('Daftar peserta belum dicatat');
  });
});

describe('the session report definition', () => {
  it('holds only its session and says which one it is', () => {
    const doc = sessionReport(lampungReportData({ sessionId: 's2' }), glyphCoverage());
    const text = JSON.stringify(doc.content);
    expect(text).toContain('Berbagi capaian');
    expect(text).toContain('Hari ke-2, Rabu, 16 Oktober 2019');
    expect(text).not.toContain('Internet lambat');
    expect(frame(doc, 'footer', 1, 2)).toContain('Halaman 1 dari 2');
  });

  it('refuses data that does not hold the session it is about', () => {
    expect(() => sessionReport({ ...lampungReportData(), sessionId: 'missing' }, glyphCoverage())).toThrow(/missing/);
  });
});
