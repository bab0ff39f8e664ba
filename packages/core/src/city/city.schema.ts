import { z } from 'zod';
import { expectedVersion, optionalVersion } from '../versioning/version.js';

// The city CPPCC's own records (第四条(七), 第七条): its visits to the contact points and its 经验交流.

/** 走访形式 — a visit is a field survey or a symposium held at the contact point. */
export const VISIT_KINDS = ['research', 'symposium'] as const;
/** A kind of visit. */
export type VisitKind = (typeof VISIT_KINDS)[number];
/** Labels of the kinds of visit. */
export const VISIT_KIND_LABELS: Readonly<Record<VisitKind, string>> = { research: '调研', symposium: '座谈' };

/** 经验交流 — a summary is a draft until the city office publishes it to the counties. */
export const EXPERIENCE_STATUSES = ['draft', 'published'] as const;
/** A summary's status. */
export type ExperienceStatus = (typeof EXPERIENCE_STATUSES)[number];
/** Labels of the statuses. */
export const EXPERIENCE_STATUS_LABELS: Readonly<Record<ExperienceStatus, string>> = { draft: '草稿', published: '已发布' };

/** Limits shared by the server's schemas and the web's forms. */
export const CityLimits = {
  visitTitleMax: 60,
  metMax: 500,
  opinionsMax: 5000,
  visitMembersMax: 50,
  experienceTitleMax: 80,
  experienceBodyMin: 20,
  experienceBodyMax: 20000,
  experienceTopicsMax: 20,
} as const;

const text = (label: string, max: number, min = 1) =>
  z.string({ error: `请填写${label}` }).trim().min(min, min > 1 ? `${label}至少 ${min} 个字` : `请填写${label}`).max(max, `${label}不能超过 ${max} 个字`);
const id = z.string({ error: '编号不正确' }).min(1, '编号不正确').max(64, '编号不正确');

/** Fields of a visit: when, what kind, who led and took part, whom they met, what they heard. */
const visitFields = {
  date: z.iso.date({ error: '走访日期格式应为 YYYY-MM-DD' }),
  kind: z.enum(VISIT_KINDS, { error: '请选择形式（调研或座谈）' }),
  title: text('主题', CityLimits.visitTitleMax, 2),
  /** 带队 — the city member who led the visit. */
  leaderId: id,
  /** 参加委员 — the other city members who took part. */
  memberIds: z.array(id).max(CityLimits.visitMembersMax, `参加委员最多 ${CityLimits.visitMembersMax} 人`).default([]),
  /** 座谈对象 — whom they met (village cadres, residents, …). */
  met: text('座谈对象', CityLimits.metMax),
  /** 听取的意见 — opinions heard directly. */
  opinions: text('听取的意见', CityLimits.opinionsMax),
};

/** Body of POST /api/contact-points/:id/visits — 记录走访. */
export const createVisitSchema = z.strictObject(visitFields);
/** Input of 记录走访. */
export type CreateVisitInput = z.infer<typeof createVisitSchema>;

/** Body of PUT /api/contact-point-visits/:id — the whole visit again, with the version the form was loaded at. */
export const updateVisitSchema = z.strictObject({ ...visitFields, version: expectedVersion });
/** Input of 修改走访记录. */
export type UpdateVisitInput = z.infer<typeof updateVisitSchema>;

/** Body of actions that only check the version (delete, publish, unpublish). */
export const versionOnlySchema = z.strictObject({ version: optionalVersion }).optional();
/** Input of an action that only checks the version. */
export type VersionOnlyInput = z.infer<typeof versionOnlySchema>;

/** Fields of an experience summary. */
const experienceFields = {
  title: text('标题', CityLimits.experienceTitleMax, 4),
  body: text('正文', CityLimits.experienceBodyMax, CityLimits.experienceBodyMin),
  /** 关联的典型案例、议题 — topics of any county. */
  topicIds: z.array(id).max(CityLimits.experienceTopicsMax, `关联议题最多 ${CityLimits.experienceTopicsMax} 个`).default([]),
};

/** Body of POST /api/experiences — a new summary, saved as a draft. */
export const createExperienceSchema = z.strictObject(experienceFields);
/** Input of 新建经验交流. */
export type CreateExperienceInput = z.infer<typeof createExperienceSchema>;

/** Body of PUT /api/experiences/:id — the whole summary again, with the version the form was loaded at. */
export const updateExperienceSchema = z.strictObject({ ...experienceFields, version: expectedVersion });
/** Input of 修改经验交流. */
export type UpdateExperienceInput = z.infer<typeof updateExperienceSchema>;
