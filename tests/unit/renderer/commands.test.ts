import { describe, expect, it } from 'vitest';
import { allCommands, matchesKey } from '../../../renderer/src/features/board/commands/index.ts';
import enBoard from '../../../renderer/src/i18n/en/board.json';
import idBoard from '../../../renderer/src/i18n/id/board.json';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('the board’s command registry', () => {
  it('gives every command a label in both languages', () => {
    for (const cmd of allCommands()) {
      expect(idBoard.commands[cmd.id], cmd.id).toBeTruthy();
      expect(enBoard.commands[cmd.id], cmd.id).toBeTruthy();
    }
  });

  it('never gives one shortcut two meanings where both could apply', () => {
    const seen = new Map<string, string>();
    for (const cmd of allCommands()) {
      // Card keys apply on a focused card, board keys elsewhere: a key may mean one thing in each.
      for (const key of cmd.keys) {
        const slot = `${cmd.scope}:${key.toLowerCase()}`;
        expect(seen.get(slot), `${key} in ${cmd.scope}: ${cmd.id} and ${seen.get(slot)}`).toBeUndefined();
        seen.set(slot, cmd.id);
      }
    }
    expect(seen.size).toBeGreaterThan(30);
  });

  it('matches shortcuts as a keyboard sends them', () => {
    expect(matchesKey('Ctrl+Z', press('z', { ctrlKey: true }))).toBe(true);
    expect(matchesKey('Ctrl+Z', press('z', { metaKey: true }))).toBe(true);
    expect(matchesKey('Ctrl+Z', press('Z', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(matchesKey('Ctrl+Shift+Z', press('Z', { ctrlKey: true, shiftKey: true }))).toBe(true);
    expect(matchesKey('M', press('m'))).toBe(true);
    expect(matchesKey('M', press('M', { shiftKey: true }))).toBe(false);
    expect(matchesKey('Shift+M', press('M', { shiftKey: true }))).toBe(true);
    expect(matchesKey('?', press('?', { shiftKey: true }))).toBe(true);
    expect(matchesKey('+', press('+', { shiftKey: true }))).toBe(true);
    expect(matchesKey('Alt+ArrowRight', press('ArrowRight', { altKey: true }))).toBe(true);
    expect(matchesKey('Alt+ArrowRight', press('ArrowRight'))).toBe(false);
    expect(matchesKey('Escape', press('Escape', { shiftKey: true }))).toBe(false);
  });
});
