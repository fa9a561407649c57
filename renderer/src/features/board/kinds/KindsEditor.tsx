import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { KIND_ICONS, type CustomKind, type KindIcon, type Session } from '#shared/model.ts';
import { compareKeys } from '#shared/ordering.ts';
import { GROUP_PALETTE, type GroupColor } from '#shared/palette.ts';
import { KIND_LABEL_MAX } from '#shared/schemas.ts';
import { createKind, deleteKind, updateKind } from '../../../state/kind-actions.ts';
import { useStore } from '../../../state/store.ts';
import { Icon } from '../Icon.tsx';

/** A blank board's own kinds, each a column: a name, a colour and an icon (never colour alone). */
export function KindsEditor({ session }: { session: Session }) {
  const { t } = useTranslation('board');
  const kinds = useStore(useShallow((s) => Object.values(s.customKinds).filter((k) => k.sessionId === session.id && k.deletedAt === null).sort(compareKeys)));
  const locked = session.lockedAt !== null;
  const [label, setLabel] = useState('');
  const next = GROUP_PALETTE[kinds.length % GROUP_PALETTE.length]!.key;
  return (
    <section className="bar kinds-editor" aria-label={t('kindsEditor.title')}>
      <strong>{t('kindsEditor.title')}</strong>
      <ul>
        {kinds.map((kind) => (
          <KindRow key={kind.id} kind={kind} locked={locked} />
        ))}
      </ul>
      {!locked && (
        <form
          onSubmit={async (e) => {
            e.preventDefault();
            if (await createKind(session.id, { label, color: next, icon: KIND_ICONS[(kinds.length + 4) % KIND_ICONS.length]! })) setLabel('');
          }}
        >
          <label>
            {t('kindsEditor.add')}
            <input value={label} onChange={(e) => setLabel(e.target.value)} maxLength={KIND_LABEL_MAX} placeholder={t('kindsEditor.placeholder')} />
          </label>
        </form>
      )}
    </section>
  );
}

function KindRow({ kind, locked }: { kind: CustomKind; locked: boolean }) {
  const { t } = useTranslation('board');
  return (
    <li className="kind-row">
      <Icon name={kind.icon} />
      <input
        defaultValue={kind.label}
        maxLength={KIND_LABEL_MAX}
        disabled={locked}
        aria-label={t('kindsEditor.name')}
        onBlur={(e) => e.target.value.trim() !== kind.label && void updateKind(kind.id, { label: e.target.value })}
      />
      <select value={kind.color} disabled={locked} aria-label={t('kindsEditor.color')} onChange={(e) => void updateKind(kind.id, { color: e.target.value as GroupColor })}>
        {GROUP_PALETTE.map((c) => (
          <option key={c.key} value={c.key}>
            {t(`colors.${c.key}`)}
          </option>
        ))}
      </select>
      <select value={kind.icon} disabled={locked} aria-label={t('kindsEditor.icon')} onChange={(e) => void updateKind(kind.id, { icon: e.target.value as KindIcon })}>
        {KIND_ICONS.map((icon) => (
          <option key={icon} value={icon}>
            {t(`icons.${icon}`)}
          </option>
        ))}
      </select>
      {!locked && (
        <button type="button" onClick={() => void deleteKind(kind.id)} aria-label={t('kindsEditor.remove', { name: kind.label })}>
          <Icon name="trash" />
        </button>
      )}
    </li>
  );
}
