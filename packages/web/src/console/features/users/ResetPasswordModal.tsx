import type { ReactElement } from 'react';
import { Alert, Form, Input } from 'antd';
import { checkPasswordStrength, PASSWORD_RULE_TEXT, resetPasswordSchema } from '@shangliang/core';
import type { User } from '../../../api/types.js';
import { FormModal } from '../../components/FormModal.js';
import { useSubmit } from '../../components/useSubmit.js';
import { useUserMutations } from './hooks.js';

/** 重置密码 — sets a new password that the user must change at the next sign-in. */
export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<{ newPassword?: string }>();
  const { resetPassword } = useUserMutations();
  const { submit } = useSubmit(form, resetPasswordSchema, (input, h) => resetPassword.mutate({ id: user?.id ?? '', newPassword: input.newPassword }, h), {
    done: `已重置“${user?.displayName ?? ''}”的密码，请将新密码告知本人`,
    onClose,
    open: !!user,
  });

  const go = (): void => {
    if (!user) return;
    const value = (form.getFieldValue('newPassword') as string | undefined) ?? '';
    // The same strength rule as the server's, with the user's own name in it, checked before sending.
    const strength = value ? checkPasswordStrength(value, user.username) : null;
    if (strength) return void form.setFields([{ name: 'newPassword', errors: [strength] }]);
    submit({ newPassword: value });
  };

  return (
    <FormModal
      form={form}
      open={user !== null}
      title={user ? `重置密码：${user.displayName}（${user.username}）` : '重置密码'}
      okText="重置密码"
      onOk={go}
      onCancel={onClose}
      confirmLoading={resetPassword.isPending}
      width={520}
    >
      <Alert type="info" showIcon title="重置后，该用户下次登录时须修改密码。" style={{ marginBottom: 16 }} />
      <Form.Item label="新密码" name="newPassword" required extra={PASSWORD_RULE_TEXT}>
        <Input.Password autoComplete="new-password" maxLength={128} />
      </Form.Item>
    </FormModal>
  );
}
