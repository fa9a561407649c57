import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { allCommands, type Command } from '../../../commands/index.ts';
import { KeyHint } from '../../../commands/KeyHint.tsx';
import type { CommandSection } from '../../../commands/registry.ts';
import { useBoardUi, useEditor } from '../../../editor/board/context.tsx';
import { Modal } from '../../shell/Modal.tsx';

const SECTIONS: CommandSection[] = ['capture', 'cards', 'sort', 'links', 'vote', 'view', 'projector', 'history'];

/** Every shortcut of the board, generated from the command registry ("?" opens it). */
export function KeyboardHelp() {
  const open = useBoardUi((s) => s.helpOpen);
  return open ? <HelpDialog /> : null;
}

function HelpDialog() {
  const { t } = useTranslation(['board', 'commands']);
  const editor = useEditor();
  // Where the keyboard was when "?" opened it (read before the dialog takes the focus), else the help button.
  const [returnTo] = useState(() => editor.ui.focus.target ?? { kind: 'tool' as const, name: 'help' });
  const bySection = (section: CommandSection) => allCommands().filter((c: Command) => c.section === section && (c.keys?.length ?? 0) > 0);
  const close = () => {
    editor.setUi({ helpOpen: false });
    editor.focusOn(returnTo);
  };
  return (
    <Modal title={t('help.title')} onClose={close} className="help-dialog">
      <div className="help-columns">
        {SECTIONS.map((section) => (
          <section key={section}>
            <h3>{t(`commands:commandSections.${section}`)}</h3>
            <dl>
              {bySection(section).map((cmd) => (
                <div key={cmd.id}>
                  <dt>
                    {/* Alt+1 … Alt+9 read as their first few. */}
                    <KeyHint keys={(cmd.keys ?? []).slice(0, 3)} />
                  </dt>
                  <dd>{t(`commands:commands.${cmd.id}`)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <p className="muted">{t('help.selectWithMouse')}</p>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={close}>
          {t('close')}
        </button>
      </div>
    </Modal>
  );
}
