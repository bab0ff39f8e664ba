import { useEffect, type ReactElement } from 'react';
import { App, Form, Input, Modal, Select } from 'antd';
import { createContactPointSchema, updateContactPointSchema } from '@shangliang/core';
import type { ContactPoint } from '../../../api/types.js';
import { OrgSelect } from '../../components/OrgSelect.js';
import { clearOnChange, showServerError, validateWith } from '../../components/form-errors.js';
import { useVersionConflict } from '../../components/useVersionConflict.js';
import { countyOptions, useCounties } from '../../components/useCounties.js';
import { useContactPointMutations } from './hooks.js';

/** Select value standing for "county not known yet" (sent as null). */
const UNKNOWN = '__unknown__';

interface ContactPointFormValues {
  name?: string;
  countyId?: string;
  orgId?: string | null;
  address?: string;
  note?: string;
  /** The version the form was loaded at, sent back with the edit. */
  version?: number;
}

/** 新建 / 编辑工作联系点; the county may stay unknown (第四条(七) names 段村 without its county). */
export function ContactPointFormModal({
  open,
  point,
  onClose,
}: {
  open: boolean;
  point: ContactPoint | null;
  onClose: () => void;
}): ReactElement {
  const [form] = Form.useForm<ContactPointFormValues>();
  const { create, update, reload } = useContactPointMutations();
  const counties = useCounties();
  const { message } = App.useApp();
  const onConflict = useVersionConflict();

  const fill = (p: ContactPoint | null): void => {
    form.resetFields();
    form.setFieldsValue(
      p
        ? { name: p.name, countyId: p.countyId ?? UNKNOWN, orgId: p.orgId, address: p.address ?? '', note: p.note ?? '', version: p.version }
        : { countyId: UNKNOWN },
    );
  };

  useEffect(() => {
    if (open) fill(point);
  }, [open, point, form]);

  const submit = (): void => {
    const v = form.getFieldsValue(true) as ContactPointFormValues;
    const input = {
      name: v.name?.trim() ?? '',
      countyId: !v.countyId || v.countyId === UNKNOWN ? null : v.countyId,
      orgId: v.orgId ?? null,
      address: v.address?.trim() || undefined,
      note: v.note?.trim() || undefined,
    };
    const version = v.version;
    const done = (name: string, verb: string): void => {
      message.success(`已${verb}工作联系点“${name}”`);
      onClose();
    };
    const onError = (e: unknown): void => showServerError(e, form, (t) => message.error(t));
    if (!point) {
      const checked = validateWith(createContactPointSchema, input, form);
      if (!checked.ok) return void (checked.rest[0] && message.error(checked.rest[0].message));
      create.mutate(checked.data, { onSuccess: (p) => done(p.name, '新建'), onError });
    } else {
      const checked = validateWith(
        updateContactPointSchema,
        { ...input, address: v.address?.trim() ?? '', note: v.note?.trim() ?? '', version },
        form,
      );
      if (!checked.ok) return void (checked.rest[0] && message.error(checked.rest[0].message));
      const id = point.id;
      update.mutate(
        { id, input: checked.data },
        { onSuccess: (p) => done(p.name, '保存'), onError: (e) => void (onConflict(e, async () => fill(await reload(id))) || onError(e)) },
      );
    }
  };

  return (
    <Modal
      open={open}
      title={point ? `编辑工作联系点：${point.name}` : '新建工作联系点'}
      okText="保存"
      cancelText="取消"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      forceRender
    >
      <Form form={form} onValuesChange={clearOnChange(form)} layout="vertical" requiredMark="optional" onFinish={submit}>
        <Form.Item label="名称" name="name" required>
          <Input maxLength={60} placeholder="例如：冯南垣" />
        </Form.Item>
        <Form.Item label="所属县（市、区）" name="countyId" extra="尚不清楚时选择“未确定（待补充）”，以后再补充。">
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={[{ value: UNKNOWN, label: '未确定（待补充）' }, ...countyOptions(counties.data)]}
          />
        </Form.Item>
        <Form.Item label="对应组织（村、社区等）" name="orgId">
          <OrgSelect known={point?.orgId && point.orgName ? [{ id: point.orgId, name: point.orgName }] : []} />
        </Form.Item>
        <Form.Item label="地址" name="address">
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item label="备注" name="note">
          <Input.TextArea maxLength={500} rows={3} showCount />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
