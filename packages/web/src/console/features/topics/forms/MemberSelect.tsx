import type { ReactElement } from 'react';
import { Form, Select } from 'antd';
import { useCountyMembers } from '../hooks.js';
import { PINYIN_SEARCH } from '../../../components/pinyin-search.js';

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
      showSearch={PINYIN_SEARCH}
      options={(members.data ?? []).map((u) => ({ value: u.id, label: u.sector ? `${u.displayName}（${u.sector}）` : u.displayName }))}
      notFoundContent="没有找到委员"
    />
  );
}

/** 参加委员 — the members taking part, as a form field. */
export function MembersField({ countyId }: { countyId: string | null }): ReactElement {
  return (
    <Form.Item label="参加委员" name="memberIds">
      <MemberSelect countyId={countyId} />
    </Form.Item>
  );
}
