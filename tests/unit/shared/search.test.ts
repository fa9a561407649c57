import { describe, expect, it } from 'vitest';
import { matchesSearch, sameName, searchKey } from '#shared/search.ts';

describe('searching the way a facilitator types', () => {
  it('ignores case, accents and punctuation', () => {
    expect(searchKey("  Ma'ruf  AMIN ")).toBe('maruf amin');
    expect(searchKey('José Sungai-Alam, Kec. Bantan')).toBe('jose sungai alam kec bantan');
    expect(matchesSearch('maruf', ["Ma'ruf Amin"])).toBe(true);
    expect(matchesSearch("ma'ruf", ['Maruf Amin'])).toBe(true);
    expect(matchesSearch('MA RUF', ['Maruf'])).toBe(true);
    expect(matchesSearch('sungai alam', ['Desa Sungai-Alam'])).toBe(true);
    expect(matchesSearch('sungaialam', ['Desa Sungai Alam'])).toBe(true);
    expect(matchesSearch('jose', ['José Rizal'])).toBe(true);
    expect(matchesSearch('perpustakaan wonosari', ['Perpustakaan Desa', 'Wonosari'])).toBe(true);
    expect(matchesSearch('maruf', ['Mahruf'])).toBe(false);
    expect(matchesSearch('', ['anything'])).toBe(true);
  });

  it('finds by the start of words in a type-a-few-letters list', () => {
    expect(matchesSearch('sit ra', ['Siti Rahayu'], 'word-start')).toBe(true);
    expect(matchesSearch('maru', ["Ma'ruf Amin"], 'word-start')).toBe(true);
    expect(matchesSearch('iti', ['Siti Rahayu'], 'word-start')).toBe(false);
  });

  it('reads the same name typed twice as the same, however it is spaced or capitalised', () => {
    expect(sameName('Siti  Rahayu', 'siti rahayu')).toBe(true);
    expect(sameName('Siti-Rahayu', 'SITI RAHAYU')).toBe(true);
    expect(sameName("Ma'ruf", 'Maruf')).toBe(true);
    expect(sameName('Siti Rahayu', 'Siti Rahayuni')).toBe(false);
    expect(sameName('', '')).toBe(false);
  });
});
