import { describe, expect, it } from 'vitest';
import { rosterLabels } from '../../../renderer/src/phone/roster-labels.ts';

const groups = [
  { id: 'g1', name: 'Wonosari', color: 'blue' },
  { id: 'g2', name: 'Kuala Alam', color: 'orange' },
] as const;

describe('the names a phone offers to pick from', () => {
  it('names two people of one name with their groups, and everyone else by name alone', () => {
    const labels = rosterLabels(
      {
        groups: [...groups],
        roster: [
          { id: 'p1', name: 'Budi Santoso', groupId: 'g1' },
          { id: 'p2', name: 'Siti Aminah', groupId: 'g1' },
          // Written as the field writes it: the same name to a reader.
          { id: 'p3', name: 'siti  aminah', groupId: 'g2' },
          { id: 'p4', name: 'Siti Aminah', groupId: null },
        ],
      },
      (name, group) => `${name} (${group})`,
      'tanpa kelompok',
    );
    expect([...labels.values()]).toEqual(['Budi Santoso', 'Siti Aminah (Wonosari)', 'siti  aminah (Kuala Alam)', 'Siti Aminah (tanpa kelompok)']);
  });
});
