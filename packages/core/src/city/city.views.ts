import { z } from 'zod';
import { actionsSchema, versionField } from '../common/page.views.js';
import { contactPointViewSchema } from '../org/org.views.js';
import { CONSULTATION_FORMS, CONSULTATION_STATUSES } from '../topic/vocab.js';
import { EXPERIENCE_STATUSES, VISIT_KINDS } from './city.schema.js';

/** A member named on a city record: id and name (and 界别 when known). */
export const memberRefSchema = z.strictObject({ id: z.string(), displayName: z.string(), sector: z.string().nullable() });
/** A member named on a city record. */
export type MemberRef = z.infer<typeof memberRefSchema>;

/** 市政协委员 — a member account of the city, offered when recording a visit. */
export const cityMemberViewSchema = memberRefSchema.extend({ committee: z.string().nullable() });
/** A member account of the city. */
export type CityMemberView = z.infer<typeof cityMemberViewSchema>;

/** 走访座谈 — a visit or symposium of the city CPPCC at a contact point (第四条(七)). */
export const visitViewSchema = z.strictObject({
  id: z.string(),
  contactPointId: z.string(),
  date: z.string(),
  kind: z.enum(VISIT_KINDS),
  kindLabel: z.string(),
  title: z.string(),
  leader: memberRefSchema,
  members: z.array(memberRefSchema),
  met: z.string(),
  opinions: z.string(),
  recordedBy: z.string().nullable(),
  updatedAt: z.string(),
  version: versionField,
  actions: actionsSchema,
});
/** A visit as the API shows it. */
export type VisitView = z.infer<typeof visitViewSchema>;

/** A consultation held at a contact point, as its page lists it. */
export const contactPointConsultationSchema = z.strictObject({
  id: z.string(),
  topicId: z.string(),
  topicTitle: z.string(),
  countyName: z.string().nullable(),
  form: z.enum(CONSULTATION_FORMS),
  formLabel: z.string(),
  status: z.enum(CONSULTATION_STATUSES),
  startsAt: z.string(),
  venue: z.string().nullable(),
});
/** A consultation held at a contact point. */
export type ContactPointConsultation = z.infer<typeof contactPointConsultationSchema>;

/**
 * 联系点页面 — the contact point, the consultations held there that the reader may see, and the city's
 * visits (when the reader may see them); `actions` says whether the reader may record a visit.
 */
export const contactPointPageSchema = z.strictObject({
  point: contactPointViewSchema,
  consultations: z.array(contactPointConsultationSchema),
  /** Null when the reader may not see the city's visits. */
  visits: z.array(visitViewSchema).nullable(),
  actions: actionsSchema,
});
/** A contact point's page. */
export type ContactPointPage = z.infer<typeof contactPointPageSchema>;

/** A topic linked from an experience summary: its county and title, and whether it is a published 典型案例. */
export const linkedTopicSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  countyName: z.string().nullable(),
  isCase: z.boolean(),
  /** Whether the reader may open the topic in the console. */
  readable: z.boolean(),
});
/** A topic linked from an experience summary. */
export type LinkedTopic = z.infer<typeof linkedTopicSchema>;

const experienceBase = {
  id: z.string(),
  title: z.string(),
  status: z.enum(EXPERIENCE_STATUSES),
  statusLabel: z.string(),
  publishedAt: z.string().nullable(),
  authorName: z.string().nullable(),
  updatedAt: z.string(),
  topics: z.array(linkedTopicSchema),
  version: versionField,
  actions: actionsSchema,
};

/** 经验交流 — an experience summary in a list: its beginning instead of the whole text. */
export const experienceListItemSchema = z.strictObject({ ...experienceBase, excerpt: z.string() });
/** An experience summary in a list. */
export type ExperienceListItem = z.infer<typeof experienceListItemSchema>;

/** 经验交流 — one experience summary, whole. */
export const experienceViewSchema = z.strictObject({ ...experienceBase, body: z.string() });
/** One experience summary. */
export type ExperienceView = z.infer<typeof experienceViewSchema>;
