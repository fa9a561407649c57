import { useTranslation } from 'react-i18next';
import { allCommands, type Command } from '../commands/index.ts';
import { KeyHint } from '../commands/KeyHint.tsx';
import type { CommandSection } from '../commands/registry.ts';
import { setBoardUi, useBoardUi } from '../ui-state.ts';
import { Modal } from '../../shell/Modal.tsx';

const SECTIONS: CommandSection[] = ['capture', 'cards', 'sort', 'links', 'vote', 'view', 'projector', 'history'];

/** Every shortcut of the board, generated from the command registry ("?" opens it). */
export function KeyboardHelp({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('board');
  const open = useBoardUi((s) => s.helpOpen);
  if (!open || !sessionId) return null;
  const bySection = (section: CommandSection) => allCommands().filter((c: Command) => c.section === section && c.keys.length > 0);
  return (
    <Modal title={t('help.title')} onClose={() => setBoardUi({ helpOpen: false })} className="help-dialog">
      <div className="help-columns">
        {SECTIONS.map((section) => (
          <section key={section}>
            <h3>{t(`commandSections.${section}`)}</h3>
            <dl>
              {bySection(section).map((cmd) => (
                <div key={cmd.id}>
                  <dt>
                    <KeyHint keys={cmd.keys} />
                  </dt>
                  <dd>{t(`commands.${cmd.id}`)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="muted">{t('help.selectWithMouse')}</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={() => setBoardUi({ helpOpen: false })}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
