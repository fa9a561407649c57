import { useTranslation } from 'react-i18next';

/**
 * The first stop of the Tab key: jumps past the header to the page's own content. Hidden until
 * it has the focus. A page can offer more targets (the board: its columns) the same way.
 */
export function SkipLink() {
  const { t } = useTranslation('common');
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(event) => {
        // The app routes on the hash: move the focus without changing it.
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {t('skipToContent')}
    </a>
  );
}
