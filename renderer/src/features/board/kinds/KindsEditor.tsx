import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { KIND_ICONS, type CustomKind, type KindIcon, type Session } from '#shared/model.ts';
import { compareKeys } from '#shared/ordering.ts';
import { GROUP_PALETTE, type GroupColor } from '#shared/palette.ts';
import { KIND_LABEL_MAX } from '#shared/schemas.ts';
import { useCommand } from '../../../commands/useCommand.ts';
import { useBoard } from '../../../editor/board/context.tsx';
import { useNameEntry } from '../../shell/useNameEntry.ts';
import { Icon } from '../Icon.tsx';

/** A blank board's own kinds, each a column: a name, a colour and an icon (never colour alone). */
export function KindsEditor({ session }: { session: Session }) {
  const { t } = useTranslation('board');
  const run = useCommand();
  const kinds = useBoard(useShallow((s) => Object.values(s.customKinds).filter((k) => k.deletedAt === null).sort(compareKeys)));
  const locked = session.lockedAt !== null;
  const next = GROUP_PALETTE[kinds.length % GROUP_PALETTE.length]!.key;
  const entry = useNameEntry((label) => run('createKind', { label, color: next, icon: KIND_ICONS[(kinds.length + 4) % KIND_ICONS.length]! }));
  return (
    <section className="bar kinds-editor" aria-label={t('kindsEditor.title')}>
      <strong>{t('kindsEditor.title')}</strong>
      <ul>
        {kinds.map((kind) => (
          <KindRow key={kind.id} kind={kind} locked={locked} />
        ))}
      </ul>
      {!locked && (
        <form onSubmit={entry.submit}>
          <label>
            {t('kindsEditor.add')}
            <input value={entry.text} onChange={(e) => entry.setText(e.target.value)} maxLength={KIND_LABEL_MAX} placeholder={t('kindsEditor.placeholder')} />
          </label>
        </form>
      )}
    </section>
  );
}

function KindRow({ kind, locked }: { kind: CustomKind; locked: boolean }) {
  const { t } = useTranslation('board');
  const run = useCommand();
  const update = (fields: { label?: string; color?: GroupColor; icon?: KindIcon }) => void run('updateKind', { id: kind.id, fields });
  return (
    <li className="kind-row">
      <Icon name={kind.icon} />
      <input
        defaultValue={kind.label}
        maxLength={KIND_LABEL_MAX}
        disabled={locked}
        aria-label={t('kindsEditor.name')}
        onBlur={(e) => e.target.value.trim() !== kind.label && update({ label: e.target.value.trim() })}
      />
      <select value={kind.color} disabled={locked} aria-label={t('kindsEditor.color')} onChange={(e) => update({ color: e.target.value as GroupColor })}>
        {GROUP_PALETTE.map((c) => (
          <option key={c.key} value={c.key}>
            {t(`colors.${c.key}`)}
          </option>
        ))}
      </select>
      <select value={kind.icon} disabled={locked} aria-label={t('kindsEditor.icon')} onChange={(e) => update({ icon: e.target.value as KindIcon })}>
        {KIND_ICONS.map((icon) => (
          <option key={icon} value={icon}>
            {t(`icons.${icon}`)}
          </option>
        ))}
      </select>
      {!locked && (
        <button type="button" onClick={() => void run('deleteKind', { id: kind.id })} aria-label={t('kindsEditor.remove', { name: kind.label })}>
          <Icon name="trash" />
        </button>
      )}
    </li>
  );
}
