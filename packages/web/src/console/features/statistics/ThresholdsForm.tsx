import { useEffect, type ReactElement } from 'react';
import { App, Button, Form, InputNumber, Space } from 'antd';
import type { StatisticsThresholdsView } from '@shangliang/core';
import { errorMessage } from '../../../api/api-error.js';
import { pct, useSetThresholds } from './hooks.js';

interface Values {
  minActivities: number;
  minLeaderPercent: number;
}

/** 预警标准 — the city office sets the minimum yearly activities and leader-attended share; others read them. */
export function ThresholdsForm({ thresholds, editable }: { thresholds: StatisticsThresholdsView; editable: boolean }): ReactElement {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSetThresholds();
  useEffect(() => {
    form.setFieldsValue({ minActivities: thresholds.minActivities, minLeaderPercent: Math.round(thresholds.minLeaderShare * 1000) / 10 });
  }, [form, thresholds]);
  if (!editable) {
    return (
      <p className="statistics-note">
        预警标准：年度协商活动不少于 {thresholds.minActivities} 次，党政负责同志参加协商比例不低于 {pct(thresholds.minLeaderShare)}。
      </p>
    );
  }
  const submit = (v: Values) =>
    save.mutate(
      { minActivities: v.minActivities, minLeaderShare: Math.round(v.minLeaderPercent * 10) / 1000, version: thresholds.version },
      { onSuccess: () => void message.success('预警标准已保存'), onError: (e) => void message.error(errorMessage(e)) },
    );
  return (
    <Form form={form} name="thresholds" layout="inline" onFinish={submit} className="statistics-thresholds">
      <Form.Item label="年度协商活动不少于" name="minActivities" rules={[{ required: true, message: '请填写最少活动次数' }]}>
        <InputNumber min={0} max={1000} precision={0} suffix="次" style={{ width: 120 }} />
      </Form.Item>
      <Form.Item label="党政负责同志参加比例不低于" name="minLeaderPercent" rules={[{ required: true, message: '请填写最低比例' }]}>
        <InputNumber min={0} max={100} precision={1} suffix="%" style={{ width: 120 }} />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            保存预警标准
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
