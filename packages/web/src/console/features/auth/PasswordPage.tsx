import { useEffect, type ReactElement } from 'react';
import { Alert, App, Button, Card, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { changePasswordSchema, checkPasswordStrength, PASSWORD_RULE_TEXT } from '@shangliang/core';
import { PageTitle } from '../../components/PageTitle.js';
import { showServerError, validateWith } from '../../components/form-errors.js';
import { useChangePassword, useMe } from './hooks.js';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** 修改密码; also the forced change after a reset or the first sign-in. */
export function PasswordPage(): ReactElement {
  const [form] = Form.useForm<PasswordForm>();
  const me = useMe();
  const change = useChangePassword();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const forced = me.data?.mustChangePassword === true;
  useEffect(() => {
    document.title = '修改密码 · 有事来商量';
  }, []);

  const submit = (values: PasswordForm): void => {
    const checked = validateWith(
      changePasswordSchema,
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      form,
    );
    if (!checked.ok) return;
    change.mutate(checked.data, {
      onSuccess: () => {
        message.success('密码已修改');
        form.resetFields();
        if (forced) navigate('/console', { replace: true });
      },
      onError: (error) => showServerError(error, form, (text) => message.error(text)),
    });
  };

  return (
    <>
      <PageTitle>{forced ? '请先修改密码' : '修改密码'}</PageTitle>
      <Card style={{ maxWidth: 520 }}>
        {forced && (
          <Alert
            type="warning"
            showIcon
            style={{ marginBottom: 16 }}
            title="为了账号安全，请先设置新密码"
            description="您的密码是初始密码或已由管理员重置。设置新密码后才能使用平台的其他功能。"
          />
        )}
        <Form form={form} layout="vertical" onFinish={submit} disabled={change.isPending}>
          <Form.Item label="当前密码" name="currentPassword" rules={[{ required: true, message: '请输入当前密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item
            label="新密码"
            name="newPassword"
            extra={PASSWORD_RULE_TEXT}
            rules={[
              { required: true, message: '请输入新密码' },
              {
                validator: async (_rule, value: string | undefined) => {
                  const problem = value ? checkPasswordStrength(value, me.data?.username) : null;
                  if (problem) throw new Error(problem);
                },
              },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            label="确认新密码"
            name="confirm"
            dependencies={['newPassword']}
            rules={[
              { required: true, message: '请再次输入新密码' },
              ({ getFieldValue }) => ({
                validator: async (_rule, value: string | undefined) => {
                  if (value && value !== getFieldValue('newPassword')) throw new Error('两次输入的新密码不一致');
                },
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            确认修改
          </Button>
        </Form>
      </Card>
    </>
  );
}
