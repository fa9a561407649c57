import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal dialog (the browser's own <dialog>: focus stays inside, Esc closes). Keys pressed in
 * it never reach the board's shortcuts.
 */
export function Modal({
  title,
  onClose,
  children,
  className = '',
  role,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  /** `alertdialog` for a question that must be answered. */
  role?: 'alertdialog';
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={`modal ${className}`}
      role={role}
      aria-label={title}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => e.stopPropagation()}
    >
      <h2>{title}</h2>
      {children}
    </dialog>
  );
}
