/** Where a sentence ends: Chinese and Latin full stops, question and exclamation marks, semicolons, ellipses, line breaks. */
const END = /[。！？!?；;…\n]/;
/** What may follow an end mark and still belong to the sentence: closing quotes and brackets, repeated marks. */
const TRAILER = /[”’」』）)】》。！？!?…]/;
/** Commas at which a run-on sentence may be cut. */
const COMMA = /[，,]/;

/** Options of `splitSentences`. */
export interface SplitOptions {
  /** A sentence longer than this (in characters) is cut at commas into pieces of at least `minPiece` characters. */
  readonly maxLength?: number;
  readonly minPiece?: number;
}

/**
 * Splits Chinese (or mixed) text into sentences at 。！？；… and line breaks, and cuts long comma runs —
 * spoken opinions often go on for a paragraph with commas only. Each sentence is a trimmed piece of the
 * input, end mark included, in order; nothing is rewritten. A Latin full stop ends a sentence only when
 * followed by a space, so 3.5 and 2024.10 stay whole.
 */
export function splitSentences(text: string, opts: SplitOptions = {}): string[] {
  const maxLength = opts.maxLength ?? 80;
  const minPiece = opts.minPiece ?? 20;
  const out: string[] = [];
  let start = 0;
  const push = (end: number) => {
    const piece = text.slice(start, end).trim();
    start = end;
    if (piece && !/^[\s\p{P}\p{S}]*$/u.test(piece)) out.push(...cutLong(piece, maxLength, minPiece));
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const latinStop = ch === '.' && /\s/.test(text[i + 1] ?? ' ') && /[A-Za-z)]/.test(text[i - 1] ?? '');
    if (!END.test(ch) && !latinStop) continue;
    let end = i + 1;
    while (end < text.length && TRAILER.test(text[end]!)) end++;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return out;
}

/** Cuts a run-on sentence at commas into pieces no shorter than minPiece, each at most about maxLength long. */
function cutLong(sentence: string, maxLength: number, minPiece: number): string[] {
  if (sentence.length <= maxLength) return [sentence];
  const pieces: string[] = [];
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    if (!COMMA.test(sentence[i]!)) continue;
    const len = i + 1 - start;
    const rest = sentence.length - (i + 1);
    // Cut once the piece is long enough, but never leave a stub shorter than minPiece at the end.
    if (len >= minPiece && rest >= minPiece && (len >= maxLength / 2 || i + 1 - start + nextCommaDistance(sentence, i + 1) > maxLength)) {
      pieces.push(sentence.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  pieces.push(sentence.slice(start).trim());
  return pieces.filter(Boolean);
}

/** Characters from `from` to the next comma (or the end). */
function nextCommaDistance(s: string, from: number): number {
  for (let i = from; i < s.length; i++) if (COMMA.test(s[i]!)) return i + 1 - from;
  return s.length - from;
}
