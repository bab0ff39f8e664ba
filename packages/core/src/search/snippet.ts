const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * 摘要 — the part of a text around its first match, with every occurrence of the terms in it wrapped in <mark>
 * (overlapping matches joined: 停电 and 电了 mark 停电了 once) and everything else HTML-escaped.
 */
export function snippet(text: string, terms: readonly string[], width = 80): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  const lower = plain.toLowerCase();
  const marked = new Array<boolean>(plain.length).fill(false);
  let first = -1;
  for (const term of terms) {
    if (!term) continue;
    for (let i = lower.indexOf(term); i >= 0; i = lower.indexOf(term, i + 1)) {
      for (let j = i; j < i + term.length; j++) marked[j] = true;
      if (first < 0 || i < first) first = i;
    }
  }
  const start = first < 0 ? 0 : Math.max(0, Math.min(first - Math.floor(width / 4), plain.length - width));
  const end = Math.min(plain.length, start + width);
  let out = start > 0 ? '…' : '';
  for (let i = start; i < end; ) {
    let j = i;
    while (j < end && marked[j] === marked[i]) j++;
    const piece = escapeHtml(plain.slice(i, j));
    out += marked[i] ? `<mark>${piece}</mark>` : piece;
    i = j;
  }
  return end < plain.length ? `${out}…` : out;
}
