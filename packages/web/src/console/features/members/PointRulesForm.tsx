import type { ReactElement } from 'react';
import { Form, InputNumber, Select } from 'antd';
import { CONVERSION_LABELS, CONVERSIONS, PARTICIPATION_KIND_LABELS, POINT_UNITS, type PointRules } from '@shangliang/core';
import './members.css';

const UNIT_OPTIONS = POINT_UNITS.map((u) => ({ value: u, label: `每${u}` }));

/** The fields of a year's 积分规则: one row per kind of participation, the conversion bonuses and the two minimums. */
export function PointRulesFields({ rules }: { rules: PointRules }): ReactElement {
  return (
    <>
      <h3 className="card-subtitle">计分标准</h3>
      <div className="point-rules-scroll" tabIndex={0} role="region" aria-label="计分标准表">
        <table className="point-rules-table">
          <colgroup>
            <col />
            <col className="point-rules-unit" />
            <col className="point-rules-number" />
            <col className="point-rules-number" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">履职类别</th>
              <th scope="col">计分单位</th>
              <th scope="col">每单位分值</th>
              <th scope="col">年度上限</th>
            </tr>
          </thead>
          <tbody>
            <Form.List name={['rules', 'rules']}>
              {(fields) =>
                fields.map((field, i) => {
                  const label = PARTICIPATION_KIND_LABELS[rules.rules[i]?.kind ?? 'research'];
                  return (
                    <tr key={field.key}>
                      <th scope="row" style={{ fontWeight: 400 }}>
                        {label}
                        <Form.Item name={[field.name, 'kind']} hidden>
                          <input />
                        </Form.Item>
                      </th>
                      <td>
                        <Form.Item name={[field.name, 'unit']}>
                          <Select aria-label={`${label}的计分单位`} options={UNIT_OPTIONS} style={{ width: '100%' }} />
                        </Form.Item>
                      </td>
                      <td>
                        <Form.Item name={[field.name, 'points']}>
                          <InputNumber aria-label={`${label}的每单位分值`} min={0} max={100} step={0.5} style={{ width: '100%' }} />
                        </Form.Item>
                      </td>
                      <td>
                        <Form.Item name={[field.name, 'cap']}>
                          <InputNumber aria-label={`${label}的年度上限`} min={0} max={1000} step={1} placeholder="不设" style={{ width: '100%' }} />
                        </Form.Item>
                      </td>
                    </tr>
                  );
                })
              }
            </Form.List>
          </tbody>
        </table>
      </div>
      <p className="members-note">年度上限以分计，留空表示不设上限；分值最小单位为 0.5 分。</p>
      <h3 className="card-subtitle">建议转化加分</h3>
      <p className="members-note">委员荐题形成议题后，其协商建议被采纳转化的，按转化类别给荐题委员加分（代替“建议转化”的每件分值）。</p>
      <div className="point-rules-grid">
        {CONVERSIONS.map((c) => (
          <Form.Item key={c} label={CONVERSION_LABELS[c]} name={['rules', 'conversionBonus', c]}>
            <InputNumber min={0} max={100} step={0.5} suffix="分/件" style={{ width: '100%' }} />
          </Form.Item>
        ))}
      </div>
      <h3 className="card-subtitle">年度最低要求</h3>
      <div className="point-rules-grid">
        <Form.Item label="参加活动不少于" name={['rules', 'minimums', 'activities']} extra="含调研、协商、跟踪问效、走访">
          <InputNumber min={0} max={100} step={1} precision={0} suffix="次" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item label="委员荐题不少于" name={['rules', 'minimums', 'recommendations']}>
          <InputNumber min={0} max={100} step={1} precision={0} suffix="件" style={{ width: '100%' }} />
        </Form.Item>
      </div>
    </>
  );
}
