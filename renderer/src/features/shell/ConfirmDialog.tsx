import { useEffect, useRef, type ReactNode } from 'react';
import { Modal } from './Modal.tsx';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm(): void;
  onCancel(): void;
}

/** A modal question with one way forward and one way back (Escape, or the cancel button, which has focus). */
export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const cancel = useRef<HTMLButtonElement>(null);
  // showModal() (in Modal's effect, which runs first) focuses the first button, the one that acts:
  // the safe answer takes the focus back.
  useEffect(() => cancel.current?.focus(), []);
  return (
    <Modal title={title} onClose={onCancel} className="confirm-dialog" role="alertdialog">
      <div className="confirm-body">{children}</div>
      <div className="form-actions">
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" onClick={onCancel} ref={cancel}>
          {cancelLabel}
        </button>
      </div>
    </Modal>
  );
}
