import { z } from 'zod';
import { actionsSchema, versionField } from '../common/page.views.js';

/** 年度协商计划 — a plan with its planned versus done topics. */
export const planViewSchema = z.strictObject({
  id: z.string(),
  countyId: z.string().nullable(),
  countyName: z.string().nullable(),
  year: z.number().int(),
  title: z.string(),
  reportedOn: z.string().nullable(),
  topicCount: z.number().int(),
  doneCount: z.number().int(),
  version: versionField,
  actions: actionsSchema,
});
/** A plan as the API shows it. */
export type PlanView = z.infer<typeof planViewSchema>;
