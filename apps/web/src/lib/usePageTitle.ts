import { useEffect } from 'react';

/** The browser tab's title: "<page> – Krisenfest". */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – Krisenfest` : 'Krisenfest';
  }, [title]);
}
