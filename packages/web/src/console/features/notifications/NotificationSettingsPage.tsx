import { useEffect, useState, type ReactElement } from 'react';
import { Alert, App, Button, Card, Checkbox, Form, Input, Space, Table, Typography } from 'antd';
import { CHANNEL_LABELS, type Channel, type NotificationKind } from '@shangliang/core';
import { Link } from 'react-router';
import { errorMessage } from '../../../api/api-error.js';
import { PageTitle } from '../../components/PageTitle.js';
import { useDocumentTitle } from '../../components/useDocumentTitle.js';
import { useNotificationSettings } from './hooks.js';

const OPTIONAL: readonly Exclude<Channel, 'in_app'>[] = ['email', 'sms'];
/** Column heads short enough for a phone. */
const SHORT = { email: '邮件', sms: '短信' } as const;

/** 通知设置 — one's e-mail, and by which channels each kind of notification comes (站内消息 always). */
export function NotificationSettingsPage(): ReactElement {
  useDocumentTitle('通知设置');
  const { settings, save } = useNotificationSettings();
  const { message } = App.useApp();
  const [email, setEmail] = useState('');
  const [chosen, setChosen] = useState<Partial<Record<NotificationKind, Channel[]>>>({});
  const data = settings.data;
  useEffect(() => {
    if (!data) return;
    setEmail(data.email ?? '');
    setChosen(Object.fromEntries(data.kinds.map((k) => [k.kind, k.channels])));
  }, [data]);
  const toggle = (kind: NotificationKind, channel: Channel, on: boolean): void =>
    setChosen((c) => ({ ...c, [kind]: on ? [...(c[kind] ?? []), channel] : (c[kind] ?? []).filter((x) => x !== channel) }));
  const submit = (): void =>
    save.mutate({ email: email.trim() || null, kinds: chosen }, { onSuccess: () => message.success('通知设置已保存'), onError: (e) => message.error(errorMessage(e)) });

  return (
    <>
      <PageTitle description="站内消息始终接收；电子邮件和手机短信可按类别选择。短信发送到办公室登记的手机号码。" extra={<Link to="/console/notifications">返回我的消息</Link>}>
        通知设置
      </PageTitle>
      {settings.isError && <Alert type="error" showIcon title={errorMessage(settings.error)} />}
      {data && (
        <Card>
          <Form layout="vertical" onFinish={submit} style={{ maxWidth: 720 }}>
            <Form.Item label="电子邮箱" htmlFor="ns-email" extra={data.available.email ? '用于接收邮件通知，可不填。' : '本平台尚未配置邮件服务，暂不能发送邮件。'}>
              <Input id="ns-email" type="email" value={email} maxLength={100} onChange={(e) => setEmail(e.target.value)} placeholder="例如：zhangsan@example.cn" autoComplete="email" />
            </Form.Item>
            <Form.Item label="手机号码">
              <Typography.Text>{data.phone ?? '未登记（请联系本级政协办公室登记）'}</Typography.Text>
            </Form.Item>
            <Table
              rowKey="kind"
              size="small"
              pagination={false}
              dataSource={data.kinds}
              columns={[
                { title: '通知类别', dataIndex: 'label' },
                { title: '站内', width: 56, align: 'center' as const, render: () => <Checkbox checked disabled aria-label="站内消息（始终接收）" /> },
                ...OPTIONAL.map((channel) => ({
                  title: SHORT[channel],
                  width: 56,
                  align: 'center' as const,
                  render: (_: unknown, row: (typeof data.kinds)[number]) => (
                    <Checkbox
                      checked={(chosen[row.kind] ?? []).includes(channel)}
                      aria-label={`${row.label}：${CHANNEL_LABELS[channel]}`}
                      onChange={(e) => toggle(row.kind, channel, e.target.checked)}
                    />
                  ),
                })),
              ]}
            />
            <Space style={{ marginTop: 16 }}>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                保存设置
              </Button>
            </Space>
          </Form>
        </Card>
      )}
    </>
  );
}
