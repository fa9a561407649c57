import { describe, expect, it } from 'vitest';
import { allCommands, matchesKey } from '../../../renderer/src/commands/index.ts';
import enCommands from '../../../renderer/src/i18n/en/commands.json';
import idCommands from '../../../renderer/src/i18n/id/commands.json';

const press = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('the command registry', () => {
  it('gives every command a label in both languages, and every label a command', () => {
    for (const cmd of allCommands()) {
      expect(idCommands.commands[cmd.id], cmd.id).toBeTruthy();
      expect(enCommands.commands[cmd.id], cmd.id).toBeTruthy();
    }
    expect(allCommands().map((c) => c.id).sort()).toEqual(Object.keys(idCommands.commands).sort());
    expect(Object.keys(enCommands.commands).sort()).toEqual(Object.keys(idCommands.commands).sort());
  });

  it('never gives one shortcut two meanings where both could apply', () => {
    const seen = new Map<string, string>();
    for (const cmd of allCommands()) {
      // Card keys apply on a focused card, board keys elsewhere: a key may mean one thing in each.
      for (const key of cmd.keys ?? []) {
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
