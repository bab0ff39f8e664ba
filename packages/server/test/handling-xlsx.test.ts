import type { HandlingItemDetail, ImportReport } from '@shangliang/core';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assignItem, topicWithOutcome } from './flow.js';
import { createTestApp, engines, type TestApp } from './harness.js';
import type { ErrorAnswer } from './support/answers.js';

/** Posts an .xlsx file as the browser's upload does; `T` is the answer expected (the report, or ErrorAnswer). */
async function upload<T = ImportReport>(t: TestApp, cookie: string, url: string, file: Buffer): Promise<{ status: number; json: T }> {
  const boundary = '----shangliang-xlsx';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="办理表.xlsx"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await t.app.inject({ method: 'POST', url, headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-shangliang-request': '1' }, payload: body });
  return { status: res.statusCode, json: res.json<T>() };
}

describe.each(engines())('办理表导出导入（%s）', (engine) => {
  let t: TestApp;
  let office: string;
  let topicId: string;
  let items: string[];
  // Each test: a topic of three suggestions, all assigned to 交通运输局.
  beforeEach(async () => {
    t = await createTestApp(engine);
    office = await t.login('yaodu-office');
    ({ topicId, itemIds: items } = await topicWithOutcome(t, '城区停车秩序', ['增设错时共享停车位', '规范占道停车', '建设立体停车库']));
    const jt = await t.orgId('尧都区交通运输局');
    for (const id of items) await assignItem(t, id, { leadDepartmentId: jt });
  });
  afterEach(async () => t.close());

  const filled = async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/handling/topics/${topicId}/export`, headers: { cookie: office } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(3).value).toBe('建议内容');
    expect(sheet.getRow(2).getCell(3).value).toBe('增设错时共享停车位');
    const fill = (n: number, values: (string | number)[]) => values.forEach((v, i) => (sheet.getRow(n).getCell(7 + i).value = v));
    fill(2, ['已协调机关单位开放共享车位 320 个。', 'A', '孙立新', '13935711021', '满意', '群众认可']);
    fill(3, ['已开展占道停车专项整治两轮。', 'B', '孙立新', '13935711021', '不满意', '整治不彻底']);
    fill(4, ['立体停车库已列入规划。', 'E', '孙立新', '13935711021']);
    return Buffer.from(await book.xlsx.writeBuffer());
  };

  it('reports the bad row and writes nothing', async () => {
    const res = await upload(t, office, `/api/handling/topics/${topicId}/import`, await filled());
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ written: 0, applied: false });
    expect(res.json.rows.map((r) => [r.row, r.ok])).toEqual([[2, true], [3, true], [4, false]]);
    expect(res.json.rows[2]?.errors).toEqual(['办理结果分类须为 A、B、C 或 D']);
    const feedbacks = await t.db.kysely.selectFrom('feedbacks').select('id').execute();
    expect(feedbacks).toEqual([]);
    const states = await t.db.kysely.selectFrom('handling_items').select('state').where('topic_id', '=', topicId).execute();
    expect(states.every((s) => s.state === 'assigned')).toBe(true);
  });

  it('applies only the valid rows when asked: one settled, one sent back for a second round', async () => {
    const res = await upload(t, office, `/api/handling/topics/${topicId}/import?applyValid=true`, await filled());
    expect(res.json).toMatchObject({ written: 2, applied: true });
    const [first, second, third] = await Promise.all(items.map(async (id) => (await t.call<HandlingItemDetail>(office, 'GET', `/api/handling/items/${id}`)).json));
    expect(first).toMatchObject({ state: 'settled', latestRatingLabel: '满意' });
    expect(first?.feedbacks[0]).toMatchObject({ statusLabel: '已采纳', resultClassLabel: 'A 已解决' });
    expect(second).toMatchObject({ state: 'assigned', round: 2, latestRatingLabel: '不满意' });
    expect(third).toMatchObject({ state: 'assigned', round: 1, latestFeedback: null });
  });

  it('refuses other files and other people', async () => {
    const junk = await upload<ErrorAnswer>(t, office, `/api/handling/topics/${topicId}/import`, Buffer.from('not a spreadsheet'));
    expect(junk.status).toBe(400);
    expect(junk.json.message).toMatch(/xlsx/);
    const dept = await t.login('yaodu-dept-jt');
    expect((await t.app.inject({ method: 'GET', url: `/api/handling/topics/${topicId}/export`, headers: { cookie: dept } })).statusCode).toBe(404);
    const other = await t.login('hongtong-office');
    expect((await t.app.inject({ method: 'GET', url: `/api/handling/topics/${topicId}/export`, headers: { cookie: other } })).statusCode).toBe(404);
  });
});
