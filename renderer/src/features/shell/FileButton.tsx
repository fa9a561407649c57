import type { ReactNode } from 'react';

interface FileButtonProps {
  /** The button's words, in the UI language (the browser's own "Choose File" is not). */
  children: ReactNode;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  /** A name for screen readers when the visible words are not the whole story. */
  ariaLabel?: string;
  inputRef?: (element: HTMLElement | null) => void;
  onFiles(files: File[]): unknown;
}

/**
 * Choosing files through a button that speaks the UI language: a label styled as a button around a
 * visually hidden file input (still reached by Tab, read by its label). The input is emptied after
 * each choice, so choosing the same file again works.
 */
export function FileButton({ children, accept, multiple = false, disabled = false, ariaLabel, inputRef, onFiles }: FileButtonProps) {
  return (
    <label className="button-like">
      {children}
      <input
        ref={inputRef}
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        className="visually-hidden"
        aria-label={ariaLabel}
        onChange={async (e) => {
          const input = e.currentTarget;
          const files = [...(input.files ?? [])];
          if (files.length) await onFiles(files);
          input.value = '';
        }}
      />
    </label>
  );
}
