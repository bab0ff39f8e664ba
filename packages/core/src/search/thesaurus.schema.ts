import { z } from 'zod';
import { expectedVersion, optionalVersion } from '../versioning/version.js';

/** Limits of a county's own thesaurus groups, shared by the server's schemas and the web's form. */
export const ThesaurusLimits = {
  wordMin: 2,
  wordMax: 12,
  wordsMin: 1,
  wordsMax: 30,
  topicMax: 20,
} as const;

/** Chinese characters, Latin letters and digits (5G): no spaces or punctuation inside a word. */
const WORD_CHARS = /^[\u3400-\u9fffA-Za-z0-9]+$/;

/** One word of a group: 2–12 characters. */
const word = (label: string) =>
  z
    .string({ error: `请填写${label}` })
    .trim()
    .min(ThesaurusLimits.wordMin, `${label}至少 ${ThesaurusLimits.wordMin} 个字`)
    .max(ThesaurusLimits.wordMax, `${label}不能超过 ${ThesaurusLimits.wordMax} 个字`)
    .regex(WORD_CHARS, `${label}只能由汉字、字母或数字组成，不含空格和标点`);

/** Fields of a county's group: its head, its words, the topic phrase and whether the problem is tied to one place. */
const groupFields = {
  /** 主词 — the canonical word; the same head as a shipped group adds words to that group. */
  head: word('主词'),
  /** 近义词 — the other words residents use for the same thing. */
  words: z
    .array(word('近义词'), { error: '请填写近义词' })
    .min(ThesaurusLimits.wordsMin, `请至少填写 ${ThesaurusLimits.wordsMin} 个近义词`)
    .max(ThesaurusLimits.wordsMax, `近义词最多 ${ThesaurusLimits.wordsMax} 个`),
  /** 议题用语 — the phrase a topic title uses (关于解决某村{topic}问题的建议); optional. */
  topic: z.string({ error: '议题用语应为文字' }).trim().max(ThesaurusLimits.topicMax, `议题用语不能超过 ${ThesaurusLimits.topicMax} 个字`).optional(),
  /** 属地问题 — the problem belongs to one place (a lamp, a road) rather than the whole county (a policy). */
  local: z.boolean({ error: '请选择是否为属地问题' }).optional(),
};

/** Body of POST /api/thesaurus/groups — a new group of the office's county (or the city). */
export const createThesaurusGroupSchema = z.strictObject(groupFields);
/** Input of 新增近义词组. */
export type CreateThesaurusGroupInput = z.infer<typeof createThesaurusGroupSchema>;

/** Body of PUT /api/thesaurus/groups/:id — the whole group again, with the version the form was loaded at. */
export const updateThesaurusGroupSchema = z.strictObject({ ...groupFields, version: expectedVersion });
/** Input of 修改近义词组. */
export type UpdateThesaurusGroupInput = z.infer<typeof updateThesaurusGroupSchema>;

/** Body of DELETE /api/thesaurus/groups/:id — optionally the version the page was loaded at. */
export const deleteThesaurusGroupSchema = z.strictObject({ version: optionalVersion }).optional();
/** Input of 删除近义词组. */
export type DeleteThesaurusGroupInput = z.infer<typeof deleteThesaurusGroupSchema>;

/** Query of GET /api/thesaurus — a county's thesaurus (the office's own county when left out; the city office may name any). */
export const thesaurusQuerySchema = z.strictObject({ countyId: z.string().max(64, '县（市、区）不正确').optional() });
/** Filters of the thesaurus page. */
export type ThesaurusQuery = z.infer<typeof thesaurusQuerySchema>;

/** The actions sent with the thesaurus and each of its own groups. */
const thesaurusActions = z.array(z.enum(['thesaurus.edit']));

/** One group as the page shows it: shipped (read-only, no id) or the county's own. */
export const thesaurusGroupViewSchema = z.strictObject({
  /** Null for a shipped group. */
  id: z.string().nullable(),
  head: z.string(),
  /** The group's words, the head first. */
  words: z.array(z.string()),
  topic: z.string().nullable(),
  local: z.boolean().nullable(),
  /** 内置 — shipped with the platform, read-only. */
  shipped: z.boolean(),
  /** A county group whose head is a shipped group's: its words are added to that group. */
  extendsShipped: z.boolean(),
  version: z.number().int().nullable(),
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
  actions: thesaurusActions,
});
/** A thesaurus group. */
export type ThesaurusGroupView = z.infer<typeof thesaurusGroupViewSchema>;

/** GET /api/thesaurus — the shipped groups, then the county's own; `actions` holds 'thesaurus.edit' when the reader may add groups. */
export const thesaurusViewSchema = z.strictObject({
  /** Whose thesaurus this is (null: the city's own). */
  countyId: z.string().nullable(),
  groups: z.array(thesaurusGroupViewSchema),
  actions: thesaurusActions,
});
/** A county's thesaurus. */
export type ThesaurusView = z.infer<typeof thesaurusViewSchema>;
