import { AlignmentType, BorderStyle, Footer, Header, LineRuleType, PageNumber, Paragraph, type IParagraphOptions, type IRunOptions, TextRun } from 'docx';

// 党政机关公文格式 GB/T 9704-2012, in the units of WordprocessingML: twips (1/20 pt), half-points for
// font sizes, eighths of a point for borders.

/** Millimetres to twips. */
export const mm = (n: number): number => Math.round((n / 25.4) * 1440);

/** A4, 210 mm × 297 mm (5.2.1). */
export const PAGE = { width: 11906, height: 16838 } as const;

/** 页边: 天头 37 mm, bottom 35 mm, 订口 (left) 28 mm, right 26 mm — a 版心 of 156 mm × 225 mm (5.2.2). */
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(22) } as const;

/** The 版心's width: 156 mm. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

/** 22 lines of 28 characters (5.2.3): the line pitch is 225 mm / 22 ≈ 28.95 pt, fixed on every line. */
export const LINE_PITCH = 579;
/** Characters per line (5.2.3). */
export const CHARS_PER_LINE = 28;
/** The pitch they are set at, in twips: 156 mm / 28 ≈ 15.8 pt (a 3号 character is 16 pt). */
export const CHAR_PITCH = TEXT_WIDTH / CHARS_PER_LINE;

/** Font sizes in points: 2号 22, 3号 16, 4号 14, 5号 10.5, 小五 9. */
export const SIZE = { er: 22, san: 16, si: 14, wu: 10.5, xiaowu: 9 } as const;

/** The body's font size, in the document's defaults: the character grid is counted against it. */
export const BODY_SIZE = SIZE.san;

/**
 * How much closer than its size a body character is set, in twips: 28 characters of 3号 (16 pt) need a pitch
 * of 156 mm / 28 ≈ 15.8 pt. Word would squeeze them onto a character grid (docGrid charSpace), but LibreOffice
 * then gives each 16 pt character two cells of the grid; a character spacing of −0.25 pt on every run gives
 * 28 a line in Word, WPS and LibreOffice alike, on a line grid of 22 lines.
 */
export const CHAR_TIGHTEN = Math.floor(CHAR_PITCH - BODY_SIZE * 20);

/** The fonts named (not embedded): the reader's Word or WPS has them; elsewhere they are substituted. */
export const FONT = {
  /** 正文 — 3号仿宋. */
  fangsong: '仿宋_GB2312',
  /** 标题 and 发文机关标志 — 小标宋. */
  xiaobiaosong: '方正小标宋简体',
  /** 一级标题 "一、". */
  heiti: '黑体',
  /** 二级标题 "（一）". */
  kaiti: '楷体_GB2312',
  /** 页码 — 4号半角宋体. */
  songti: '宋体',
  /** Latin letters and digits of the body. */
  latin: 'Times New Roman',
} as const;

/** 红色 of the 发文机关标志 and its rule. */
export const RED = 'FF0000';

/** The w:rFonts of a run: the Chinese font for East Asian text, and for Latin text the same or Times New Roman. */
export const fontsOf = (eastAsia: string, latin: string = FONT.latin) => ({ ascii: latin, hAnsi: latin, eastAsia, cs: latin });

/** A run of text in a named Chinese font and size (points). */
export const run = (text: string, eastAsia: string, sizePt: number, extra: Omit<IRunOptions, 'text' | 'font' | 'size'> = {}): TextRun =>
  new TextRun({ text, font: fontsOf(eastAsia), size: Math.round(sizePt * 2), ...extra });

/** Exactly one line of the grid: the spacing of every body line. */
export const EXACT_LINE = { line: LINE_PITCH, lineRule: LineRuleType.EXACT } as const;

/** n characters of the grid, in twips (for indents). */
export const chars = (n: number): number => Math.round(n * CHAR_PITCH);

/** 左空二字 — the first line of a body paragraph. */
export const FIRST_LINE_INDENT = { firstLine: chars(2), firstLineChars: 200 } as const;

/** A paragraph on the line grid (exact line spacing). */
export const gridParagraph = (options: IParagraphOptions): Paragraph => new Paragraph({ ...options, spacing: { ...EXACT_LINE, ...options.spacing } });

/** An empty line of the grid (空一行). */
export const blankLine = (): Paragraph => gridParagraph({ children: [run('', FONT.fangsong, BODY_SIZE)] });

/**
 * The width of a line of text in characters: CJK and full-width characters count one, the rest half, and each
 * change between Latin letters or digits and Chinese a fifth (the space Word and LibreOffice put there).
 */
export function widthInChars(text: string): number {
  const chars = Array.from(text);
  const latin = (ch: string) => /[\u0000-\u00ff]/.test(ch);
  const switches = chars.filter((ch, i) => i > 0 && /[A-Za-z0-9]/.test(latin(ch) ? ch : chars[i - 1]!) && latin(ch) !== latin(chars[i - 1]!)).length;
  return chars.reduce((n, ch) => n + (latin(ch) ? 0.5 : 1), 0) + switches * 0.2;
}

/**
 * 页码 (7.5): 4号半角宋体 Arabic numerals between two 一字线, "— 1 —", below the 版心; odd pages on the
 * right and even pages on the left, each one character in from the edge.
 */
function pageNumber(side: 'odd' | 'even'): Footer {
  const inset = Math.round(SIZE.si * 20);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: inset } : { left: inset },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: fontsOf(FONT.songti, FONT.songti), size: SIZE.si * 2 })],
      }),
    ],
  });
}

/** The footers of a document: odd and even pages. */
export const pageNumberFooters = () => ({ default: pageNumber('odd'), even: pageNumber('even') });

/** 平台标识 (第四条(七)): “有事来商量” small (小五) at the head of every page, odd and even. */
function markHeader(mark: string): Header {
  return new Header({
    children: [new Paragraph({ alignment: AlignmentType.LEFT, children: [run(mark, FONT.heiti, SIZE.xiaowu, { color: '7F7F7F' })] })],
  });
}

/** The headers of a document: the mark on odd and even pages. */
export const markHeaders = (mark: string) => ({ default: markHeader(mark), even: markHeader(mark) });

/** A border in eighths of a point: the 版记's rules are 0.35 mm (≈ 1 pt, 8) thick and 0.25 mm (≈ 0.75 pt, 6) thin. */
export const rule = (size: number, color = '000000') => ({ style: BorderStyle.SINGLE, size, color, space: 0 });
