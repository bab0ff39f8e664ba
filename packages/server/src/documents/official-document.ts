import { type BodyBlock, parseBody } from '@shangliang/core';
import {
  AlignmentType,
  BorderStyle,
  Document,
  DocumentGridType,
  Packer,
  type Paragraph,
  RelativeVerticalPosition,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  WidthType,
} from 'docx';
import { segment } from '../text/segment.js';
import {
  BODY_SIZE,
  blankLine,
  CHAR_TIGHTEN,
  chars,
  CHARS_PER_LINE,
  EXACT_LINE,
  FIRST_LINE_INDENT,
  FONT,
  fontsOf,
  gridParagraph,
  LINE_PITCH,
  MARGIN,
  markHeaders,
  mm,
  PAGE,
  pageNumberFooters,
  RED,
  rule,
  run,
  SIZE,
  TEXT_WIDTH,
  widthInChars,
} from './gbt9704.js';

/** Everything printed on a document, in the order of GB/T 9704-2012: 版头, 主体, 版记. */
export interface OfficialDocumentSpec {
  /** 平台标识 in the page header. */
  readonly mark: string;
  /** 发文机关标志 (red). */
  readonly issuer: string;
  /** 发文字号. */
  readonly number: string;
  readonly title: string;
  /** 主送机关, without the colon (empty: none). */
  readonly recipients: string;
  /** 正文, one paragraph a line. */
  readonly body: string;
  /** 发文机关署名 (empty: none). */
  readonly signature: string;
  /** 成文日期 as printed: 2026年12月2日. */
  readonly date: string;
  /** 抄送机关 (empty: none). */
  readonly cc: string;
  /** 印发机关 and 印发日期 of the 版记. */
  readonly printer: string;
  readonly printedOn: string;
}

/**
 * 发文机关标志 (7.2.3): red 小标宋 centred, its top 35 mm below the 版心's. Its size is the largest that keeps
 * the name on one line, up to 二号 × 2 (44 pt) — a long county office name stays within the 版心.
 */
function issuerMark(issuer: string): Paragraph {
  const width = Math.max(widthInChars(issuer), 1);
  const size = Math.min(44, Math.floor(((TEXT_WIDTH / 20) * 0.96) / width));
  return gridParagraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: mm(35), line: Math.max(LINE_PITCH, Math.round(size * 20 * 1.25)), lineRule: 'atLeast' },
    children: [run(issuer, FONT.xiaobiaosong, size, { color: RED, snapToGrid: false })],
  });
}

/** 发文字号 (7.2.4) two lines under the 标志, centred; 4 mm below it the red rule as wide as the 版心 (7.2.6). */
function numberWithRule(number: string): Paragraph {
  return gridParagraph({
    alignment: AlignmentType.CENTER,
    border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } },
    children: [run(number, FONT.fangsong, BODY_SIZE)],
  });
}

/** 标题 (7.3.1): 2号小标宋, centred, two lines under the red rule. */
/** Characters of 2号 type on one line of the type area (156 mm at 22 pt). */
const TITLE_LINE_CHARS = 20;

/**
 * 标题回行 (7.3.1): a title longer than a line is broken into lines of nearly equal length, between words (jieba),
 * so that no line is left with a single character and no word is cut (词意完整，排列对称).
 */
export function titleLines(title: string): string[] {
  if (title.length <= TITLE_LINE_CHARS) return [title];
  const n = Math.ceil(title.length / TITLE_LINE_CHARS);
  // Word boundaries: before and after each word (punctuation sits between words, so a cut may fall on either side of it).
  const cuts = new Set<number>();
  let pos = 0;
  for (const w of segment(title)) {
    const i = title.indexOf(w, pos);
    if (i < 0) continue;
    cuts.add(i);
    cuts.add((pos = i + w.length));
  }
  const lines: string[] = [];
  let start = 0;
  for (let i = 1; i < n; i++) {
    const target = Math.round((title.length * i) / n);
    // No line starts with closing punctuation or 的; a cut just after a closing quote or bracket keeps a name whole.
    const fits = [...cuts].filter((c) => c > start && c - start <= TITLE_LINE_CHARS && title.length - c >= 2 && !/^[，。、；：）》”’的]/.test(title.slice(c)));
    const cost = (c: number) => Math.abs(c - target) - (/[》”）]/.test(title[c - 1] ?? '') ? 7 : 0);
    const best = fits.sort((x, y) => cost(x) - cost(y))[0] ?? Math.min(start + TITLE_LINE_CHARS, title.length);
    lines.push(title.slice(start, best));
    start = best;
  }
  lines.push(title.slice(start));
  return lines;
}

const titleLine = (title: string): Paragraph =>
  gridParagraph({ alignment: AlignmentType.CENTER, children: titleLines(title).map((line, i) => run(line, FONT.xiaobiaosong, SIZE.er, { snapToGrid: false, ...(i ? { break: 1 } : {}) })) });

/** 主送机关 (7.3.2): flush left under the title's blank line, with a full-width colon. */
const recipientsLine = (recipients: string): Paragraph => gridParagraph({ alignment: AlignmentType.JUSTIFIED, children: [run(`${recipients}：`, FONT.fangsong, BODY_SIZE)] });

/** 正文 (7.3.3): 3号仿宋, each paragraph 左空二字; 一、 in 黑体, （一） in 楷体, labels of a 纪要's head in 黑体. */
function bodyParagraph(block: BodyBlock): Paragraph {
  const base = { alignment: AlignmentType.JUSTIFIED, indent: FIRST_LINE_INDENT } as const;
  switch (block.kind) {
    case 'h1':
      return gridParagraph({ ...base, keepNext: true, children: [run(block.text, FONT.heiti, BODY_SIZE)] });
    case 'h2':
      return gridParagraph({ ...base, children: [run(block.heading, FONT.kaiti, BODY_SIZE), ...(block.text ? [run(block.text, FONT.fangsong, BODY_SIZE)] : [])] });
    case 'label':
      return gridParagraph({ ...base, children: [run(block.label, FONT.heiti, BODY_SIZE), run(block.text, FONT.fangsong, BODY_SIZE)] });
    default:
      return gridParagraph({ ...base, children: [run(block.text, FONT.fangsong, BODY_SIZE)] });
  }
}

/**
 * 发文机关署名 and 成文日期 without a seal (7.3.5.2): one line below the body, the name 右空二字, the date on
 * the next line starting two characters right of the name's first character — or, when the date is the
 * longer, the date 右空二字 and the name moved left to keep that offset.
 */
function signatureLines(signature: string, date: string): Paragraph[] {
  const d = widthInChars(date);
  // The name stays on the page of its date.
  const line = (text: string, indent: { left?: number; right?: number }, keepNext = false) =>
    gridParagraph({ alignment: indent.left !== undefined ? AlignmentType.LEFT : AlignmentType.RIGHT, indent, keepNext, children: [run(text, FONT.fangsong, BODY_SIZE)] });
  if (!signature) return [line(date, { right: chars(2) })];
  const s = widthInChars(signature);
  // The name ends two characters in; the date starts where the name does, two characters to the right.
  if (s >= d + 2) return [line(signature, { right: chars(2) }, true), line(date, { left: chars(CHARS_PER_LINE - s) })];
  // The date is the longer: it ends two characters in, and the name starts two characters left of it.
  return [line(signature, { left: chars(Math.max(0, CHARS_PER_LINE - 4 - d)) }, true), line(date, { right: chars(2) })];
}

/**
 * 版记 (7.4): 抄送机关 and 印发机关/印发日期 in 4号仿宋, one character in from each side, between rules as wide as
 * the 版心 — thick (0.35 mm) first and last, thin (0.25 mm) between — in a table floated to the bottom of the
 * last page's 版心, so that the last rule lies on its lower edge. It is placed from the page's left edge: LibreOffice
 * lays a floating table as wide as the 版心 inline unless it is positioned relative to the page.
 */
function recordTable(cc: string, printer: string, printedOn: string): Table {
  const width = TEXT_WIDTH;
  const inset = Math.round(SIZE.si * 20);
  const cell = (p: Paragraph) => new TableCell({ children: [p], margins: { top: 0, bottom: 0, left: 0, right: 0 }, width: { size: width, type: WidthType.DXA } });
  const ccRow = new TableRow({ children: [cell(gridParagraph({ indent: { left: inset, right: inset }, children: [run(`抄送：${cc}。`, FONT.fangsong, SIZE.si)] }))] });
  const printRow = new TableRow({
    children: [
      cell(
        gridParagraph({
          indent: { left: inset, right: inset },
          tabStops: [{ type: TabStopType.RIGHT, position: width - inset }],
          children: [run(printer, FONT.fangsong, SIZE.si), run(`\t${printedOn}印发`, FONT.fangsong, SIZE.si)],
        }),
      ),
    ],
  });
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  return new Table({
    rows: cc ? [ccRow, printRow] : [printRow],
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    layout: TableLayoutType.FIXED,
    // No cell margins: the table's edges are the 版心's, and its text sits one character in.
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    borders: { top: rule(8), bottom: rule(8), insideHorizontal: rule(6), left: none, right: none, insideVertical: none },
    float: {
      horizontalAnchor: TableAnchorType.PAGE,
      absoluteHorizontalPosition: MARGIN.left,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeVerticalPosition: RelativeVerticalPosition.BOTTOM,
    },
  });
}

/** Lays a document out after GB/T 9704-2012 as a Word document. */
export function officialDocument(spec: OfficialDocumentSpec): Document {
  const head = [issuerMark(spec.issuer), blankLine(), blankLine(), numberWithRule(spec.number), blankLine(), blankLine(), titleLine(spec.title), blankLine()];
  const main = [...(spec.recipients ? [recipientsLine(spec.recipients)] : []), ...parseBody(spec.body).map(bodyParagraph)];
  const close = [blankLine(), ...signatureLines(spec.signature, spec.date)];
  return new Document({
    creator: spec.mark,
    title: spec.title,
    description: `${spec.number} ${spec.title}`,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: { run: { font: fontsOf(FONT.fangsong), size: BODY_SIZE * 2, characterSpacing: CHAR_TIGHTEN }, paragraph: { spacing: { ...EXACT_LINE, before: 0, after: 0 } } },
      },
    },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...MARGIN, gutter: 0 } },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        headers: markHeaders(spec.mark),
        footers: pageNumberFooters(),
        children: [...head, ...main, ...close, recordTable(spec.cc, spec.printer, spec.printedOn), blankLine()],
      },
    ],
  });
}

/** The .docx bytes of a document laid out after GB/T 9704-2012. */
export const renderOfficialDocument = (spec: OfficialDocumentSpec): Promise<Buffer> => Packer.toBuffer(officialDocument(spec));
