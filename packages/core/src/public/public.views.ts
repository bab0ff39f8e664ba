import { z } from 'zod';

/** A county as listed on the public portal. */
export const publicCountySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  regionName: z.string().nullable(),
  partyName: z.string().nullable(),
  townshipCount: z.number().int(),
  villageCount: z.number().int(),
});
/** A county on the public portal. */
export type PublicCounty = z.infer<typeof publicCountySchema>;

/** A contact point as listed on the public portal: public names and places only. */
export const publicContactPointSchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  countyName: z.string().nullable(),
  address: z.string().nullable(),
});
/** A contact point on the public portal. */
export type PublicContactPoint = z.infer<typeof publicContactPointSchema>;

/** 工作制度 — the regulation text shown on the portal. */
export const regulationSchema = z.strictObject({
  title: z.string(),
  source: z.string(),
  paragraphs: z.array(z.string()),
});
/** The regulation text. */
export type Regulation = z.infer<typeof regulationSchema>;
