import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { call, hasBrowser, newPage, seriousViolations, shoot, signIn, type Stack, startStack } from './support.js';

/** A 尧都区 topic of the demo year at 成果已报送, whose suggestions wait to be assigned. */
const TOPIC = '改善屯里镇通村道路';
const DEPT = '尧都区交通运输局';

interface ItemView {
  id: string;
  seq: number;
  content: string;
  topicId: string;
  topicTitle: string;
  state: string;
}


/** Clicks the confirming button of the open dialog (a modal on desktops, a sheet on phones). */
async function confirm(page: Page, name: string | RegExp): Promise<void> {
  await page.locator('.ant-modal:visible, .ant-drawer-content-wrapper:visible').last().getByRole('button', { name }).click();
}

describe.skipIf(!hasBrowser)('建议办理：交办 → 书面反馈 → 审核 → 不满意重办 → 满意 → 办结（Chromium）', () => {
  let stack: Stack;
  let office: Page;
  let dept: Page;
  let item: ItemView;
  let itemUrl = '';

  beforeAll(async () => {
    stack = await startStack();
    office = await newPage(stack, 'desktop');
    await signIn(office, stack, 'yaodu-office');
    dept = await newPage(stack, 'phone');
    await signIn(dept, stack, 'yaodu-dept-jt');
  }, 120_000);
  afterAll(async () => stack?.close());

  /** The office's item page, reloaded. */
  async function officeItem(): Promise<void> {
    await office.goto(itemUrl);
    await office.getByRole('heading', { level: 1, name: `第 ${item.seq} 条建议` }).waitFor();
  }

  /** The department opens 我的办件 on its phone and taps the item. */
  async function deptOpensItem(): Promise<void> {
    await dept.goto(`${stack.url}/console`);
    await dept.getByRole('button', { name: '打开菜单' }).click();
    await dept.getByRole('menuitem', { name: '我的办件' }).click();
    await dept.getByRole('heading', { level: 1, name: '我的办件' }).waitFor();
    const card = dept.getByRole('link', { name: new RegExp(item.content.slice(0, 12)) });
    await card.waitFor();
    await card.click();
    await dept.getByRole('heading', { level: 1, name: `第 ${item.seq} 条建议` }).waitFor();
  }

  /** The department submits written feedback through the sheet. */
  async function deptAnswers(text: string, resultClass: RegExp): Promise<void> {
    await dept.getByRole('button', { name: '提交书面反馈' }).click();
    const sheet = dept.locator('.ant-drawer-content-wrapper:visible').last();
    await sheet.locator('#feedback_text').fill(text);
    await sheet.getByRole('radio', { name: resultClass }).check();
    await sheet.locator('#feedback_measures').fill('区交通运输局牵头，屯里镇配合，按月调度进度。');
    await sheet.locator('#feedback_responsible').fill('孙立新');
    await sheet.locator('#feedback_contact').fill('0357-2345678');
    await confirm(dept, /提\s*交/);
    await expect.poll(() => dept.locator('.ant-message').innerText()).toContain('已提交书面反馈');
    await expect.poll(() => dept.locator('main').innerText()).toContain('已反馈待审核');
  }

  /** The office accepts the feedback, then rates it. */
  async function officeAcceptsAndRates(rating: string, comment: string): Promise<void> {
    await officeItem();
    await office.getByRole('button', { name: '采纳反馈' }).click();
    await confirm(office, /采\s*纳/);
    await expect.poll(() => office.locator('main').innerText()).toContain('待满意度测评');
    await office.getByRole('button', { name: '满意度测评' }).click();
    const dialog = office.locator('.ant-modal:visible').last();
    await dialog.locator('.ant-radio-button-wrapper').filter({ hasText: new RegExp(`^${rating}$`) }).click();
    await expect.poll(() => dialog.getByRole('radio', { name: rating, exact: true }).isChecked()).toBe(true);
    await dialog.locator('#evaluate_comment').fill(comment);
    await confirm(office, '提交测评');
    await expect.poll(() => office.locator('.ant-message').innerText()).toMatch(/测评/);
  }

  it('the office assigns a suggestion of a submitted outcome to the transport bureau, on the board', async () => {
    const list = await call<{ items: ItemView[] }>(office, 'GET', '/api/handling/items?pageSize=200');
    const found = list.items.find((i) => i.topicTitle.startsWith(TOPIC) && i.state === 'unassigned');
    expect(found, `演示数据中应有“${TOPIC}”待交办的建议`).toBeTruthy();
    item = found!;

    await office.goto(`${stack.url}/console/handling`);
    await office.getByRole('heading', { level: 1, name: '办理督办' }).waitFor();
    await expect.poll(() => office.locator('main').innerText()).toContain(item.content.slice(0, 12));
    expect(await seriousViolations(office), 'axe 办理督办').toEqual([]);

    await office.getByRole('link', { name: new RegExp(`第 ${item.seq} 条：${item.content.slice(0, 10)}`) }).first().click();
    await office.getByRole('heading', { level: 1, name: `第 ${item.seq} 条建议` }).waitFor();
    itemUrl = office.url();
    expect(itemUrl).toMatch(/\/console\/handling\/items\/[^/]+$/);

    await office.getByRole('button', { name: /^交\s*办$/ }).click();
    const dialog = office.locator('.ant-modal:visible').last();
    await dialog.locator('#assign_leadDepartmentId').click();
    // Pinyin initials find the department (交通运输局 — jtysj).
    await dialog.locator('#assign_leadDepartmentId').fill('jtys');
    await office.locator('.ant-select-dropdown:visible').getByText(DEPT, { exact: true }).click();
    await dialog.locator('#assign_letterNo').fill('尧政协办函〔2026〕8号');
    await confirm(office, /^交\s*办$/);
    await expect.poll(() => office.locator('main').innerText()).toContain('办理中');
    await expect.poll(() => office.locator('main').innerText()).toContain(DEPT);
    await expect.poll(() => office.locator('main').innerText()).toMatch(/剩余 \d+ 天/);
    // Axe looks at the page at rest, after the toast has gone.
    await officeItem();
    expect(await seriousViolations(office), 'axe 办件详情').toEqual([]);

    await office.goto(`${stack.url}/console/handling`);
    await expect.poll(() => office.locator('main').innerText()).toContain(DEPT);
    await shoot(office, 'console-handling-board-desktop');
  });

  it('the department answers in writing on its phone', async () => {
    await deptOpensItem();
    // Within the window, the department may still return a misassigned item.
    await dept.getByRole('button', { name: '退回（非本单位职责）' }).waitFor();
    await dept.goto(`${stack.url}/console/my/items`);
    await dept.getByRole('heading', { level: 1, name: '我的办件' }).waitFor();
    await expect.poll(() => dept.locator('main').innerText()).toMatch(/剩余 \d+ 天/);
    expect(await seriousViolations(dept), 'axe 我的办件').toEqual([]);
    await shoot(dept, 'console-my-items-phone');

    await deptOpensItem();
    await deptAnswers('已对东羊村至镇区破损路段完成勘察设计，计划汛期前完成提质改造并加装护栏和警示标志。', /^A /);
    expect(await seriousViolations(dept), 'axe 办件详情（手机）').toEqual([]);
    await shoot(dept, 'console-handling-item-phone');
  });

  it('the office accepts it and rates it 不满意: a second round starts', async () => {
    await officeAcceptsAndRates('不满意', '群众反映护栏尚未安装，请抓紧落实。');
    await expect.poll(() => office.locator('main').innerText()).toContain('第 2 轮');
    await expect.poll(() => office.locator('main').innerText()).toContain('办理中');
  });

  it('the department sees it again in round 2 and answers once more', async () => {
    await deptOpensItem();
    await expect.poll(() => dept.locator('main').innerText()).toContain('第 2 轮');
    await expect.poll(() => dept.locator('main').innerText()).toContain('上一轮测评为“不满意”');
    // Re-handled items cannot be returned any more.
    expect(await dept.getByRole('button', { name: '退回（非本单位职责）' }).count()).toBe(0);
    await deptAnswers('护栏和警示标志已于本月全部安装到位，破损路段提质改造已完工并通过验收。', /^A /);
  });

  it('the office accepts and rates it 满意; the timeline shows both rounds', async () => {
    await officeAcceptsAndRates('满意', '办理及时，群众满意。');
    await expect.poll(() => office.locator('main').innerText()).toContain('已办结');
    const main = await office.locator('main').innerText();
    expect(main).toContain('第 1 轮');
    expect(main).toContain('第 2 轮');
    await shoot(office, 'console-handling-item-desktop');
  });

  it('the office concludes the topic once every suggestion is settled, and the resident sees 已办结', async () => {
    const topicUrl = `${stack.url}/console/topics/${item.topicId}`;
    await office.goto(topicUrl);
    await office.getByRole('heading', { level: 1, name: item.topicTitle }).waitFor();
    await expect.poll(() => office.locator('main').innerText()).toContain('建议办理');
    // Other suggestions are not settled yet: 办结 is refused with the reason.
    await expect.poll(() => office.locator('main').innerText()).toContain('不能办结');
    expect(await seriousViolations(office), 'axe 议题页（建议办理）').toEqual([]);

    // Settle the others the same way through the API where this department can: 交办 (office), 书面反馈
    // (department), 采纳 and 满意 (office). Items another department still holds cannot be settled here.
    const deptId = await dept.evaluate(async () => (await (await fetch('/api/auth/me')).json()).user.activeOrgId as string);
    const itemsOfTopic = async () => (await call<{ items: (ItemView & { leadDepartmentId: string | null })[] }>(office, 'GET', `/api/handling/items?topicId=${item.topicId}&pageSize=50`)).items;
    for (let pass = 0; pass < 4; pass++) {
      for (const other of await itemsOfTopic()) {
        const at = `/api/handling/items/${other.id}`;
        if (other.state === 'unassigned' || other.state === 'returned') await call(office, 'POST', `${at}/assign`, { leadDepartmentId: deptId, coDepartmentIds: [] });
        else if (other.state === 'assigned' && other.leadDepartmentId === deptId)
          await call(dept, 'POST', `${at}/feedback`, { text: '已按建议落实，相关工作已纳入年度计划并完成。', resultClass: 'B', responsible: '孙立新', contact: '0357-2345678' });
        else if (other.state === 'answered') await call(office, 'POST', `${at}/review`, { decision: 'accept' });
        else if (other.state === 'accepted') await call(office, 'POST', `${at}/evaluate`, { rating: 'satisfied' });
      }
    }
    const allSettled = (await itemsOfTopic()).every((i) => i.state === 'settled');

    await office.goto(topicUrl);
    await office.getByRole('heading', { level: 1, name: item.topicTitle }).waitFor();
    if (allSettled) {
      await office.getByRole('button', { name: /^办\s*结$/ }).click();
      await confirm(office, /^办\s*结$/);
    } else {
      // Some suggestion is still with another department: end the handling with a reason.
      await office.getByRole('button', { name: '结束办理（说明理由）' }).click();
      await office.locator('#transition_reason').fill('其余建议已纳入部门年度工作计划持续推进，经主任会议研究结束本议题办理。');
      await confirm(office, '结束办理（说明理由）');
    }
    await expect.poll(() => office.locator('main').innerText()).toContain('已办结');
    await shoot(office, 'console-topic-concluded-desktop');

    const proposals = await call<{ items: { trackingCode: string | null; topicId: string | null }[] }>(office, 'GET', '/api/proposals?pageSize=100&status=merged&source=public');
    const code = proposals.items.find((p) => p.topicId === item.topicId && p.trackingCode)?.trackingCode;
    expect(code, '该议题应有群众公开提交的选题').toBeTruthy();
    const portal = await newPage(stack, 'phone');
    await portal.goto(`${stack.url}/track?code=${encodeURIComponent(code!)}`);
    await expect.poll(() => portal.getByTestId('topic-stage').innerText(), { timeout: 10_000 }).toBe('已办结');
    await portal.context().close();
  });
});
