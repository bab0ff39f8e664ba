import { z } from 'zod';
import { MODERATION_STEPS, ROOM_AUDIENCES, ROOM_MODERATIONS, STATEMENT_MAX_CHARS, VOTES } from './room-stages.js';

const text = (label: string, max: number, min = 1) =>
  z.string().trim().min(min, `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`);
const instant = (label: string) => z.iso.datetime({ offset: true, error: `${label}格式不正确` });

/** Body of PUT /api/rooms/:id — the office's settings of a room. */
export const roomSettingsSchema = z.strictObject({
    title: text('协商室标题', 60, 2),
    background: text('背景材料', 5000).optional(),
    opensAt: instant('开放时间'),
    closesAt: instant('结束时间'),
    audience: z.enum(ROOM_AUDIENCES, { error: '请选择参与范围' }),
    moderation: z.enum(ROOM_MODERATIONS, { error: '请选择审核方式' }),
    /** Whether participants may add statements, or only vote on the seeded ones. */
    allowStatements: z.boolean(),
    minVotes: z.number({ error: '计入意见图的最少投票数应为整数' }).int('计入意见图的最少投票数应为整数').min(1, '最少投票数至少为 1').max(100, '最少投票数不能超过 100'),
    /** More materials, uploaded through POST /api/attachments (those already there stay). */
    attachmentIds: z.array(z.string().min(1).max(64)).max(20, '附件最多 20 个').optional(),
    version: z.number().int().min(1),
  });
/** Input of the room settings. */
export type RoomSettingsInput = z.infer<typeof roomSettingsSchema>;

/** Body of POST /api/rooms/:id/statements — one idea, up to 140 characters. */
export const postStatementSchema = z.strictObject({
  text: text('观点', STATEMENT_MAX_CHARS, 2),
  /** 昵称 of an anonymous participant (optional; shown instead of 网友). */
  nickname: z.string().trim().max(20, '昵称不能超过 20 个字').optional(),
  /** A fresh key per form: a double tap or a resend gives the same statement. */
  idempotencyKey: z.string().min(8).max(80),
  /** The office seeds statements as it prepares the room. */
  seed: z.boolean().optional(),
});
/** Input of posting a statement. */
export type PostStatementInput = z.infer<typeof postStatementSchema>;

/** Body of PUT /api/rooms/:id/statements/:sid/vote. */
export const voteSchema = z.strictObject({ vote: z.enum(VOTES, { error: '请选择同意、不同意或跳过' }), nickname: z.string().trim().max(20).optional() });
/** Input of a vote. */
export type VoteInput = z.infer<typeof voteSchema>;

/** Body of POST /api/rooms/:id/statements/:sid/report. */
export const reportStatementSchema = z.strictObject({ reason: z.string().trim().max(200, '举报理由不能超过 200 个字').optional() });

/** Body of POST /api/rooms/:id/statements/:sid/reply — a department's official answer. */
export const replyStatementSchema = z.strictObject({ text: text('部门回应', 1000, 4) });
/** Input of a department's reply. */
export type ReplyStatementInput = z.infer<typeof replyStatementSchema>;

/** Body of POST /api/rooms/:id/statements/:sid/moderate. */
export const moderateStatementSchema = z
  .strictObject({ step: z.enum(MODERATION_STEPS, { error: '请选择审核操作' }), reason: z.string().trim().max(200).optional() })
  .refine((m) => m.step !== 'hide' || (m.reason ?? '').length > 0, { message: '隐藏观点须写明理由', path: ['reason'] });
/** Input of a moderation step. */
export type ModerateStatementInput = z.infer<typeof moderateStatementSchema>;

/** Body of PUT /api/moderation-words — the words that hold a statement for review in the office's county. */
export const moderationWordsSchema = z.strictObject({
  words: z.array(z.string().trim().min(1).max(20, '敏感词不能超过 20 个字')).max(500, '敏感词最多 500 个'),
});
