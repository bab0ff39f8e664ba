import { type ReactElement, useLayoutEffect } from 'react';
import { Form, Input } from 'antd';
import { checkPasswordStrength, createUserSchema, PASSWORD_RULE_TEXT, ROLE_TITLES, type Role, updateUserSchema } from '@shangliang/core';
import type { User } from '../../../api/types.js';
import { FormModal } from '../../components/FormModal.js';
import { TextField } from '../../components/FormFields.js';
import { useSubmit } from '../../components/useSubmit.js';
import { useMe } from '../auth/hooks.js';
import { useUserMutations } from './hooks.js';
import { RoleGrantsField } from './RoleGrantsField.js';

interface GrantValues {
  role?: string;
  orgId?: string;
  title?: string;
}
interface UserFormValues {
  username?: string;
  displayName?: string;
  password?: string;
  phone?: string;
  sector?: string;
  committee?: string;
  roles?: GrantValues[];
  /** The version the form was loaded at, sent back with the edit. */
  version?: number;
}

const cleanGrants = (grants: GrantValues[] | undefined) =>
  (grants ?? []).map((g) => ({
    role: g.role ?? '',
    orgId: g.orgId ?? '',
    // A title only for roles that carry one: a title left over from a changed role is not sent.
    ...(g.role && ROLE_TITLES[g.role as Role] && g.title ? { title: g.title } : {}),
  }));

/** 新建 / 编辑用户; `user` null means create. */
export function UserFormModal({ open, user, onClose }: { open: boolean; user: User | null; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<UserFormValues>();
  const { create, update, reload } = useUserMutations();
  const me = useMe();

  const fill = (u: User | null): void => {
    form.resetFields();
    form.setFieldsValue(
      u
        ? {
            displayName: u.displayName,
            phone: u.phone ?? '',
            sector: u.sector ?? '',
            committee: u.committee ?? '',
            roles: u.roles.map((r) => ({ role: r.role, orgId: r.orgId, title: r.title ?? undefined })),
            version: u.version,
          }
        : { roles: [{}] },
    );
  };

  useLayoutEffect(() => {
    if (open) fill(user);
  }, [open, user, form]);

  const adding = useSubmit(form, createUserSchema, (input, h) => create.mutate(input, h), {
    done: (u: User) => `已新建用户“${u.displayName}”，首次登录时须修改密码`,
    onClose,
  });
  // Used only while a user is open for editing.
  const id = user?.id ?? '';
  const editing = useSubmit(form, updateUserSchema, (input, h) => update.mutate({ id, input }, h), {
    done: (u: User) => `已保存用户“${u.displayName}”`,
    onClose,
    reload: async () => fill(await reload(id)),
  });

  const submit = (): void => {
    const v = form.getFieldsValue(true) as UserFormValues;
    // Emptied profile fields are sent as '' so that an edit clears them.
    const profile = {
      displayName: v.displayName?.trim() ?? '',
      phone: v.phone?.trim() ?? '',
      sector: v.sector?.trim() ?? '',
      committee: v.committee?.trim() ?? '',
      roles: cleanGrants(v.roles),
    };
    let sent: boolean;
    if (!user) {
      const strength = v.password ? checkPasswordStrength(v.password, v.username) : null;
      if (strength) {
        form.setFields([{ name: 'password', errors: [strength] }]);
        return;
      }
      sent = adding.submit({ ...profile, username: v.username?.trim() ?? '', password: v.password ?? '', sector: profile.sector || undefined, committee: profile.committee || undefined });
    } else {
      sent = editing.submit({ ...profile, version: v.version });
    }
    // An empty role reads better as "please choose" than as the schema's "role is not valid".
    if (!sent) {
      (v.roles ?? []).forEach((g, i) => {
        if (!g.role) form.setFields([{ name: ['roles', i, 'role'], errors: ['请选择角色'] }]);
      });
    }
  };

  return (
    <FormModal
      form={form}
      open={open}
      title={user ? `编辑用户：${user.displayName}（${user.username}）` : '新建用户'}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
    >
      {!user && (
        <Form.Item label="用户名" name="username" required extra="用于登录，只能包含小写字母、数字、点、下划线和连字符">
          <Input maxLength={32} autoComplete="off" placeholder="例如：yaodu-member2" />
        </Form.Item>
      )}
      <TextField label="姓名" name="displayName" required max={30} />
      {!user && (
        <Form.Item label="初始密码" name="password" required extra={`${PASSWORD_RULE_TEXT}。用户首次登录时须修改密码。`}>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
      )}
      <TextField label="手机或电话" name="phone" max={20} inputMode="tel" />
      <div className="form-two">
        <TextField label="界别" name="sector" extra="政协委员填写，例如：经济界" max={30} />
        <TextField label="专委会" name="committee" extra="例如：提案委员会" max={30} />
      </div>
      <RoleGrantsField
        grantable={me.data?.grantableRoles ?? []}
        known={(user?.roles ?? []).map((r) => ({ id: r.orgId, name: r.orgName }))}
      />
    </FormModal>
  );
}
