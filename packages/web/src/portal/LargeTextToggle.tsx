import { useEffect, useState, type ReactElement } from 'react';

const KEY = 'sl-large-text';

/** 适老化 — a switch that enlarges text and touch targets on every portal page, remembered on this phone. */
export function LargeTextToggle(): ReactElement {
  const [on, setOn] = useState(() => {
    try {
      return window.localStorage.getItem(KEY) === '1';
    } catch {
      return false;
    }
  });
  useEffect(() => {
    document.documentElement.classList.toggle('large-text', on);
    try {
      window.localStorage.setItem(KEY, on ? '1' : '0');
    } catch {
      // Private mode in some browsers: the switch still works for this visit.
    }
  }, [on]);
  return (
    <button type="button" className="large-text-toggle" aria-pressed={on} onClick={() => setOn(!on)}>
      {on ? '标准字号' : '大字模式'}
    </button>
  );
}
