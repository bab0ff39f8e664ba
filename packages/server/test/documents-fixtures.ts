import type { DocumentPreview, DocumentView, HandlingItemDetail, TopicView } from '@shangliang/core';
import JSZip from 'jszip';
import { approvedTopic, assignItem, reportResearch, step } from './flow.js';
import type { TestApp } from './harness.js';

/** The parts of a .docx the layout tests read. */
export interface DocxParts {
  readonly document: string;
  readonly styles: string;
  readonly settings: string;
  readonly headers: string[];
  readonly footers: string[];
  /** The text of the body, runs joined. */
  readonly text: string;
}

/** The text of WordprocessingML: every w:t joined. */
export const textOf = (xml: string): string => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

/** Opens a .docx. */
export async function readDocx(bytes: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const names = Object.keys(zip.files);
  const document = await read('word/document.xml');
  return {
    document,
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    headers: await Promise.all(names.filter((n) => /^word\/header\d+\.xml$/.test(n)).map(read)),
    footers: await Promise.all(names.filter((n) => /^word\/footer\d+\.xml$/.test(n)).map(read)),
    text: textOf(document),
  };
}

/** Downloads a document's file: its status, headers and bytes. */
export async function download(t: TestApp, cookie: string, url: string): Promise<{ status: number; headers: Record<string, unknown>; bytes: Buffer }> {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie } });
  return { status: res.statusCode, headers: res.headers, bytes: res.rawPayload };
}

/**
 * A 尧都区 topic consulted at a held meeting with members, a department, a resident and a leader who spoke,
 * its outcome submitted with these suggestions; answers the topic and its items.
 */
export async function consultedTopic(t: TestApp, title: string, suggestions: string[]): Promise<{ topic: TopicView; itemIds: string[] }> {
  const office = await t.login('yaodu-office');
  const { id } = await approvedTopic(t, title);
  await reportResearch(t, id, title);
  const [m1, m2, jt] = [await t.userId('yaodu-member1'), await t.userId('yaodu-member2'), await t.orgId('尧都区交通运输局')];
  const scheduled = await step<TopicView>(t, office, 'POST', `/api/topics/${id}/consultations`, {
    form: 'meeting', level: 'county', startsAt: '2026-11-25T09:00:00+08:00', venueText: '区政协三楼会议室', memberIds: [m1, m2],
    departments: [{ orgId: jt, person: '王建华' }], publicReps: ['东羊村村民代表 李满仓'], leaders: [{ name: '周国华', title: '区政府副区长', body: 'government', principal: true }],
  }, 201);
  await step(t, office, 'POST', `/api/consultations/${scheduled.consultations[0]!.id}/record`, {
    attendedMemberIds: [m1, m2],
    opinions: [
      { speaker: '刘芳', content: '东羊村通村道路塌陷路段多，雨季积水严重，建议尽快修缮。' },
      { speaker: '陈建军', content: '建议建立农村公路养护长效机制，落实养护资金。' },
      { speaker: '李满仓', content: '村民出行不便，希望道路修好后增设路灯。' },
    ],
    responses: [{ orgId: jt, person: '王建华', content: '区交通运输局将把东羊村道路列入明年养护计划。' }],
    minutes: '会议听取了区交通运输局关于农村公路建设情况的通报。',
  });
  const body = { kind: 'suggestions', title: `关于${title}的协商建议`, suggestions: suggestions.map((content) => ({ content })), submittedTo: '中共尧都区委、尧都区人民政府', submittedOn: '2026-11-27' };
  const topic = await step<TopicView>(t, office, 'POST', `/api/topics/${id}/outcome`, body, 201);
  return { topic, itemIds: topic.handling!.items.map((i) => i.id) };
}

/** An item of a consulted topic, assigned to 尧都区交通运输局 with 尧都区住房和城乡建设局 to co-handle. */
export async function assignedItem(t: TestApp, title = '改善通村道路'): Promise<{ topic: TopicView; item: HandlingItemDetail }> {
  const { topic, itemIds } = await consultedTopic(t, title, ['修缮东羊村通村道路塌陷路段，疏通两侧排水沟。']);
  const item = await assignItem(t, itemIds[0]!, { leadDepartmentId: await t.orgId('尧都区交通运输局'), coDepartmentIds: [await t.orgId('尧都区住房和城乡建设局')] });
  return { topic, item };
}

/** Previews a kind of a record and issues it with the prefilled fields (changed by `edit`), as the user; answers the document. */
export async function issue(t: TestApp, cookie: string, base: string, kind: string, edit: (fields: DocumentPreview['fields']) => Partial<DocumentPreview['fields']> = () => ({}), query = ''): Promise<DocumentView> {
  const preview = await step<DocumentPreview>(t, cookie, 'GET', `${base}/documents/${kind}/preview${query}`);
  return step<DocumentView>(t, cookie, 'POST', `${base}/documents/${kind}${query}`, { ...preview.fields, ...edit(preview.fields) }, 201);
}
