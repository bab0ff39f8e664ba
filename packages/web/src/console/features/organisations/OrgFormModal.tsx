import { useEffect, type ReactElement } from 'react';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { createOrgSchema, ORG_KIND_LABELS, updateOrgSchema, type OrgKind } from '@shangliang/core';
import type { Org } from '../../../api/types.js';
import { clearOnChange, dropEmpty, showServerError, validateWith } from '../../components/form-errors.js';
import { useVersionConflict } from '../../components/useVersionConflict.js';
import { useOrgMutations } from './hooks.js';

interface OrgFormValues {
  parentId?: string;
  kind?: OrgKind;
  name?: string;
  regionName?: string;
  partyName?: string;
  governmentName?: string;
  contactPerson?: string;
  contactPhone?: string;
  sortOrder?: number | null;
  /** The version the form was loaded at, sent back with the edit. */
  version?: number;
}

/** What the modal does: create under one of some parents, or edit one organisation. */
export type OrgFormTarget =
  | { mode: 'create'; parents: readonly { id: string; name: string }[]; kinds: readonly OrgKind[] }
  | { mode: 'edit'; org: Org };

/** 新建 / 编辑组织 (also used for 承办单位). */
export function OrgFormModal({
  target,
  onClose,
  noun = '组织',
}: {
  target: OrgFormTarget | null;
  onClose: () => void;
  noun?: string;
}): ReactElement {
  const [form] = Form.useForm<OrgFormValues>();
  const { create, update, reload } = useOrgMutations();
  const { message } = App.useApp();
  const onConflict = useVersionConflict();
  const open = target !== null;
  const kind = Form.useWatch('kind', form) ?? (target?.mode === 'edit' ? target.org.kind : undefined);
  const isCountyLevel = kind === 'county' || kind === 'township';

  const fill = (o: Org): void => {
    form.resetFields();
    form.setFieldsValue({
      name: o.name,
      regionName: o.regionName ?? '',
      partyName: o.partyName ?? '',
      governmentName: o.governmentName ?? '',
      contactPerson: o.contactPerson ?? '',
      contactPhone: o.contactPhone ?? '',
      sortOrder: o.sortOrder,
      version: o.version,
    });
  };

  useEffect(() => {
    if (!target) return;
    form.resetFields();
    if (target.mode === 'edit') {
      fill(target.org);
    } else {
      form.setFieldsValue({
        parentId: target.parents.length === 1 ? target.parents[0]?.id : undefined,
        kind: target.kinds.length === 1 ? target.kinds[0] : undefined,
      });
    }
  }, [target, form]);

  const submit = async (): Promise<void> => {
    if (!target) return;
    const values = form.getFieldsValue(true) as OrgFormValues;
    const sortOrder = values.sortOrder ?? undefined;
    if (target.mode === 'create') {
      const checked = validateWith(createOrgSchema, { ...dropEmpty({ ...values, sortOrder }) }, form);
      if (!checked.ok) return void (checked.rest[0] && message.error(checked.rest[0].message));
      create.mutate(checked.data, {
        onSuccess: (org) => {
          message.success(`已新建${noun}“${org.name}”`);
          onClose();
        },
        onError: (e) => showServerError(e, form, (t) => message.error(t)),
      });
    } else {
      const { parentId: _p, kind: _k, ...rest } = values;
      const input = Object.fromEntries(
        Object.entries({ ...rest, sortOrder }).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
      );
      const checked = validateWith(updateOrgSchema, input, form);
      if (!checked.ok) return void (checked.rest[0] && message.error(checked.rest[0].message));
      update.mutate(
        { id: target.org.id, input: checked.data },
        {
          onSuccess: (org) => {
            message.success(`已保存“${org.name}”`);
            onClose();
          },
          onError: (e) => {
            const id = target.org.id;
            if (!onConflict(e, async () => fill(await reload(id)))) showServerError(e, form, (t) => message.error(t));
          },
        },
      );
    }
  };

  const title = target?.mode === 'edit' ? `编辑${noun}：${target.org.name}` : `新建${noun}`;
  return (
    <Modal
      open={open}
      title={title}
      okText="保存"
      cancelText="取消"
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      forceRender
    >
      <Form form={form} onValuesChange={clearOnChange(form)} layout="vertical" requiredMark="optional" onFinish={() => void submit()}>
        {target?.mode === 'create' && (
          <>
            <Form.Item label="上级组织" name="parentId" required>
              <Select
                placeholder="请选择上级组织"
                showSearch={{ optionFilterProp: 'label' }}
                options={target.parents.map((p) => ({ value: p.id, label: p.name }))}
              />
            </Form.Item>
            {target.kinds.length > 1 && (
              <Form.Item label="类型" name="kind" required>
                <Select placeholder="请选择类型" options={target.kinds.map((k) => ({ value: k, label: ORG_KIND_LABELS[k] }))} />
              </Form.Item>
            )}
          </>
        )}
        <Form.Item label="名称" name="name" required>
          <Input maxLength={60} placeholder={kind === 'department' ? '例如：尧都区交通运输局' : '请输入名称'} />
        </Form.Item>
        {isCountyLevel && (
          <>
            <Form.Item label="行政区名称" name="regionName" extra="例如：尧都区、霍州市、师庄乡">
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item label="党委名称" name="partyName" extra="例如：中共尧都区委、中共霍州市委">
              <Input maxLength={60} />
            </Form.Item>
            <Form.Item label="政府名称" name="governmentName">
              <Input maxLength={60} />
            </Form.Item>
          </>
        )}
        <Form.Item label="联系人" name="contactPerson">
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item label="联系电话" name="contactPhone">
          <Input maxLength={30} inputMode="tel" />
        </Form.Item>
        <Form.Item label="排序号" name="sortOrder" extra="数字越小越靠前">
          <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
