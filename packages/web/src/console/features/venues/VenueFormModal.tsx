import { useEffect, type ReactElement } from 'react';
import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { createVenueSchema, updateVenueSchema, VENUE_KIND_LABELS, VENUE_KINDS, type VenueKind } from '@shangliang/core';
import type { Venue } from '../../../api/types.js';
import { OrgSelect } from '../../components/OrgSelect.js';
import { clearOnChange, dropEmpty, showServerError, validateWith } from '../../components/form-errors.js';
import { useVersionConflict } from '../../components/useVersionConflict.js';
import { canOn } from '../../components/usePolicy.js';
import { useVenueMutations } from './hooks.js';

interface VenueFormValues {
  orgId?: string;
  kind?: VenueKind;
  name?: string;
  address?: string;
  capacity?: number | null;
  note?: string;
  /** The version the form was loaded at, sent back with the edit. */
  version?: number;
}

/** 新建 / 编辑活动场所; `venue` null means create. */
export function VenueFormModal({ open, venue, onClose }: { open: boolean; venue: Venue | null; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<VenueFormValues>();
  const { create, update, reload } = useVenueMutations();
  const { message } = App.useApp();
  const onConflict = useVersionConflict();

  const fill = (v: Venue): void => {
    form.resetFields();
    form.setFieldsValue({ kind: v.kind, name: v.name, address: v.address ?? '', capacity: v.capacity, note: v.note ?? '', version: v.version });
  };

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (venue) fill(venue);
    else form.setFieldsValue({ kind: 'member_room' });
  }, [open, venue, form]);

  const submit = (): void => {
    const values = form.getFieldsValue(true) as VenueFormValues;
    const capacity = values.capacity ?? undefined;
    const fail = (rest: { message: string }[]): void => void (rest[0] && message.error(rest[0].message));
    const onError = (e: unknown): void => showServerError(e, form, (t) => message.error(t));
    if (!venue) {
      const checked = validateWith(createVenueSchema, dropEmpty({ ...values, capacity }), form);
      if (!checked.ok) return fail(checked.rest);
      create.mutate(checked.data, {
        onSuccess: (v) => {
          message.success(`已新建活动场所“${v.name}”`);
          onClose();
        },
        onError,
      });
    } else {
      const { orgId: _o, ...rest } = values;
      const input = Object.fromEntries(
        Object.entries({ ...rest, capacity }).map(([k, v]) => [k, typeof v === 'string' ? v.trim() : v]),
      );
      const checked = validateWith(updateVenueSchema, input, form);
      if (!checked.ok) return fail(checked.rest);
      update.mutate(
        { id: venue.id, input: checked.data },
        {
          onSuccess: (v) => {
            message.success(`已保存“${v.name}”`);
            onClose();
          },
          onError: (e) => {
            if (!onConflict(e, async () => fill(await reload(venue.id)))) onError(e);
          },
        },
      );
    }
  };

  return (
    <Modal
      open={open}
      title={venue ? `编辑活动场所：${venue.name}` : '新建活动场所'}
      okText="保存"
      cancelText="取消"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      forceRender
    >
      <Form form={form} onValuesChange={clearOnChange(form)} layout="vertical" requiredMark="optional" onFinish={submit}>
        {venue ? (
          <Form.Item label="所属组织">
            <Input value={venue.orgName} disabled />
          </Form.Item>
        ) : (
          <Form.Item label="所属组织" name="orgId" required>
            <OrgSelect filter={(o) => o.kind !== 'department' && canOn(o, 'organisation.update')} />
          </Form.Item>
        )}
        <Form.Item label="场所类型" name="kind" required>
          <Select options={VENUE_KINDS.map((k) => ({ value: k, label: VENUE_KIND_LABELS[k] }))} />
        </Form.Item>
        <Form.Item label="名称" name="name" required>
          <Input maxLength={60} placeholder="例如：屯里镇委员活动室" />
        </Form.Item>
        <Form.Item label="地址" name="address">
          <Input maxLength={120} />
        </Form.Item>
        <Form.Item label="可容纳人数" name="capacity">
          <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="备注" name="note">
          <Input.TextArea maxLength={500} rows={3} showCount />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </Modal>
  );
}
