import type { DocumentList, DocumentPreview, DocumentSettingsView, DocumentView, HandlingItemDetail } from '@shangliang/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignedItem, consultedTopic, download, issue, readDocx } from './documents-fixtures.js';
import { step, topicWithOutcome } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';
import type { ErrorAnswer } from './support/answers.js';

const twips = (mm: number) => Math.round((mm / 25.4) * 1440);

describe.each(engines())('公文（GB/T 9704-2012）：预览、编号、生成、存档（%s）', (engine) => {
  let t: TestApp;
  let office: string;
  beforeEach(async () => {
    t = await createTestApp(engine);
    office = await t.login('yaodu-office');
  });
  afterEach(async () => t.close());

  it('a 交办函: prefilled from the item, edited, numbered 尧政协交〔2026〕1号 and laid out on A4 with the standard margins and fonts', async () => {
    const { item } = await assignedItem(t);
    const preview = await step<DocumentPreview>(t, office, 'GET', `/api/handling/items/${item.id}/documents/assignment/preview`);
    expect(preview).toMatchObject({ kind: 'assignment', kindLabel: '交办函', issuer: '临汾市尧都区政协办公室', nextNumber: '尧政协交〔2026〕1号', date: '2026年11月28日' });
    expect(preview.fields).toMatchObject({ recipients: '尧都区交通运输局', cc: '尧都区住房和城乡建设局', signature: '临汾市尧都区政协办公室', printer: '临汾市尧都区政协办公室' });
    expect(preview.fields.title).toBe('关于交办《关于改善通村道路的协商建议》第1条建议的函');
    expect(preview.fields.body).toContain('修缮东羊村通村道路塌陷路段，疏通两侧排水沟。');
    expect(preview.fields.body).toContain('请于2027年2月26日前将办理情况书面答复尧都区政协办公室');
    expect(preview.fields.body).toContain('联系人：李晓燕，联系电话：13935711001。');

    const body = `${preview.fields.body}\n（四）请将办理中遇到的困难及时告知本办。`;
    const doc = await step<DocumentView>(t, office, 'POST', `/api/handling/items/${item.id}/documents/assignment`, { ...preview.fields, body }, 201);
    expect(doc).toMatchObject({ kind: 'assignment', number: '尧政协交〔2026〕1号', year: 2026, seq: 1, issuedOn: '2026-11-28', issuedByName: '李晓燕', subjectType: 'handling_item', subjectId: item.id });
    expect(doc.filename).toBe('尧政协交〔2026〕1号 关于交办《关于改善通村道路的协商建议》第1条建议的函.docx');

    const file = await download(t, office, doc.url);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.headers['content-disposition']).toBe(`attachment; filename="document.docx"; filename*=UTF-8''${encodeURIComponent(doc.filename)}`);
    expect(file.bytes.subarray(0, 2).toString()).toBe('PK');
    const docx = await readDocx(file.bytes);
    // A4 and 天头 37 mm, 下白边 35 mm, 订口 28 mm, 翻口 26 mm.
    expect(docx.document).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(docx.document)![1]!;
    expect(margins).toContain(`w:top="${twips(37)}"`);
    expect(margins).toContain(`w:bottom="${twips(35)}"`);
    expect(margins).toContain(`w:left="${twips(28)}"`);
    expect(margins).toContain(`w:right="${twips(26)}"`);
    // 22 lines of 28.95 pt: the line grid and every body line at exactly that pitch; 3号 (16 pt) by default.
    expect(docx.document).toMatch(/<w:docGrid w:type="lines" w:linePitch="579"\/>/);
    expect(docx.styles).toMatch(/<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"\/>/);
    expect(docx.styles).toContain('<w:sz w:val="32"/>');
    for (const font of ['仿宋_GB2312', '方正小标宋简体', '黑体', '楷体_GB2312']) expect(docx.document).toContain(`w:eastAsia="${font}"`);
    // The red 发文机关标志, the number centred above a red rule, the title in 2号 (22 pt = 44 half-points).
    expect(docx.document).toMatch(/<w:color w:val="FF0000"\/>.*?<w:t xml:space="preserve">临汾市尧都区政协办公室<\/w:t>/s);
    expect(docx.document).toMatch(/<w:bottom w:val="single" w:color="FF0000" w:sz="12" w:space="11"\/>/);
    // The title in 2号 type, broken between words into balanced lines (a line break, not a new paragraph).
    expect(docx.document).toMatch(/<w:sz w:val="44"\/>.*?关于交办《关于改善通村道路的协商建议》<\/w:t>.*?<w:br\/>.*?第1条建议的函/s);
    expect(docx.text).toContain('尧政协交〔2026〕1号');
    expect(docx.text).toContain('尧都区交通运输局：');
    expect(docx.text).toContain('（四）请将办理中遇到的困难及时告知本办。');
    expect(docx.text).toContain('2026年11月28日');
    // 版记: 抄送 and 印发, floated to the bottom of the 版心.
    expect(docx.text).toContain('抄送：尧都区住房和城乡建设局。');
    expect(docx.text).toContain('2026年11月28日印发');
    expect(docx.document).toContain('w:tblpYSpec="bottom"');
    // Page numbers — 1 — in 4号宋体, odd pages right and even pages left; the mark in every header.
    expect(docx.settings).toContain('<w:evenAndOddHeaders/>');
    expect(docx.footers).toHaveLength(2);
    for (const footer of docx.footers) {
      expect(footer).toContain('PAGE');
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(docx.footers.map((f) => /<w:jc w:val="(\w+)"\/>/.exec(f)![1]).sort()).toEqual(['left', 'right']);
    for (const header of docx.headers) expect(header).toContain('有事来商量');
  });

  it('numbers per county, year and kind; issuing again makes a new document with the next number and keeps the old one', async () => {
    const { topic, item } = await assignedItem(t);
    const first = await issue(t, office, `/api/handling/items/${item.id}`, 'assignment');
    t.clock.advance(60_000);
    const again = await issue(t, office, `/api/handling/items/${item.id}`, 'assignment', (f) => ({ title: `${f.title}（补发）` }));
    t.clock.advance(60_000);
    const supervision = await issue(t, office, `/api/handling/items/${item.id}`, 'supervision');
    const suggestions = await issue(t, office, `/api/topics/${topic.id}`, 'suggestions');
    expect([first.number, again.number, supervision.number, suggestions.number]).toEqual(['尧政协交〔2026〕1号', '尧政协交〔2026〕2号', '尧政协督〔2026〕1号', '尧政协议〔2026〕1号']);
    // Another county counts on its own.
    const ht = await t.login('hongtong-office');
    const { topicId } = await hongtongTopic(t);
    expect((await issue(t, ht, `/api/topics/${topicId}`, 'suggestions')).number).toBe('洪政协议〔2026〕1号');

    const list = await step<DocumentList>(t, office, 'GET', `/api/documents?subjectType=handling_item&subjectId=${item.id}`);
    expect(list.items.map((d) => d.number)).toEqual(['尧政协督〔2026〕1号', '尧政协交〔2026〕2号', '尧政协交〔2026〕1号']);
    expect(list.issuable).toEqual(['assignment', 'supervision']);
    expect((await download(t, office, first.url)).status).toBe(200);
    // The number of the next one, before it is taken.
    const preview = await step<DocumentPreview>(t, office, 'GET', `/api/handling/items/${item.id}/documents/assignment/preview`);
    expect(preview.nextNumber).toBe('尧政协交〔2026〕3号');
    const audit = await t.db.kysely.selectFrom('audit_log').select(['summary']).where('action', '=', 'document.issue').execute();
    expect(audit).toHaveLength(5);
    expect(audit.map((a) => a.summary)).toContain('交办函 尧政协交〔2026〕1号《关于交办《关于改善通村道路的协商建议》第1条建议的函》（改善通村道路 第 1 条建议）');
  });

  it('ten offices issuing at once get ten distinct, consecutive numbers', async () => {
    const { item } = await assignedItem(t);
    const preview = await step<DocumentPreview>(t, office, 'GET', `/api/handling/items/${item.id}/documents/assignment/preview`);
    const answers = await Promise.all(Array.from({ length: 10 }, () => t.call<DocumentView>(office, 'POST', `/api/handling/items/${item.id}/documents/assignment`, preview.fields)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    expect(answers.map((a) => a.json.seq).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(answers.map((a) => a.json.number)).size).toBe(10);
    const files = await t.db.kysely.selectFrom('attachments').select('id').where('owner_type', '=', 'document').execute();
    expect(files).toHaveLength(10);
  });

  it('another county gets 404 on every document route of a 尧都区 record; a member may read but not issue; the department downloads its 交办函', async () => {
    const { topic, item } = await assignedItem(t);
    const doc = await issue(t, office, `/api/handling/items/${item.id}`, 'assignment');
    const topicDoc = await issue(t, office, `/api/topics/${topic.id}`, 'minutes');
    for (const outsider of ['hongtong-office', 'hongtong-member1', 'huozhou-office']) {
      const cookie = await t.login(outsider);
      for (const [method, url] of [
        ['GET', `/api/handling/items/${item.id}/documents/assignment/preview`],
        ['POST', `/api/handling/items/${item.id}/documents/assignment`],
        ['GET', `/api/topics/${topic.id}/documents/minutes/preview`],
        ['GET', `/api/documents?subjectType=handling_item&subjectId=${item.id}`],
        ['GET', `/api/documents?subjectType=topic&subjectId=${topic.id}`],
        ['GET', doc.url],
        ['GET', topicDoc.url],
      ] as const) {
        const res = await t.call<ErrorAnswer>(cookie, method, url, method === 'POST' ? { title: '越权公文', body: '正文', printer: '洪洞县政协办公室' } : undefined);
        expect(res.status, `${outsider} ${method} ${url}`).toBe(404);
        expect(res.json.message).toMatch(/不存在或无权查看/);
      }
    }
    const refused = await t.db.kysely.selectFrom('audit_log').select('id').where('action', '=', 'access.refused').where('username', '=', 'hongtong-office').execute();
    expect(refused.length).toBeGreaterThanOrEqual(7);

    const member = await t.login('yaodu-member1');
    const denied = await t.call<ErrorAnswer>(member, 'GET', `/api/topics/${topic.id}/documents/minutes/preview`);
    expect([denied.status, denied.json.message]).toEqual([403, '仅政协办公室可以印发公文']);
    expect((await step<DocumentList>(t, member, 'GET', `/api/documents?subjectType=topic&subjectId=${topic.id}`)).issuable).toEqual([]);
    expect((await download(t, member, topicDoc.url)).status).toBe(200);
    expect((await t.call(member, 'GET', doc.url)).status).toBe(404);
    const city = await t.login('city-office');
    const cityRefused = await t.call<ErrorAnswer>(city, 'POST', `/api/topics/${topic.id}/documents/minutes`, { title: '市级代发', body: '正文', printer: '临汾市政协办公室' });
    expect([cityRefused.status, cityRefused.json.message]).toEqual([403, '各县（市、区）的公文由本级政协办公室印发']);
    expect((await download(t, city, topicDoc.url)).status).toBe(200);

    const dept = await t.login('yaodu-dept-jt');
    expect((await download(t, dept, doc.url)).status).toBe(200);
    expect((await t.call(dept, 'GET', topicDoc.url)).status).toBe(404);
    expect((await t.call(null, 'GET', doc.url)).status).toBe(401);
  });

  it('bad input is a 400 in Chinese and writes nothing; a kind not open yet is a 409 saying why', async () => {
    const { topicId, itemIds } = await topicWithOutcome(t, '改善通村道路', ['修缮塌陷路段']);
    const url = `/api/topics/${topicId}/documents/suggestions`;
    const cases: [unknown, string][] = [
      [{ title: '', body: '正文', printer: '尧都区政协办公室' }, '请求内容不符合要求：请填写标题'],
      [{ title: '标题', body: '   ', printer: '尧都区政协办公室' }, '请求内容不符合要求：请填写正文'],
      [{ title: '标题', body: '正文' }, '请求内容不符合要求：请填写印发机关'],
      [{ title: '标题\n第二行', body: '正文', printer: '尧都区政协办公室' }, '请求内容不符合要求：标题不能换行'],
      [{ title: '标题', body: '正文', printer: '尧都区政协办公室', number: '尧政协议〔2026〕99号' }, '请求内容不符合要求'],
      [{ title: '标'.repeat(101), body: '正文', printer: '尧都区政协办公室' }, '请求内容不符合要求：标题不能超过 100 个字'],
    ];
    for (const [body, message] of cases) {
      const res = await t.call<ErrorAnswer>(office, 'POST', url, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.json.message).toContain(message);
    }
    const early = await t.call<ErrorAnswer>(office, 'GET', `/api/handling/items/${itemIds[0]}/documents/assignment/preview`);
    expect([early.status, early.json.message]).toEqual([409, '该建议尚未交办（或已被退回待重新交办），不能生成交办函']);
    const noReply = await t.call<ErrorAnswer>(office, 'POST', `/api/handling/items/${itemIds[0]}/documents/reply`, { title: '答复函', body: '正文', printer: '尧都区交通运输局' });
    expect([noReply.status, noReply.json.message]).toEqual([409, '承办单位的书面反馈尚未采纳，不能生成办理情况答复函']);
    const badYear = await t.call<ErrorAnswer>(office, 'GET', `/api/topics/${topicId}/documents/minutes/preview?consultationId=nope`);
    expect([badYear.status, badYear.json.message]).toEqual([400, '所选协商活动不属于该议题']);
    const list = await t.call<ErrorAnswer>(office, 'GET', '/api/documents?subjectType=case&subjectId=x');
    expect([list.status, list.json.message]).toEqual([400, '查询参数不符合要求：记录类型不正确']);
    expect(await t.db.kysely.selectFrom('documents').select('id').execute()).toEqual([]);
    expect(await t.db.kysely.selectFrom('document_counters').select('seq').execute()).toEqual([]);
  });

  it('the county office sets its 发文机关 suffix and prefixes; the next numbers take them, a stale form is refused', async () => {
    const settings = await step<DocumentSettingsView>(t, office, 'GET', '/api/documents/settings');
    expect(settings).toMatchObject({ base: '临汾市尧都区政协', issuerSuffix: '办公室', issuer: '临汾市尧都区政协办公室', version: 1 });
    expect(settings.prefixes).toEqual({ suggestions: '尧政协议', minutes: '尧政协纪', assignment: '尧政协交', supervision: '尧政协督', reply: '尧政协复', plan: '尧政协发', archive: '尧政协档' });
    expect(settings.nextNumbers.plan).toBe('尧政协发〔2026〕1号');
    const saved = await step<DocumentSettingsView>(t, office, 'PUT', '/api/documents/settings', { issuerSuffix: '', prefixes: { ...settings.prefixes, suggestions: '尧政协建' }, version: 1 });
    expect(saved).toMatchObject({ issuer: '临汾市尧都区政协', version: 2 });
    const stale = await t.call<ErrorAnswer>(office, 'PUT', '/api/documents/settings', { issuerSuffix: '办公室', prefixes: settings.prefixes, version: 1 });
    expect([stale.status, stale.json.error]).toEqual([409, 'VERSION_CONFLICT']);
    const bad = await t.call<ErrorAnswer>(office, 'PUT', '/api/documents/settings', { issuerSuffix: '办公室', prefixes: { ...settings.prefixes, plan: '尧〔政协' }, version: 2 });
    expect([bad.status, bad.json.message]).toEqual([400, '请求内容不符合要求：发文字号代字只能由汉字、字母和数字组成']);
    // An office that numbered by hand goes on from its next number; a number may not go back.
    const raised = await step<DocumentSettingsView>(t, office, 'PUT', '/api/documents/settings', { issuerSuffix: '', prefixes: saved.prefixes, nextSeqs: { suggestions: 8 }, version: 2 });
    expect([raised.nextSeqs.suggestions, raised.nextNumbers.suggestions]).toEqual([8, '尧政协建〔2026〕8号']);
    const { topicId } = await topicWithOutcome(t, '改善通村道路', ['修缮塌陷路段']);
    const doc = await issue(t, office, `/api/topics/${topicId}`, 'suggestions');
    expect(doc.number).toBe('尧政协建〔2026〕8号');
    const back = await t.call<ErrorAnswer>(office, 'PUT', '/api/documents/settings', { issuerSuffix: '', prefixes: saved.prefixes, nextSeqs: { suggestions: 5 }, version: 3 });
    expect([back.status, back.json.message]).toEqual([400, '协商建议今年已编至 8 号，下一个编号须大于 8']);
    const docx = await readDocx((await download(t, office, doc.url)).bytes);
    expect(docx.text.startsWith('有事来商量') || docx.text.startsWith('临汾市尧都区政协')).toBe(true);
    expect(docx.text).not.toContain('临汾市尧都区政协办公室');
    // The city office keeps the city's own: 临汾市政协办公室, 临政协….
    const city = await step<DocumentSettingsView>(t, await t.login('city-office'), 'GET', '/api/documents/settings');
    expect(city).toMatchObject({ countyId: null, base: '临汾市政协', issuer: '临汾市政协办公室' });
    expect(city.prefixes.assignment).toBe('临政协交');
    const member = await t.login('yaodu-member1');
    expect((await t.call(member, 'GET', '/api/documents/settings')).status).toBe(403);
    expect((await t.call(member, 'PUT', '/api/documents/settings', { issuerSuffix: '办公室', prefixes: settings.prefixes, version: 2 })).status).toBe(403);
  });

  it('every kind: 协商建议, 协商纪要, 督办通知, 办理情况答复函, 年度协商计划 and 委员履职档案 carry their record', async () => {
    const { topic, item } = await assignedItem(t);
    const dept = await t.login('yaodu-dept-jt');
    await step(t, dept, 'POST', `/api/handling/items/${item.id}/feedback`, { text: '已完成东羊村塌陷路段修缮，并疏通排水沟1.2公里。', resultClass: 'A', measures: '列入2027年农村公路养护计划。', responsible: '孙立新', contact: '13935711021' });
    await step(t, office, 'POST', `/api/handling/items/${item.id}/review`, { decision: 'accept' });
    const plan = (await t.db.kysely.selectFrom('plans').select('id').where('county_id', '=', await t.orgId('尧都区政协')).executeTakeFirst())?.id ?? (await step<{ id: string }>(t, office, 'POST', '/api/plans', { year: 2026, title: '2026年度“有事来商量”协商计划' }, 201)).id;
    const member = await t.userId('yaodu-member1');
    const kinds: [string, string, string[]][] = [
      [`/api/topics/${topic.id}`, 'suggestions', ['中共尧都区委、尧都区人民政府：', '（一）修缮东羊村通村道路塌陷路段，疏通两侧排水沟。', '以上建议，供决策参考。']],
      [`/api/topics/${topic.id}`, 'minutes', ['时间：2026年11月25日 09:00', '地点：区政协三楼会议室', '出席：周国华（区政府副区长）', '参加人员：', '陈建军', '会议围绕东羊村等问题进行了协商。', '一、关于东羊村、养护、道路', '东羊村通村道路塌陷路段多，雨季积水严重，建议尽快修缮。（刘芳）', '二、下一步工作']],
      [`/api/handling/items/${item.id}`, 'supervision', ['尧都区交通运输局：', '关于督促办理《关于改善通村道路的协商建议》第1条建议的通知']],
      [`/api/handling/items/${item.id}`, 'reply', ['尧都区政协办公室：', '已完成东羊村塌陷路段修缮', '“A 已解决”', '联系人：孙立新，联系电话：13935711021。']],
      [`/api/plans/${plan}`, 'plan', ['中共尧都区委：', '一、协商议题', '二、工作要求']],
      [`/api/members/${member}`, 'archive', ['刘芳委员2026年度履职档案', '界别：中共界', '三、积分构成']],
    ];
    for (const [base, kind, texts] of kinds) {
      const doc = await issue(t, office, base, kind);
      const docx = await readDocx((await download(t, office, doc.url)).bytes);
      for (const text of texts) expect(docx.text, `${kind}: ${text}`).toContain(text);
      expect(docx.text).toContain(doc.number);
    }
    const reply = (await step<DocumentList>(t, office, 'GET', `/api/documents?subjectType=handling_item&subjectId=${item.id}`)).items[0]!;
    const replyDocx = await readDocx((await download(t, office, reply.url)).bytes);
    // A 答复函 is the department's letter: its name is the red 标志 and the 署名.
    expect(replyDocx.document).toMatch(/<w:color w:val="FF0000"\/>.*?<w:t xml:space="preserve">尧都区交通运输局<\/w:t>/s);
    const archives = await step<DocumentList>(t, await t.login('yaodu-member1'), 'GET', `/api/documents?subjectType=archive&subjectId=${member}`);
    expect(archives.items.map((d) => d.kind)).toEqual(['archive']);
    expect((await t.call(await t.login('yaodu-member2'), 'GET', archives.items[0]!.url)).status).toBe(404);
    const details = await step<HandlingItemDetail>(t, office, 'GET', `/api/handling/items/${item.id}`);
    expect(details.state).toBe('accepted');
  });
});

/** A 洪洞县 topic with an outcome, by its own office, chair and party reviewer. */
async function hongtongTopic(t: TestApp): Promise<{ topicId: string }> {
  const [office, chair, party] = [await t.login('hongtong-office'), await t.login('hongtong-chair'), await t.login('hongtong-party')];
  const topic = await step<{ id: string }>(t, office, 'POST', '/api/topics', { title: '改善县城停车秩序', description: '县城停车难问题突出，需要协商解决。', category: 'livelihood' }, 201);
  await step(t, office, 'POST', `/api/topics/${topic.id}/transitions`, { event: 'submit_for_review' });
  await step(t, chair, 'POST', `/api/topics/${topic.id}/transitions`, { event: 'chair_pass' });
  await step(t, party, 'POST', `/api/topics/${topic.id}/transitions`, { event: 'party_approve' });
  await step(t, office, 'POST', `/api/topics/${topic.id}/research-reports`, { title: '停车调研报告', body: '经实地调研，县城停车位缺口较大，老旧小区周边停车尤为困难，需统筹规划建设公共停车场。', submittedOn: '2026-11-20' }, 201);
  const scheduled = await step<{ consultations: { id: string }[] }>(t, office, 'POST', `/api/topics/${topic.id}/consultations`, { form: 'meeting', level: 'county', startsAt: '2026-11-25T09:00:00+08:00', venueText: '县政协会议室' }, 201);
  await step(t, office, 'POST', `/api/consultations/${scheduled.consultations[0]!.id}/record`, { minutes: '会议记录……' });
  await step(t, office, 'POST', `/api/topics/${topic.id}/outcome`, { kind: 'suggestions', title: '关于改善县城停车秩序的协商建议', suggestions: [{ content: '增设公共停车场。' }], submittedTo: '中共洪洞县委、洪洞县人民政府', submittedOn: '2026-11-27' }, 201);
  return { topicId: topic.id };
}
