import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../electron/main/menu.ts';
import { SHELL_WORDS, systemLanguage } from '../../../electron/main/words.ts';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

describe('the production menu', () => {
  for (const platform of ['win32', 'darwin', 'linux'] as const) {
    it(`has no developer tools and no reload on ${platform}, and every label in the chosen language`, () => {
      for (const language of ['id', 'en'] as const) {
        const all = items(menuTemplate(SHELL_WORDS[language], platform));
        for (const role of ['toggleDevTools', 'reload', 'forceReload']) expect(all.some((i) => i.role === role)).toBe(false);
        const labelled = all.filter((i) => i.type !== 'separator' && i.role !== 'appMenu' && i.role !== 'hide' && i.role !== 'hideOthers');
        for (const item of labelled) expect(Object.values(SHELL_WORDS[language])).toContain(item.label);
      }
    });
  }

  it('speaks Indonesian unless the system speaks English', () => {
    expect(systemLanguage(['id-ID'])).toBe('id');
    expect(systemLanguage(['en-GB', 'id'])).toBe('en');
    expect(systemLanguage(['jv-ID'])).toBe('id');
    expect(systemLanguage([])).toBe('id');
  });
});
