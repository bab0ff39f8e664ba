import type { ReactElement } from 'react';
import { Button, Form, Select } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { ROLE_LABELS, ROLE_ORG_KINDS, ROLE_TITLES, ROLES, type OrgKind, type Role } from '@shangliang/core';
import { OrgSelect } from '../../components/OrgSelect.js';

/** 角色分配 — one or more (role, organisation, title) rows of the user form. */
export function RoleGrantsField({
  known,
  grantable,
}: {
  known: readonly { id: string; name: string }[];
  /** Roles the server lets this user assign. */
  grantable: readonly Role[];
}): ReactElement {
  const form = Form.useFormInstance();
  const roles = ROLES.filter((r) => grantable.includes(r));
  return (
    <Form.List name="roles">
      {(fields, { add, remove }) => (
        <div className="role-grants">
          {fields.map((field, index) => (
            <Form.Item noStyle key={field.key} shouldUpdate>
              {() => {
                const role = form.getFieldValue(['roles', field.name, 'role']) as Role | undefined;
                const titles = role ? ROLE_TITLES[role] : undefined;
                return (
                  <fieldset className="role-grant">
                    <legend>角色 {index + 1}</legend>
                    <Form.Item label="角色" name={[field.name, 'role']} required>
                      <Select
                        placeholder="请选择角色"
                        options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))}
                        onChange={() => {
                          form.setFieldValue(['roles', field.name, 'orgId'], undefined);
                          form.setFieldValue(['roles', field.name, 'title'], undefined);
                        }}
                      />
                    </Form.Item>
                    <Form.Item label="所属组织" name={[field.name, 'orgId']} required>
                      <OrgSelect
                        kinds={role ? (ROLE_ORG_KINDS[role] as readonly OrgKind[]) : undefined}
                        known={known}
                        placeholder={role ? '输入名称搜索组织' : '请先选择角色'}
                      />
                    </Form.Item>
                    {titles && (
                      <Form.Item label="职务" name={[field.name, 'title']} required>
                        <Select placeholder="请选择职务" options={titles.map((t) => ({ value: t, label: t }))} />
                      </Form.Item>
                    )}
                    {fields.length > 1 && (
                      <Button type="link" danger icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} style={{ paddingInline: 0 }}>
                        移除此角色
                      </Button>
                    )}
                  </fieldset>
                );
              }}
            </Form.Item>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})}>
            添加角色
          </Button>
        </div>
      )}
    </Form.List>
  );
}
