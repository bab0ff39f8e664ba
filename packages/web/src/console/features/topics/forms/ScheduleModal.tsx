import type { ReactElement } from 'react';
import { Checkbox, DatePicker, Form, Radio, Select, Switch, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { CONSULTATION_FORM_LABELS, CONSULTATION_FORMS, CONSULTATION_LEVEL_LABELS, CONSULTATION_LEVELS, LEADER_BODIES, LEADER_BODY_LABELS, scheduleConsultationSchema } from '@shangliang/core';
import type { Topic } from '../../../../api/types.js';
import { FormModal } from '../../../components/FormModal.js';
import { TextField } from '../../../components/FormFields.js';
import { FormRows } from '../../../components/FormRows.js';
import { vocabOptions } from '../../../components/format.js';
import { useCountyDepartments, useCountyVenues, useTopicMutations } from '../hooks.js';
import { clean } from '../../../components/clean.js';
import { MembersField } from './MemberSelect.js';
import { useSubmit } from '../../../components/useSubmit.js';
import { PINYIN_SEARCH } from '../../../components/pinyin-search.js';

interface ScheduleValues {
  form?: string;
  level?: string;
  joint?: boolean;
  companionRoom?: boolean;
  startsAt?: Dayjs;
  venueId?: string;
  venueText?: string;
  memberIds?: string[];
  departments?: { orgId?: string; person?: string }[];
  unitHeads?: string[];
  cadres?: string[];
  publicReps?: string[];
  leaders?: { name?: string; title?: string; body?: string; principal?: boolean }[];
}

/** 安排协商活动: form, time, place and who takes part. */
export function ScheduleModal({ topic, open, onClose }: { topic: Topic; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<ScheduleValues>();
  const { schedule } = useTopicMutations();
  const venues = useCountyVenues(topic.countyId, open);
  const departments = useCountyDepartments(topic.countyId, open);
  const { submit } = useSubmit(form, scheduleConsultationSchema, (input, h) => schedule.mutate({ id: topic.id, input }, h), { done: '已安排协商活动', onClose, open, start: () => ({ form: 'meeting', level: topic.countyId ? 'county' : 'city', joint: false, startsAt: dayjs().add(7, 'day').hour(9).minute(0).second(0), memberIds: [], departments: [], leaders: [] }) });
  const go = (): void => {
    const v = form.getFieldsValue(true) as ScheduleValues;
    submit(
      clean({
        ...v,
        joint: !!v.joint,
        companionRoom: v.form !== 'online' && !!v.companionRoom,
        startsAt: v.startsAt ? v.startsAt.format('YYYY-MM-DDTHH:mm:ssZ') : undefined,
        memberIds: v.memberIds ?? [],
        departments: (v.departments ?? []).filter((d) => d?.orgId),
        unitHeads: v.unitHeads ?? [],
        cadres: v.cadres ?? [],
        publicReps: v.publicReps ?? [],
        leaders: (v.leaders ?? []).filter((l) => l?.name || l?.title),
      }),
    );
  };
  const names = (label: string, name: keyof ScheduleValues, placeholder: string): ReactElement => (
    <Form.Item label={label} name={name}>
      <Select mode="tags" placeholder={placeholder} open={false} tokenSeparators={[',', '，', '、', ' ']} suffixIcon={null} />
    </Form.Item>
  );
  return (
    <FormModal form={form} name="schedule" open={open} title="安排协商活动" okText="安排" onOk={go} onCancel={onClose} confirmLoading={schedule.isPending} width={800}>
      <Form.Item label="协商形式" name="form" required>
        <Radio.Group optionType="button" options={vocabOptions(CONSULTATION_FORMS, CONSULTATION_FORM_LABELS)} />
      </Form.Item>
      <div className="form-two">
        <Form.Item label="协商层级" name="level" required>
          <Select options={vocabOptions(CONSULTATION_LEVELS, CONSULTATION_LEVEL_LABELS)} />
        </Form.Item>
        <Form.Item label="各级政协联动" name="joint" valuePropName="checked" extra="市、县政协联动协商">
          <Switch checkedChildren="联动" unCheckedChildren="否" />
        </Form.Item>
      </div>
      <Form.Item noStyle shouldUpdate={(a: ScheduleValues, b: ScheduleValues) => a.form !== b.form}>
        {({ getFieldValue }) =>
          getFieldValue('form') === 'online' ? (
            <Typography.Paragraph type="secondary">网络协商将开设网络议事厅：群众无需注册即可在门户上逐条表态、发表观点，部门在线回应。</Typography.Paragraph>
          ) : (
            <Form.Item label="同时开设网络议事厅" name="companionRoom" valuePropName="checked" extra="场内场外配合：会场外的群众可在门户上同步参与">
              <Switch checkedChildren="开设" unCheckedChildren="否" />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item label="协商时间" name="startsAt" required>
        <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
      </Form.Item>
      <div className="form-two">
        <Form.Item label="活动场所" name="venueId">
          <Select
            allowClear
            showSearch={PINYIN_SEARCH}
            placeholder="选择登记的场所"
            loading={venues.isPending}
            options={(venues.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
          />
        </Form.Item>
        <TextField label="其他地点" name="venueText" extra="未登记的场所，直接填写" max={80} />
      </div>
      <MembersField countyId={topic.countyId} />
      <Typography.Text strong>有关部门</Typography.Text>
      <FormRows name="departments" addText="添加部门" removeText="移除此部门">
        {(f) => (
          <div className="form-two">
            <Form.Item label="部门" name={[f.name, 'orgId']} required>
              <Select
                showSearch={PINYIN_SEARCH}
                placeholder="选择部门"
                loading={departments.isPending}
                options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
              />
            </Form.Item>
            <TextField label="负责同志" name={[f.name, 'person']} max={30} />
          </div>
        )}
      </FormRows>
      {names('单位负责人', 'unitHeads', '输入姓名后回车，可填多人')}
      {names('基层干部', 'cadres', '输入姓名后回车，可填多人')}
      {names('群众代表', 'publicReps', '输入姓名后回车，可填多人')}
      <Typography.Text strong>参加的党政领导</Typography.Text>
      <FormRows name="leaders" addText="添加领导" last>
        {(f) => (
          <div className="form-two">
            <TextField label="姓名" name={[f.name, 'name']} required max={30} />
            <TextField label="职务" name={[f.name, 'title']} required max={40} placeholder="例如：区政府副区长" />
            <Form.Item label="所属" name={[f.name, 'body']} initialValue="government">
              <Select options={vocabOptions(LEADER_BODIES, LEADER_BODY_LABELS)} />
            </Form.Item>
            <Form.Item name={[f.name, 'principal']} valuePropName="checked" label="县级负责同志">
              <Checkbox>是</Checkbox>
            </Form.Item>
          </div>
        )}
      </FormRows>
    </FormModal>
  );
}
