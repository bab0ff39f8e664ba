import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { OpinionVoteValue } from './vote-matrix.js';

/**
 * Pol.is interoperability: its export files (comments.csv, votes.csv, participants-votes.csv) read and
 * written as plain CSV text. In the export files agree is 1 and disagree -1 (Pol.is stores them the other
 * way round and flips the sign when it exports); timestamps are whole seconds since 1970.
 */

/** The Pol.is export files this module reads and writes. */
export type PolisFile = 'comments.csv' | 'votes.csv' | 'participants-votes.csv';

/** 导入文件有误 — a Pol.is file that cannot be read; the message names the file and the line, in Chinese. */
export class PolisCsvError extends Error {
  override readonly name = 'PolisCsvError';
  constructor(
    readonly file: PolisFile,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file} 第 ${line} 行：${reason}`);
  }
}

/** A statement (Pol.is "comment") as in comments.csv. */
export interface PolisComment {
  readonly externalId: string;
  readonly authorExternalId: string;
  readonly text: string;
  /** Pol.is moderation: 1 accepted, 0 not yet moderated, -1 rejected. */
  readonly moderated: -1 | 0 | 1;
  /** ISO 8601, to the second. */
  readonly createdAt: string;
}

/** One vote as in votes.csv. */
export interface PolisVote {
  readonly statementExternalId: string;
  readonly voterExternalId: string;
  readonly vote: OpinionVoteValue;
  /** ISO 8601, to the second. */
  readonly at: string;
}

/** One participant's row of participants-votes.csv. */
export interface PolisParticipantVotes {
  readonly participantExternalId: string;
  /** The Pol.is group, null when the participant was in none. */
  readonly groupId: number | null;
  readonly commentCount: number;
  /** Votes by statement id; a statement not voted on is absent. */
  readonly votes: Readonly<Record<string, OpinionVoteValue>>;
}

/** participants-votes.csv: the statements (its columns, in order) and a row per participant. */
export interface PolisParticipantsVotes {
  readonly statementExternalIds: readonly string[];
  readonly participants: readonly PolisParticipantVotes[];
}

const COMMENT_COLUMNS = ['timestamp', 'datetime', 'comment-id', 'author-id', 'agrees', 'disagrees', 'moderated', 'comment-body'] as const;
const VOTE_COLUMNS = ['timestamp', 'datetime', 'comment-id', 'voter-id', 'vote'] as const;
const PARTICIPANT_COLUMNS = ['participant', 'group-id', 'n-comments', 'n-votes', 'n-agree', 'n-disagree'] as const;
/** Columns Pol.is adds to participants-votes.csv in some conversations; read past, never written. */
const OPTIONAL_PARTICIPANT_COLUMNS = new Set(['xid']);

const VOTE_VALUES: Readonly<Record<string, OpinionVoteValue>> = { '1': 1, '0': 0, '-1': -1 };
const CSV_PROBLEMS: Readonly<Record<string, string>> = {
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: '列数与表头不一致',
  CSV_QUOTE_NOT_CLOSED: '引号没有闭合',
  INVALID_OPENING_QUOTE: '引号位置不正确',
  CSV_INVALID_CLOSING_QUOTE: '引号位置不正确',
};

interface Row {
  readonly line: number;
  readonly get: (column: string) => string;
  readonly fields: readonly string[];
}

/** Parses CSV text into its header and rows, each row knowing the line it starts on. */
function readTable(file: PolisFile, csv: string, required: readonly string[]): { header: readonly string[]; rows: Row[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // Line breaks made LF first: csv-parse counts a CRLF inside a quoted field as two lines.
    // Its types do not know that `info: true` wraps each record.
    records = parse(csv.replace(/\r\n?/g, '\n'), { bom: true, info: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const { code, lines } = error as { code?: string; lines?: number };
    throw new PolisCsvError(file, lines ?? 1, CSV_PROBLEMS[code ?? ''] ?? `CSV 格式不正确（${code ?? String(error)}）`);
  }
  const [head, ...body] = records;
  if (!head) throw new PolisCsvError(file, 1, '文件是空的，缺少表头');
  const header = head.record.map((h) => h.trim());
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new PolisCsvError(file, 1, `表头缺少列 ${missing.join('、')}`);
  const index = new Map(header.map((h, i) => [h, i]));
  const rows = body.map(({ record, info }) => ({
    // info.lines is the line a record ends on; quoted line breaks inside it move its start back.
    line: info.lines - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0),
    get: (column: string) => record[index.get(column)!] ?? '',
    fields: record,
  }));
  return { header, rows };
}

function externalId(file: PolisFile, row: Row, column: string): string {
  const value = row.get(column).trim();
  if (!/^\d+$/.test(value)) throw new PolisCsvError(file, row.line, `${column} 必须是非负整数，这里是「${value}」`);
  return value;
}

function voteValue(file: PolisFile, line: number, value: string, what = '投票值'): OpinionVoteValue {
  const vote = VOTE_VALUES[value.trim()];
  if (vote === undefined) throw new PolisCsvError(file, line, `${what}必须是 1、0 或 -1，这里是「${value}」`);
  return vote;
}

/** The time of a row: its timestamp (seconds), or its datetime when the timestamp is blank. */
function rowTime(file: PolisFile, row: Row): string {
  const seconds = row.get('timestamp').trim();
  if (/^\d+$/.test(seconds)) return new Date(Number(seconds) * 1000).toISOString();
  const parsed = seconds === '' ? Date.parse(row.get('datetime')) : Number.NaN;
  if (Number.isNaN(parsed)) throw new PolisCsvError(file, row.line, `timestamp 必须是整数秒，这里是「${seconds}」`);
  return new Date(Math.floor(parsed / 1000) * 1000).toISOString();
}

/** Reads Pol.is's comments.csv. */
export function parsePolisComments(csv: string): PolisComment[] {
  const file = 'comments.csv';
  return readTable(file, csv, COMMENT_COLUMNS).rows.map((row) => {
    const text = row.get('comment-body');
    if (text.trim() === '') throw new PolisCsvError(file, row.line, 'comment-body 不能为空');
    const moderated = voteValue(file, row.line, row.get('moderated'), 'moderated ');
    return { externalId: externalId(file, row, 'comment-id'), authorExternalId: externalId(file, row, 'author-id'), text, moderated, createdAt: rowTime(file, row) };
  });
}

/** Reads Pol.is's votes.csv. */
export function parsePolisVotes(csv: string): PolisVote[] {
  const file = 'votes.csv';
  return readTable(file, csv, VOTE_COLUMNS).rows.map((row) => ({
    statementExternalId: externalId(file, row, 'comment-id'),
    voterExternalId: externalId(file, row, 'voter-id'),
    vote: voteValue(file, row.line, row.get('vote')),
    at: rowTime(file, row),
  }));
}

/** Reads Pol.is's participants-votes.csv: every column but the fixed ones is a comment (its id, or comment-<id>). */
export function parsePolisParticipantsVotes(csv: string): PolisParticipantsVotes {
  const file = 'participants-votes.csv';
  const { header, rows } = readTable(file, csv, PARTICIPANT_COLUMNS);
  const fixed = new Set<string>(PARTICIPANT_COLUMNS);
  // Older exports name a comment's column by its id ("12"), newer ones "comment-12".
  const columns = header.map((title, i) => ({ title, i, name: /^(?:comment-)?(\d+)$/.exec(title)?.[1] ?? '' }));
  const statementColumns = columns.filter(({ title }) => !fixed.has(title) && !OPTIONAL_PARTICIPANT_COLUMNS.has(title));
  const notIds = statementColumns.filter(({ name }) => name === '');
  if (notIds.length > 0) throw new PolisCsvError(file, 1, `评论列的列名必须是评论编号，这里有「${notIds.map((c) => c.title).join('」「')}」`);
  const participants = rows.map((row) => {
    const group = row.get('group-id').trim();
    if (group !== '' && !/^\d+$/.test(group)) throw new PolisCsvError(file, row.line, `group-id 必须是非负整数或留空，这里是「${group}」`);
    const votes: Record<string, OpinionVoteValue> = {};
    for (const { name, i } of statementColumns) {
      const cell = row.fields[i] ?? '';
      if (cell.trim() !== '') votes[name] = voteValue(file, row.line, cell, `评论 ${name} 的投票值`);
    }
    return {
      participantExternalId: externalId(file, row, 'participant'),
      groupId: group === '' ? null : Number(group),
      commentCount: Number(externalId(file, row, 'n-comments')),
      votes,
    };
  });
  return { statementExternalIds: statementColumns.map((c) => c.name), participants };
}

const seconds = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO time: ${iso}`);
  return Math.floor(ms / 1000);
};

/** Pol.is's datetime column (JavaScript's Date#toString), written in UTC so that the output is the same everywhere. */
function polisDatetime(iso: string): string {
  const [weekday, day, month, year, time] = new Date(seconds(iso) * 1000).toUTCString().replace(',', '').split(' ');
  return `${weekday} ${month} ${day} ${year} ${time} GMT+0000 (Coordinated Universal Time)`;
}

const write = (header: readonly string[], rows: readonly (readonly (string | number)[])[]): string => stringify([header, ...rows], { record_delimiter: '\n' });

/** Writes comments.csv; the agrees and disagrees columns are counted from `votes` when given (else 0). */
export function toPolisComments(comments: readonly PolisComment[], votes: readonly PolisVote[] = []): string {
  const tally = new Map<string, { agrees: number; disagrees: number }>();
  for (const v of votes) {
    const t = tally.get(v.statementExternalId) ?? { agrees: 0, disagrees: 0 };
    if (v.vote === 1) t.agrees += 1;
    if (v.vote === -1) t.disagrees += 1;
    tally.set(v.statementExternalId, t);
  }
  return write(
    COMMENT_COLUMNS,
    comments.map((c) => {
      const t = tally.get(c.externalId);
      return [seconds(c.createdAt), polisDatetime(c.createdAt), c.externalId, c.authorExternalId, t?.agrees ?? 0, t?.disagrees ?? 0, c.moderated, c.text];
    }),
  );
}

/** Writes votes.csv (agree 1, disagree -1, pass 0, as Pol.is exports them). */
export function toPolisVotes(votes: readonly PolisVote[]): string {
  return write(
    VOTE_COLUMNS,
    votes.map((v) => [seconds(v.at), polisDatetime(v.at), v.statementExternalId, v.voterExternalId, v.vote]),
  );
}

/**
 * Writes participants-votes.csv: one column per statement, in the order given (by default every statement
 * voted on, by number); the counts columns are derived from the votes.
 */
export function toParticipantsVotes(participants: readonly PolisParticipantVotes[], statementExternalIds?: readonly string[]): string {
  const columns = statementExternalIds ?? [...new Set(participants.flatMap((p) => Object.keys(p.votes)))].sort((a, b) => Number(a) - Number(b));
  return write(
    [...PARTICIPANT_COLUMNS, ...columns],
    participants.map((p) => {
      const cast = Object.values(p.votes);
      return [
        p.participantExternalId,
        p.groupId ?? '',
        p.commentCount,
        cast.length,
        cast.filter((v) => v === 1).length,
        cast.filter((v) => v === -1).length,
        ...columns.map((id) => p.votes[id] ?? ''),
      ];
    }),
  );
}
