import { useEffect, useState, type ReactElement } from 'react';
import { Alert, App, Button, type FormInstance, Checkbox, DatePicker, Form, Input, Radio, Select, Switch, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import {
  CONSULTATION_FORM_LABELS,
  CONSULTATION_FORMS,
  CONSULTATION_LEVEL_LABELS,
  CONSULTATION_LEVELS,
  OUTCOME_KIND_LABELS,
  OUTCOME_KINDS,
  PREPARATION_KIND_LABELS,
  PREPARATION_KINDS,
  preparationSchema,
  recordConsultationSchema,
  researchActivitySchema,
  researchReportSchema,
  scheduleConsultationSchema,
  submitOutcomeSchema,
  SUPPORT_KIND_LABELS,
  SUPPORT_KINDS,
  TOPIC_TRANSITIONS,
  transitionSchema,
  type TopicEvent,
} from '@shangliang/core';
import { ApiError } from '../../../api/api-error.js';
import type { Consultation, Topic } from '../../../api/types.js';
import { AttachmentField, UPLOADING_MESSAGE, uploadsInProgress } from '../../components/AttachmentField.js';
import { FormModal } from '../../components/FormModal.js';
import { clearOnChange, showServerError, validateWith, type SafeParser } from '../../components/form-errors.js';
import { vocabOptions } from '../../components/format.js';
import { useCountyDepartments, useCountyMembers, useCountyVenues, useTopicMutations } from './hooks.js';

/** The forms a topic page can open. */
export type TopicDialog =
  | { kind: 'transition'; event: TopicEvent }
  | { kind: 'research' }
  | { kind: 'report' }
  | { kind: 'preparation' }
  | { kind: 'schedule' }
  | { kind: 'record'; consultation: Consultation }
  | { kind: 'outcome' };

const day = (d: Dayjs | null | undefined): string | undefined => (d ? d.format('YYYY-MM-DD') : undefined);

/** Trims strings and drops empty ones, recursively through arrays and objects. */
function clean(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (Array.isArray(value)) return value.map(clean).filter((v) => v !== undefined);
  if (value && typeof value === 'object' && !dayjs.isDayjs(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const c = clean(v);
      if (c !== undefined && c !== null) out[k] = c;
    }
    return out;
  }
  return value;
}

/** Shared shell: validate with a core schema, send, close; server field errors under the fields. */
function useSubmit<T>(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  form: FormInstance<any>,
  schema: SafeParser<T>,
  send: (data: T, handlers: { onSuccess: () => void; onError: (e: unknown) => void }) => void,
  done: string,
  onClose: () => void,
) {
  const { message } = App.useApp();
  return (body: unknown): void => {
    if (uploadsInProgress()) {
      message.warning(UPLOADING_MESSAGE);
      return;
    }
    const checked = validateWith(schema, body, form);
    if (!checked.ok) {
      message.error(checked.rest[0]?.message ?? '请检查标红的内容');
      return;
    }
    send(checked.data, {
      onSuccess: () => {
        message.success(done);
        onClose();
      },
      onError: (e) => showServerError(e, form, (t) => message.error(t)),
    });
  };
}

/** Dispatches to the right form. */
export function TopicDialogs({ topic, dialog, onClose }: { topic: Topic; dialog: TopicDialog | null; onClose: () => void }): ReactElement {
  return (
    <>
      <TransitionModal topic={topic} event={dialog?.kind === 'transition' ? dialog.event : null} onClose={onClose} />
      <ResearchModal topic={topic} open={dialog?.kind === 'research'} onClose={onClose} />
      <ReportModal topic={topic} open={dialog?.kind === 'report'} onClose={onClose} />
      <PreparationModal topic={topic} open={dialog?.kind === 'preparation'} onClose={onClose} />
      <ScheduleModal topic={topic} open={dialog?.kind === 'schedule'} onClose={onClose} />
      <RecordModal topic={topic} consultation={dialog?.kind === 'record' ? dialog.consultation : null} onClose={onClose} />
      <OutcomeModal topic={topic} open={dialog?.kind === 'outcome'} onClose={onClose} />
    </>
  );
}

const CHAIR: readonly TopicEvent[] = ['chair_pass', 'chair_return', 'chair_reject'];
const PARTY: readonly TopicEvent[] = ['party_approve', 'party_return', 'party_reject'];

function TransitionModal({ topic, event, onClose }: { topic: Topic; event: TopicEvent | null; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { transition } = useTopicMutations();
  const rule = event ? TOPIC_TRANSITIONS[event] : null;
  const chair = !!event && CHAIR.includes(event);
  const party = !!event && PARTY.includes(event);
  // A refusal of the server (409, e.g. 不能办结…) stays visible in the dialog, not only as a toast.
  const [refusal, setRefusal] = useState<string | null>(null);
  useEffect(() => {
    if (event) {
      setRefusal(null);
      form.resetFields();
      form.setFieldsValue({ date: dayjs() });
    }
  }, [event, form]);
  const submit = useSubmit(
    form,
    transitionSchema,
    (input, h) => {
      setRefusal(null);
      transition.mutate(
        { id: topic.id, input },
        {
          onSuccess: h.onSuccess,
          onError: (e) => {
            if (e instanceof ApiError && e.fields.length === 0 && e.status >= 400 && e.status < 500) setRefusal(e.message);
            h.onError(e);
          },
        },
      );
    },
    rule ? `已${rule.label}` : '已完成',
    onClose,
  );
  const go = (): void => {
    const v = form.getFieldsValue(true) as { meeting?: string; date?: Dayjs; reason?: string; instruction?: string };
    submit(
      clean({
        event,
        meeting: chair ? v.meeting : undefined,
        date: chair || party ? day(v.date) : undefined,
        reason: v.reason,
        instruction: party ? v.instruction : undefined,
      }),
    );
  };
  return (
    <FormModal
      open={!!event}
      title={rule?.label ?? ''}
      okText={rule?.label ?? '确定'}
      danger={!!rule && rule.to === 'rejected'}
      onOk={go}
      onCancel={onClose}
      confirmLoading={transition.isPending}
    >
      <Typography.Paragraph>议题：{topic.title}</Typography.Paragraph>
      {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 12 }} />}
      <Form form={form} name="transition" layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={go}>
        {chair && (
          <Form.Item label="会议名称" name="meeting">
            <Input maxLength={40} placeholder="例如：第十二次主席会议" />
          </Form.Item>
        )}
        {(chair || party) && (
          <Form.Item label={chair ? '会议日期' : '审定日期'} name="date">
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        )}
        {party && (
          <Form.Item label="批示" name="instruction">
            <Input.TextArea rows={3} maxLength={1000} placeholder="党委领导的批示意见（如有）" />
          </Form.Item>
        )}
        <Form.Item
          label={rule?.needsReason ? '理由' : chair ? '审议意见' : party ? '意见' : '说明'}
          name="reason"
          required={rule?.needsReason}
          rules={rule?.needsReason ? [{ required: true, message: '请填写理由' }] : []}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </FormModal>
  );
}

/** Members of a county, several at once. */
export function MemberSelect({ countyId, id, value, onChange }: { countyId: string | null; id?: string; value?: string[]; onChange?: (v: string[]) => void }): ReactElement {
  const members = useCountyMembers(countyId);
  return (
    <Select
      id={id}
      mode="multiple"
      value={value}
      onChange={onChange}
      placeholder="选择参加的委员"
      loading={members.isPending}
      showSearch={{ optionFilterProp: 'label' }}
      options={(members.data ?? []).map((u) => ({ value: u.id, label: u.sector ? `${u.displayName}（${u.sector}）` : u.displayName }))}
      notFoundContent="没有找到委员"
    />
  );
}

function ResearchModal({ topic, open, onClose }: { topic: Topic; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { research } = useTopicMutations();
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ date: dayjs(), memberIds: [] });
    }
  }, [open, form]);
  const submit = useSubmit(form, researchActivitySchema, (input, h) => research.mutate({ id: topic.id, input }, h), '已记录调研活动', onClose);
  const go = (): void => {
    const v = form.getFieldsValue(true) as { date?: Dayjs; place?: string; memberIds?: string[]; others?: string; findings?: string };
    submit(clean({ ...v, date: day(v.date), memberIds: v.memberIds ?? [] }));
  };
  return (
    <FormModal open={open} title="记录调研活动" onOk={go} onCancel={onClose} confirmLoading={research.isPending} width={720}>
      <Form form={form} name="research" layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={go}>
        <div className="form-two">
          <Form.Item label="调研日期" name="date" required>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="调研地点" name="place" required>
            <Input maxLength={80} />
          </Form.Item>
        </div>
        <Form.Item label="参加委员" name="memberIds">
          <MemberSelect countyId={topic.countyId} />
        </Form.Item>
        <Form.Item label="其他参加人员" name="others">
          <Input maxLength={300} placeholder="部门、基层干部、群众代表等" />
        </Form.Item>
        <Form.Item label="调研发现" name="findings" required>
          <Input.TextArea rows={5} maxLength={3000} showCount />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </FormModal>
  );
}

function ReportModal({ topic, open, onClose }: { topic: Topic; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { report } = useTopicMutations();
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ submittedOn: dayjs(), title: `关于“${topic.title}”的调研报告`.slice(0, 80) });
    }
  }, [open, form, topic.title]);
  const submit = useSubmit(form, researchReportSchema, (input, h) => report.mutate({ id: topic.id, input }, h), '已提交调研报告', onClose);
  const go = (): void => {
    const v = form.getFieldsValue(true) as { title?: string; body?: string; submittedOn?: Dayjs; attachmentIds?: string[] };
    submit(clean({ ...v, submittedOn: day(v.submittedOn) }));
  };
  return (
    <FormModal open={open} title="提交调研报告" okText="提交" onOk={go} onCancel={onClose} confirmLoading={report.isPending} width={760}>
      <Form form={form} name="report" layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={go}>
        <Form.Item label="报告标题" name="title" required>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item label="报告日期" name="submittedOn" required>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="报告正文" name="body" required extra="至少 20 个字">
          <Input.TextArea rows={10} maxLength={20000} showCount />
        </Form.Item>
        <Form.Item label="附件" name="attachmentIds">
          <AttachmentField max={10} />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </FormModal>
  );
}

function PreparationModal({ topic, open, onClose }: { topic: Topic; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm();
  const { preparation } = useTopicMutations();
  useEffect(() => {
    if (open) {
      form.resetFields();
      const hasReport = topic.preparations.some((p) => p.kind === 'prior_report');
      form.setFieldsValue({ date: dayjs(), kind: hasReport ? 'solution' : 'prior_report' });
    }
  }, [open, form, topic.preparations]);
  const submit = useSubmit(form, preparationSchema, (input, h) => preparation.mutate({ id: topic.id, input }, h), '已记录前置事项', onClose);
  const go = (): void => {
    const v = form.getFieldsValue(true) as { kind?: string; date?: Dayjs; recipient?: string; summary?: string };
    submit(clean({ ...v, date: day(v.date) }));
  };
  return (
    <FormModal open={open} title="记录前置事项" onOk={go} onCancel={onClose} confirmLoading={preparation.isPending}>
      <Typography.Paragraph type="secondary">
        对协商议题中敏感的问题、多年积累的难题等，要主动向党委政府报告相关情况，提前与相关部门研究切实可行的解决方案（第四条(三)1）。
      </Typography.Paragraph>
      <Form form={form} name="preparation" layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={go}>
        <Form.Item label="事项" name="kind" required>
          <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} options={vocabOptions(PREPARATION_KINDS, PREPARATION_KIND_LABELS)} />
        </Form.Item>
        <div className="form-two">
          <Form.Item label="日期" name="date" required>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item label="报告对象/参与部门" name="recipient">
            <Input maxLength={60} />
          </Form.Item>
        </div>
        <Form.Item label="主要内容" name="summary" required>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </FormModal>
  );
}

interface ScheduleValues {
  form?: string;
  level?: string;
  joint?: boolean;
  startsAt?: Dayjs;
  venueId?: string;
  venueText?: string;
  memberIds?: string[];
  departments?: { orgId?: string; person?: string }[];
  unitHeads?: string[];
  cadres?: string[];
  publicReps?: string[];
  leaders?: { name?: string; title?: string }[];
}

function ScheduleModal({ topic, open, onClose }: { topic: Topic; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<ScheduleValues>();
  const { schedule } = useTopicMutations();
  const venues = useCountyVenues(topic.countyId, open);
  const departments = useCountyDepartments(topic.countyId, open);
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({ form: 'meeting', level: topic.countyId ? 'county' : 'city', joint: false, startsAt: dayjs().add(7, 'day').hour(9).minute(0).second(0), memberIds: [], departments: [], leaders: [] });
    }
  }, [open, form, topic.countyId]);
  const submit = useSubmit(form, scheduleConsultationSchema, (input, h) => schedule.mutate({ id: topic.id, input }, h), '已安排协商活动', onClose);
  const go = (): void => {
    const v = form.getFieldsValue(true) as ScheduleValues;
    submit(
      clean({
        ...v,
        joint: !!v.joint,
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
    <FormModal open={open} title="安排协商活动" okText="安排" onOk={go} onCancel={onClose} confirmLoading={schedule.isPending} width={800}>
      <Form form={form} name="schedule" layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={go}>
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
        <Form.Item label="协商时间" name="startsAt" required>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
        <div className="form-two">
          <Form.Item label="活动场所" name="venueId">
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="选择登记的场所"
              loading={venues.isPending}
              options={(venues.data ?? []).map((v) => ({ value: v.id, label: v.name }))}
            />
          </Form.Item>
          <Form.Item label="其他地点" name="venueText" extra="未登记的场所，直接填写">
            <Input maxLength={80} />
          </Form.Item>
        </div>
        <Form.Item label="参加委员" name="memberIds">
          <MemberSelect countyId={topic.countyId} />
        </Form.Item>
        <Typography.Text strong>有关部门</Typography.Text>
        <Form.List name="departments">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <div key={f.key} className="list-row">
                  <div className="form-two">
                    <Form.Item label="部门" name={[f.name, 'orgId']} required>
                      <Select
                        showSearch={{ optionFilterProp: 'label' }}
                        placeholder="选择部门"
                        loading={departments.isPending}
                        options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
                      />
                    </Form.Item>
                    <Form.Item label="负责同志" name={[f.name, 'person']}>
                      <Input maxLength={30} />
                    </Form.Item>
                  </div>
                  <Button type="link" danger icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} style={{ paddingInline: 0, marginBottom: 8 }}>
                    移除此部门
                  </Button>
                </div>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})} style={{ margin: '8px 0 16px' }}>
                添加部门
              </Button>
            </>
          )}
        </Form.List>
        {names('单位负责人', 'unitHeads', '输入姓名后回车，可填多人')}
        {names('基层干部', 'cadres', '输入姓名后回车，可填多人')}
        {names('群众代表', 'publicReps', '输入姓名后回车，可填多人')}
        <Typography.Text strong>参加的党政领导</Typography.Text>
        <Form.List name="leaders">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <div key={f.key} className="list-row">
                  <div className="form-two">
                    <Form.Item label="姓名" name={[f.name, 'name']} required>
                      <Input maxLength={30} />
                    </Form.Item>
                    <Form.Item label="职务" name={[f.name, 'title']} required>
                      <Input maxLength={40} placeholder="例如：区政府副区长" />
                    </Form.Item>
                  </div>
                  <Button type="link" danger icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} style={{ paddingInline: 0, marginBottom: 8 }}>
                    移除
                  </Button>
                </div>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})} style={{ marginTop: 8 }}>
                添加领导
              </Button>
            </>
          )}
        </Form.List>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </FormModal>
  );
}

interface RecordValues {
  attendedMemberIds?: string[];
  responses?: { orgId?: string; person?: string; content?: string }[];
  opinions?: { speaker?: string; content?: string }[];
  minutes?: string;
  support?: { orgId?: string; kind?: string; note?: string }[];
  attachmentIds?: string[];
}

function RecordModal({ topic, consultation, onClose }: { topic: Topic; consultation: Consultation | null; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<RecordValues>();
  const { record } = useTopicMutations();
  const open = !!consultation;
  const departments = useCountyDepartments(topic.countyId, open);
  const invited = (consultation?.participants ?? []).filter((p) => p.kind === 'member' && p.userId);
  useEffect(() => {
    if (consultation) {
      form.resetFields();
      form.setFieldsValue({
        attendedMemberIds: consultation.participants.filter((p) => p.kind === 'member' && p.userId).map((p) => p.userId as string),
        responses: [],
        opinions: [{}],
        support: [],
      });
    }
  }, [consultation, form]);
  const submit = useSubmit(
    form,
    recordConsultationSchema,
    (input, h) => record.mutate({ id: consultation?.id ?? '', input }, h),
    '已记录协商情况',
    onClose,
  );
  const go = (): void => {
    const v = form.getFieldsValue(true) as RecordValues;
    submit(
      clean({
        ...v,
        attendedMemberIds: v.attendedMemberIds ?? [],
        responses: (v.responses ?? []).filter((r) => r?.person || r?.content),
        opinions: (v.opinions ?? []).filter((o) => o?.speaker || o?.content),
        support: (v.support ?? []).filter((s) => s?.orgId || s?.kind),
      }),
    );
  };
  const deptOptions = (departments.data ?? []).map((d) => ({ value: d.id, label: d.name }));
  return (
    <FormModal open={open} title="记录协商情况" onOk={go} onCancel={onClose} confirmLoading={record.isPending} width={820}>
      <Form form={form} name="record" layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={go}>
        <Form.Item label="实到委员" name="attendedMemberIds" extra={invited.length === 0 ? '未邀请委员' : '勾选实际参加的委员'}>
          <Checkbox.Group options={invited.map((p) => ({ value: p.userId as string, label: p.name }))} />
        </Form.Item>
        <Typography.Text strong>部门负责同志现场回应</Typography.Text>
        <Form.List name="responses">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <div key={f.key} className="list-row">
                  <div className="form-two">
                    <Form.Item label="部门" name={[f.name, 'orgId']}>
                      <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={deptOptions} placeholder="选择部门" />
                    </Form.Item>
                    <Form.Item label="发言人" name={[f.name, 'person']} required>
                      <Input maxLength={30} />
                    </Form.Item>
                  </div>
                  <Form.Item label="回应内容" name={[f.name, 'content']} required>
                    <Input.TextArea rows={3} maxLength={2000} />
                  </Form.Item>
                  <Button type="link" danger icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} style={{ paddingInline: 0, marginBottom: 8 }}>
                    移除
                  </Button>
                </div>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})} style={{ margin: '8px 0 16px' }}>
                添加部门回应
              </Button>
            </>
          )}
        </Form.List>
        <Typography.Text strong>意见建议</Typography.Text>
        <Form.List name="opinions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <div key={f.key} className="list-row">
                  <Form.Item label={`发言人（第 ${i + 1} 条）`} name={[f.name, 'speaker']} required>
                    <Input maxLength={30} />
                  </Form.Item>
                  <Form.Item label={`意见建议（第 ${i + 1} 条）`} name={[f.name, 'content']} required>
                    <Input.TextArea rows={3} maxLength={2000} />
                  </Form.Item>
                  <Button type="link" danger icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} style={{ paddingInline: 0, marginBottom: 8 }}>
                    移除
                  </Button>
                </div>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})} style={{ margin: '8px 0 16px' }}>
                添加意见建议
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item label="会议记录" name="minutes" required>
          <Input.TextArea rows={6} maxLength={20000} showCount />
        </Form.Item>
        <Typography.Text strong>部门支持</Typography.Text>
        <Form.List name="support">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <div key={f.key} className="list-row">
                  <div className="form-two">
                    <Form.Item label="部门" name={[f.name, 'orgId']} required>
                      <Select showSearch={{ optionFilterProp: 'label' }} options={deptOptions} placeholder="选择部门" />
                    </Form.Item>
                    <Form.Item label="支持方式" name={[f.name, 'kind']} required>
                      <Select options={vocabOptions(SUPPORT_KINDS, SUPPORT_KIND_LABELS)} />
                    </Form.Item>
                  </div>
                  <Form.Item label="说明" name={[f.name, 'note']}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <Button type="link" danger icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} style={{ paddingInline: 0, marginBottom: 8 }}>
                    移除
                  </Button>
                </div>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({ kind: 'venue' })} style={{ margin: '8px 0 16px' }}>
                添加部门支持
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item label="照片与附件" name="attachmentIds">
          <AttachmentField max={20} photos />
        </Form.Item>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </FormModal>
  );
}

interface OutcomeValues {
  kind?: string;
  title?: string;
  suggestions?: { content?: string; departmentId?: string }[];
  submittedTo?: string;
  submittedOn?: Dayjs;
  submittedVia?: string;
}

function OutcomeModal({ topic, open, onClose }: { topic: Topic; open: boolean; onClose: () => void }): ReactElement {
  const [form] = Form.useForm<OutcomeValues>();
  const { outcome } = useTopicMutations();
  const departments = useCountyDepartments(topic.countyId, open);
  useEffect(() => {
    if (open) {
      form.resetFields();
      form.setFieldsValue({
        kind: 'suggestions',
        title: `关于“${topic.title}”的协商建议`.slice(0, 80),
        suggestions: [{}],
        submittedOn: dayjs(),
      });
    }
  }, [open, form, topic.title]);
  const submit = useSubmit(form, submitOutcomeSchema, (input, h) => outcome.mutate({ id: topic.id, input }, h), '已报送协商成果', onClose);
  const go = (): void => {
    const v = form.getFieldsValue(true) as OutcomeValues;
    submit(clean({ ...v, submittedOn: day(v.submittedOn), suggestions: (v.suggestions ?? []).filter((s) => s?.content || s?.departmentId) }));
  };
  return (
    <FormModal open={open} title="报送协商成果" okText="报送" onOk={go} onCancel={onClose} confirmLoading={outcome.isPending} width={800}>
      <Form form={form} name="outcome" layout="vertical" requiredMark="optional" onValuesChange={clearOnChange(form)} onFinish={go}>
        <div className="form-two">
          <Form.Item label="成果形式" name="kind" required>
            <Select options={vocabOptions(OUTCOME_KINDS, OUTCOME_KIND_LABELS)} />
          </Form.Item>
          <Form.Item label="报送日期" name="submittedOn" required>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </div>
        <Form.Item label="成果标题" name="title" required>
          <Input maxLength={80} />
        </Form.Item>
        <Typography.Text strong>意见建议（逐条编号）</Typography.Text>
        <Form.List name="suggestions">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f, i) => (
                <div key={f.key} className="list-row">
                  <Form.Item label={`第 ${i + 1} 条建议`} name={[f.name, 'content']} required>
                    <Input.TextArea rows={3} maxLength={2000} />
                  </Form.Item>
                  <Form.Item label={`第 ${i + 1} 条的承办部门`} name={[f.name, 'departmentId']}>
                    <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="选择部门" options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button type="link" danger icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} style={{ paddingInline: 0, marginBottom: 8 }}>
                      移除此条
                    </Button>
                  )}
                </div>
              ))}
              <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})} style={{ margin: '8px 0 16px' }}>
                添加一条建议
              </Button>
            </>
          )}
        </Form.List>
        <div className="form-two">
          <Form.Item label="报送对象" name="submittedTo" required>
            <Input maxLength={80} placeholder="例如：中共尧都区委、尧都区人民政府" />
          </Form.Item>
          <Form.Item label="报送方式" name="submittedVia">
            <Input maxLength={40} placeholder="例如：政协专报" />
          </Form.Item>
        </div>
        <button type="submit" hidden aria-hidden="true" tabIndex={-1} />
      </Form>
    </FormModal>
  );
}
