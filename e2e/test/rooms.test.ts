import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasBrowser, newPage, seriousViolations, shoot, signIn, type Stack, startStack } from './support.js';

describe.skipIf(!hasBrowser)('网络协商：门户议事厅与控制台审核（Chromium）', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(async () => stack?.close());

  it('a resident on a phone votes on five statements and posts one; the office approves it; another page sees it and a department reply arrive without reloading', async () => {
    // The resident finds the open room from the list.
    const phone = await newPage(stack, 'phone');
    await phone.goto(`${stack.url}/rooms`);
    await phone.getByRole('link', { name: /老旧小区加装电梯/ }).click();
    await phone.getByRole('heading', { name: '逐条表态' }).waitFor();
    const roomPath = new URL(phone.url()).pathname;
    await expect.poll(() => phone.locator('#map-title + p').innerText()).toMatch(/分为 \d 类意见/);
    expect(await seriousViolations(phone)).toEqual([]);
    await shoot(phone, 'room-phone-voting');
    for (const [i, choice] of ['同意', '不同意', '同意', '跳过', '同意'].entries()) {
      await phone.getByRole('button', { name: choice, exact: true }).click();
      await expect.poll(() => phone.getByText(/已表态 \d+ \/ \d+ 条/).innerText()).toContain(`已表态 ${i + 1} /`);
    }
    // Another resident has the room open on a desktop.
    const watcher = await newPage(stack, 'desktop');
    await watcher.goto(`${stack.url}${roomPath}`);
    await watcher.getByRole('heading', { name: /全部观点/ }).waitFor();
    const mine = '建议把加装电梯的费用分摊方案做成全区统一的参考标准';
    await phone.getByLabel(/我的观点/).fill(mine);
    await phone.getByLabel(/昵称/).fill('五一路居民');
    await phone.getByRole('button', { name: '发表', exact: true }).click();
    await phone.getByText('您的观点已提交，审核通过后公开显示。').waitFor();
    expect(await watcher.locator('body').innerText()).not.toContain(mine);

    // The office approves it in the console's moderation queue.
    const office = await newPage(stack, 'desktop');
    await signIn(office, stack, 'yaodu-office');
    await office.goto(`${stack.url}/console${roomPath}`);
    await office.getByRole('heading', { name: /审核队列/ }).waitFor();
    await expect.poll(() => office.locator('body').innerText()).toContain(mine);
    expect(await seriousViolations(office)).toEqual([]);
    await shoot(office, 'room-console-moderation');
    const item = office.locator('.ant-list-item', { hasText: mine });
    await item.getByRole('button', { name: /通\s*过/ }).click();
    await office.getByText('已通过，观点已公开显示').waitFor();

    // The watcher's page shows it without a reload.
    await expect.poll(() => watcher.locator('body').innerText()).toContain(mine);

    // The department answers it from the portal page, signed in; the watcher sees the reply arrive.
    const dept = await newPage(stack, 'desktop');
    await signIn(dept, stack, 'yaodu-dept-jt');
    await dept.goto(`${stack.url}${roomPath}`);
    const statement = dept.locator('.statement', { hasText: mine });
    await statement.getByRole('button', { name: '作部门回应' }).click();
    await statement.getByLabel('部门回应').fill('我局将配合住建部门，在施工期间做好小区周边的交通组织。');
    await statement.getByRole('button', { name: '发布回应' }).click();
    await expect.poll(() => watcher.locator('.statement', { hasText: mine }).innerText()).toContain('尧都区交通运输局 回应');

    // The map shows the groups and where this resident is.
    await phone.reload();
    await expect.poll(() => phone.locator('body').innerText()).toContain('第 1 类意见');
    await phone.locator('.opinion-scatter svg').waitFor();
    await phone.locator('#map-title').scrollIntoViewIfNeeded();
    await shoot(phone, 'room-phone-map');
    for (const p of [phone, watcher, office, dept]) await p.context().close();
  });

  it('the room list is readable on a phone, keyboard-operable voting works, and 大字模式 enlarges the text', async () => {
    const page = await newPage(stack, 'phone');
    await page.goto(`${stack.url}/rooms`);
    await page.getByRole('heading', { name: '正在进行' }).waitFor();
    expect(await page.locator('body').innerText()).toContain('往期协商');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'rooms-list-phone');
    await page.getByRole('link', { name: /老旧小区加装电梯/ }).click();
    await page.getByRole('heading', { name: '逐条表态' }).waitFor();
    const before = await page.getByText(/已表态 \d+ \/ \d+ 条/).innerText();
    await page.getByRole('button', { name: '不同意', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText(/已表态 \d+ \/ \d+ 条/).innerText()).not.toBe(before);
    // How tall the card's heading renders: 大字模式 enlarges what is shown, whatever CSS does it.
    const size = async () => page.evaluate(() => document.querySelector('#vote-title')!.getBoundingClientRect().height);
    const normal = await size();
    await page.getByRole('button', { name: '大字模式' }).click();
    expect(await size()).toBeGreaterThan(normal);
    expect(await page.getByRole('button', { name: '标准字号' }).getAttribute('aria-pressed')).toBe('true');
    expect(await seriousViolations(page)).toEqual([]);
    await shoot(page, 'room-phone-large-text');
    await page.context().close();
  });
});
