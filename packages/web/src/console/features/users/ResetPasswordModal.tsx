import { useEffect, type ReactElement } from 'react';
import { Alert, App, Form, Input, Modal } from 'antd';
import { checkPasswordStrength, PASSWORD_RULE_TEXT, resetPasswordSchema } from '@shangliang/core';
import type { User } from '../../../api/types.js';
import { clearOnChange, showServerError, validateWith } from '../../components/form-errors.js';
import { useUserMutations } from './hooks.js';

/** 重置密码 — sets a new password that the user must change at the next sign-in. */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<{ newPassword?: string }>();
  const { resetPassword } = useUserMutations();
  const { message } = App.useApp();
  useEffect(() => {
    if (user) form.resetFields();
  }, [user, form]);

  const submit = (): void => {
    if (!user) return;
    const value = (form.getFieldValue('newPassword') as string | undefined) ?? '';
    const strength = value ? checkPasswordStrength(value, user.username) : null;
    if (strength) return void form.setFields([{ name: 'newPassword', errors: [strength] }]);
    const checked = validateWith(resetPasswordSchema, { newPassword: value }, form);
    if (!checked.ok) return;
    resetPassword.mutate(
      { id: user.id, newPassword: checked.data.newPassword },
      {
        onSuccess: () => {
          message.success(`已重置“${user.displayName}”的密码，请将新密码告知本人`);
          onClose();
        },
        onError: (e) => showServerError(e, form, (t) => message.error(t)),
      },
    );
  };

  return (
    <Modal
      open={user !== null}
      title={user ? `重置密码：${user.displayName}（${user.username}）` : '重置密码'}
      okText="重置密码"
      cancelText="取消"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={resetPassword.isPending}
      forceRender
    >
      <Alert type="info" showIcon title="重置后，该用户下次登录时须修改密码。" style={{ marginBottom: 16 }} />
      <Form form={form} onValuesChange={clearOnChange(form)} layout="vertical" onFinish={submit}>
        <Form.Item label="新密码" name="newPassword" required extra={PASSWORD_RULE_TEXT}>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
