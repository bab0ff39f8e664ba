import { describe, expect, it } from 'vitest';
import {
  parsePolisComments,
  parsePolisParticipantsVotes,
  parsePolisVotes,
  PolisCsvError,
  toParticipantsVotes,
  toPolisComments,
  toPolisVotes,
  type PolisComment,
  type PolisParticipantVotes,
  type PolisVote,
} from './polis-csv.js';

// As Pol.is exports them: seconds, its datetime text, agree 1 / disagree -1, bodies quoted.
const COMMENTS_CSV = `timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body
1531171862,Mon Jul 09 2018 21:31:02 GMT+0000 (UTC),0,0,12,3,1,"建议在县城增设公交线路"
1531172000,Mon Jul 09 2018 21:33:20 GMT+0000 (UTC),1,4,2,9,-1,"他说：""停车难"", 要解决
第二行"
1531172100,Mon Jul 09 2018 21:35:00 GMT+0000 (UTC),2,4,0,0,0,"Plain text"`;

const VOTES_CSV = `timestamp,datetime,comment-id,voter-id,vote
1531171900,Mon Jul 09 2018 21:31:40 GMT+0000 (UTC),0,1,1
1531171901,Mon Jul 09 2018 21:31:41 GMT+0000 (UTC),0,2,-1
1531171902,Mon Jul 09 2018 21:31:42 GMT+0000 (UTC),1,2,0`;

describe('Pol.is 导入导出', () => {
  it('reads comments.csv, quoted bodies and rejected comments included', () => {
    expect(parsePolisComments(COMMENTS_CSV)).toEqual([
      { externalId: '0', authorExternalId: '0', text: '建议在县城增设公交线路', moderated: 1, createdAt: '2018-07-09T21:31:02.000Z' },
      { externalId: '1', authorExternalId: '4', text: '他说："停车难", 要解决\n第二行', moderated: -1, createdAt: '2018-07-09T21:33:20.000Z' },
      { externalId: '2', authorExternalId: '4', text: 'Plain text', moderated: 0, createdAt: '2018-07-09T21:35:00.000Z' },
    ]);
  });

  it('reads votes.csv with agree as 1 and disagree as -1', () => {
    expect(parsePolisVotes(VOTES_CSV)).toEqual([
      { statementExternalId: '0', voterExternalId: '1', vote: 1, at: '2018-07-09T21:31:40.000Z' },
      { statementExternalId: '0', voterExternalId: '2', vote: -1, at: '2018-07-09T21:31:41.000Z' },
      { statementExternalId: '1', voterExternalId: '2', vote: 0, at: '2018-07-09T21:31:42.000Z' },
    ]);
  });

  it('reads a byte-order mark, CRLF line ends and a blank timestamp (then the datetime)', () => {
    const csv = `\ufefftimestamp,datetime,comment-id,voter-id,vote\r\n,Mon Jul 09 2018 21:31:40 GMT+0000 (UTC),3,7,1\r\n`;
    expect(parsePolisVotes(csv)).toEqual([{ statementExternalId: '3', voterExternalId: '7', vote: 1, at: '2018-07-09T21:31:40.000Z' }]);
  });

  it('writes what it reads: comments, votes and participants-votes round-trip', () => {
    const comments: PolisComment[] = [
      { externalId: '0', authorExternalId: '3', text: '带逗号, "引号" 和\n换行', moderated: 1, createdAt: '2026-11-30T08:00:00.000Z' },
      { externalId: '1', authorExternalId: '5', text: '第二条', moderated: -1, createdAt: '2026-11-30T08:05:00.000Z' },
    ];
    const votes: PolisVote[] = [
      { statementExternalId: '0', voterExternalId: '3', vote: 1, at: '2026-11-30T08:10:00.000Z' },
      { statementExternalId: '0', voterExternalId: '5', vote: -1, at: '2026-11-30T08:11:00.000Z' },
      { statementExternalId: '1', voterExternalId: '5', vote: 0, at: '2026-11-30T08:12:00.000Z' },
    ];
    const participants: PolisParticipantVotes[] = [
      { participantExternalId: '3', groupId: 0, commentCount: 1, votes: { '0': 1 } },
      { participantExternalId: '5', groupId: null, commentCount: 1, votes: { '0': -1, '1': 0 } },
    ];
    const commentsCsv = toPolisComments(comments, votes);
    expect(commentsCsv.split('\n')[0]).toBe('timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body');
    expect(commentsCsv.split('\n')[1]).toBe('1796025600,Mon Nov 30 2026 08:00:00 GMT+0000 (Coordinated Universal Time),0,3,1,1,1,"带逗号, ""引号"" 和');
    expect(parsePolisComments(commentsCsv)).toEqual(comments);
    expect(toPolisVotes(votes).split('\n')[0]).toBe('timestamp,datetime,comment-id,voter-id,vote');
    expect(parsePolisVotes(toPolisVotes(votes))).toEqual(votes);
    const table = toParticipantsVotes(participants, ['0', '1', '2']);
    expect(table.split('\n').slice(0, 3)).toEqual([
      'participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,2',
      '3,0,1,1,1,0,1,,',
      '5,,1,2,0,1,-1,0,',
    ]);
    expect(parsePolisParticipantsVotes(table)).toEqual({ statementExternalIds: ['0', '1', '2'], participants });
    expect(toParticipantsVotes(participants).split('\n')[0]).toBe('participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1');
  });

  it('reads a participants-votes.csv with an xid column, and comment columns named comment-<id>', () => {
    const expected = {
      statementExternalIds: ['0', '1'],
      participants: [{ participantExternalId: '1', groupId: 0, commentCount: 1, votes: { '0': 1, '1': 0 } }],
    };
    expect(parsePolisParticipantsVotes('participant,xid,group-id,n-comments,n-votes,n-agree,n-disagree,0,1\n1,0jPg1Q8V,0,1,2,1,0,1,0\n')).toEqual(expected);
    expect(parsePolisParticipantsVotes('participant,group-id,n-comments,n-votes,n-agree,n-disagree,comment-0,comment-1\n1,0,1,2,1,0,1,0')).toEqual(expected);
  });
});

describe('Pol.is 导入：错误的文件', () => {
  const failure = (read: () => unknown): PolisCsvError => {
    try {
      read();
    } catch (error) {
      if (error instanceof PolisCsvError) return error;
      throw error;
    }
    throw new Error('expected a PolisCsvError');
  };

  it('names the file, the line and what is wrong, in Chinese', () => {
    const bad = `${VOTES_CSV}\n1531171903,x,1,3,2`;
    const error = failure(() => parsePolisVotes(bad));
    expect(error.message).toBe('votes.csv 第 5 行：投票值必须是 1、0 或 -1，这里是「2」');
    expect(error).toMatchObject({ name: 'PolisCsvError', file: 'votes.csv', line: 5 });
  });

  it('counts the lines of a quoted body that spans two', () => {
    const bad = `${COMMENTS_CSV}\n1531172200,x,3,abc,0,0,0,"坏作者"`;
    expect(failure(() => parsePolisComments(bad)).message).toBe('comments.csv 第 6 行：author-id 必须是非负整数，这里是「abc」');
  });

  it('refuses a header without the columns Pol.is writes', () => {
    expect(failure(() => parsePolisVotes('timestamp,comment-id,voter\n1,2,3')).message).toBe('votes.csv 第 1 行：表头缺少列 datetime、voter-id、vote');
    expect(failure(() => parsePolisComments('')).message).toBe('comments.csv 第 1 行：文件是空的，缺少表头');
  });

  it('refuses broken CSV, bad moderation values, empty bodies and bad cells', () => {
    expect(failure(() => parsePolisVotes('timestamp,datetime,comment-id,voter-id,vote\n1,x,2,3')).message).toBe('votes.csv 第 2 行：列数与表头不一致');
    expect(failure(() => parsePolisComments(`${COMMENTS_CSV}\n1,x,9,9,0,0,0,"没有闭合`)).message).toMatch(/^comments\.csv 第 \d+ 行：引号没有闭合$/);
    expect(failure(() => parsePolisComments(`${COMMENTS_CSV.split('\n')[0]}\n1,x,9,9,0,0,2,"文本"`)).message).toBe('comments.csv 第 2 行：moderated 必须是 1、0 或 -1，这里是「2」');
    expect(failure(() => parsePolisComments(`${COMMENTS_CSV.split('\n')[0]}\n1,x,9,9,0,0,1,""`)).message).toBe('comments.csv 第 2 行：comment-body 不能为空');
    expect(failure(() => parsePolisVotes('timestamp,datetime,comment-id,voter-id,vote\nsoon,x,2,3,1')).message).toBe('votes.csv 第 2 行：timestamp 必须是整数秒，这里是「soon」');
    const header = 'participant,group-id,n-comments,n-votes,n-agree,n-disagree';
    expect(failure(() => parsePolisParticipantsVotes(`${header},0,x1\n1,0,0,1,1,0,1,`)).message).toBe('participants-votes.csv 第 1 行：评论列的列名必须是评论编号，这里有「x1」');
    expect(failure(() => parsePolisParticipantsVotes(`${header},0,1\n1,0,0,1,1,0,1,\n2,0,0,1,1,0,,agree`)).message).toBe(
      'participants-votes.csv 第 3 行：评论 1 的投票值必须是 1、0 或 -1，这里是「agree」',
    );
    expect(failure(() => parsePolisParticipantsVotes(`${header},0\n1,A,0,1,1,0,1`)).message).toBe('participants-votes.csv 第 2 行：group-id 必须是非负整数或留空，这里是「A」');
  });
});
