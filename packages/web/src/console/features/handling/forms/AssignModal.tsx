import type { ReactElement } from 'react';
import { DatePicker, Form, Select } from 'antd';
import dayjs from 'dayjs';
import { assignSchema, ITEM_TRANSITIONS } from '@shangliang/core';
import type { HandlingItemDetail } from '../../../../api/types.js';
import { FormModal } from '../../../components/FormModal.js';
import { DateField, TextField } from '../../../components/FormFields.js';
import { useAssignableDepartments, useItemMutations } from '../hooks.js';
import { About } from './About.js';
import { clean } from '../../../components/clean.js';
import { Refusal } from '../../../components/Refusal.js';
import { useSubmit } from '../../../components/useSubmit.js';
import { PINYIN_SEARCH } from '../../../components/pinyin-search.js';

/** 交办 / 重新交办. */
export function AssignModal({ item, open, onClose }: { item: HandlingItemDetail; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { assign } = useItemMutations(item.id);
  const depts = useAssignableDepartments(item.countyId, open);
  const again = item.state === 'returned';
  const label = again ? `重新${ITEM_TRANSITIONS.assign.label}` : ITEM_TRANSITIONS.assign.label;
  const { submit, refusal } = useSubmit(form, assignSchema, (input, h) => assign.mutate(input, h), { done: `已${label}`, onClose, open, start: () => ({ coDepartmentIds: [], letterDate: dayjs() }) });
  const go = (): void => {
    const v = form.getFieldsValue(true) as Record<string, unknown>;
    if (!v.leadDepartmentId) {
      form.setFields([{ name: 'leadDepartmentId', errors: ['请选择主办单位'] }]);
      return;
    }
    submit({ ...clean(v), coDepartmentIds: (v.coDepartmentIds as string[] | undefined) ?? [] });
  };
  const toOptions = (list: readonly { id: string; name: string }[], except?: string) => list.filter((d) => d.id !== except).map((d) => ({ value: d.id, label: d.name }));
  const lead = Form.useWatch('leadDepartmentId', form) as string | undefined;
  const options = [
    ...(depts.data?.county.length ? [{ label: '本级承办单位', title: '本级承办单位', options: toOptions(depts.data.county) }] : []),
    ...(depts.data?.city.length ? [{ label: '市直部门', title: '市直部门', options: toOptions(depts.data.city) }] : []),
  ];
  const coOptions = options.map((g) => ({ ...g, options: g.options.filter((o) => o.value !== lead) }));
  return (
    <FormModal form={form} name="assign" open={open} title={label} okText={label} onOk={go} onCancel={onClose} confirmLoading={assign.isPending} width={720}>
      <About item={item} />
      <Refusal text={refusal} />
      <Form.Item label="主办单位" name="leadDepartmentId" required>
        <Select showSearch={PINYIN_SEARCH} placeholder="选择主办单位" loading={depts.isPending} options={options} notFoundContent="没有找到承办单位" />
      </Form.Item>
      <Form.Item label="会办单位" name="coDepartmentIds" extra="可选，最多 10 个">
        <Select mode="multiple" showSearch={PINYIN_SEARCH} placeholder="选择会办单位（可不选）" loading={depts.isPending} options={coOptions} />
      </Form.Item>
      <div className="form-two">
        <Form.Item label="办理期限" name="dueOn" extra="不填则按本级设置（默认交办后 90 天）">
          <DatePicker style={{ width: '100%' }} placeholder="默认按办理期限设置" />
        </Form.Item>
        <Form.Item label="会办意见期限" name="coDueOn">
          <DatePicker style={{ width: '100%' }} placeholder="可不填" />
        </Form.Item>
      </div>
      <div className="form-two">
        <TextField label="交办函号" name="letterNo" max={40} placeholder="例如：尧政协办函〔2026〕12号" />
        <DateField label="交办日期" name="letterDate" />
      </div>
    </FormModal>
  );
}
