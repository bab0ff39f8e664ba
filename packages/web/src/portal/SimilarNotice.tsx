import { useEffect, useState, type ReactElement } from 'react';
import { apiPost } from '../api/client.js';

/** What the look-up answers: titles and stages only. */
interface Similar {
  readonly title: string;
  readonly stage: string;
}

/** How long typing must pause before the look-up. */
const PAUSE_MS = 600;

/**
 * 相似建议提示 — once a title or description is typed, existing topics and proposals of the county about the same
 * problem, so the resident can follow one instead; submitting anyway stays possible. Shown politely (a live region).
 */
export function SimilarNotice({ countyId, title, description }: { countyId: string; title: string; description: string }): ReactElement | null {
  const [items, setItems] = useState<readonly Similar[]>([]);
  useEffect(() => {
    const text = `${title} ${description}`.trim();
    if (!countyId || text.length < 4) {
      setItems([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      apiPost<{ items: Similar[] }>('/api/public/proposals/similar', { countyId, title: title.trim(), description: description.trim() }).then(
        (r) => live && setItems(r.items),
        () => live && setItems([]),
      );
    }, PAUSE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [countyId, title, description]);
  return (
    <div aria-live="polite">
      {items.length > 0 && (
        <div className="notice similar" id="h-similar">
          <strong>您反映的问题可能已有人提出，可查看进展</strong>
          <ul>
            {items.map((s) => (
              <li key={s.title}>
                {s.title}
                <span className="similar-stage">（{s.stage}）</span>
              </li>
            ))}
          </ul>
          <p>如果情况不同，仍可继续提交。</p>
        </div>
      )}
    </div>
  );
}
