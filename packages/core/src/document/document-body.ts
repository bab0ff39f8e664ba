/** One block of a document's body: a first- or second-level heading, a labelled line, or a paragraph. */
export type BodyBlock =
  | { readonly kind: 'h1'; readonly text: string }
  | { readonly kind: 'h2'; readonly heading: string; readonly text: string }
  | { readonly kind: 'label'; readonly label: string; readonly text: string }
  | { readonly kind: 'p'; readonly text: string };

/** 一、 — the numbering of a first-level heading (黑体). */
const H1 = /^[一二三四五六七八九十百]+、/;
/** （一） — a second-level heading (楷体): its number and, when the line ends there, the sentence it opens. */
const H2 = /^（[一二三四五六七八九十百]+）/;
/** 时间：… 出席：… — the labelled lines of a 纪要's head (黑体 label). */
const LABEL = /^(时间|地点|主持|出席|列席|请假|记录|参加人员|会议议题)：/;

/**
 * Reads an edited body as blocks, one per non-empty line: a line opening with 一、 is a first-level
 * heading, with （一） a second-level one — the heading ends at the first full stop (。), the rest of the
 * line stays in the body font — with 出席： and the like a labelled line, and any other a paragraph.
 */
export function parseBody(body: string): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    if (H1.test(line)) blocks.push({ kind: 'h1', text: line });
    else if (H2.test(line)) {
      const stop = line.indexOf('。');
      blocks.push(stop >= 0 && stop < line.length - 1 ? { kind: 'h2', heading: line.slice(0, stop + 1), text: line.slice(stop + 1) } : { kind: 'h2', heading: line, text: '' });
    } else {
      const label = LABEL.exec(line);
      blocks.push(label ? { kind: 'label', label: label[0], text: line.slice(label[0].length) } : { kind: 'p', text: line });
    }
  }
  return blocks;
}

/** 一、二、… — the Chinese numeral of a heading number (1 to 99). */
export function chineseNumber(n: number): string {
  const digits = '零一二三四五六七八九';
  if (n < 10) return digits[n]!;
  if (n < 20) return `十${n % 10 ? digits[n % 10] : ''}`;
  return `${digits[Math.floor(n / 10)]}十${n % 10 ? digits[n % 10] : ''}`;
}
