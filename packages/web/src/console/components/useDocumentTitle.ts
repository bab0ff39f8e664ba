import { useEffect } from 'react';

/** Sets the browser tab title of a console page. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · 有事来商量`;
  }, [title]);
}
