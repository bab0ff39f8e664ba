import { useState, type ReactElement } from 'react';
import { Button, Select, Space, Typography } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { apiGet } from '../../../../api/client.js';
import type { RoomView, Topic } from '../../../../api/types.js';

/**
 * 从网络议事厅选取 — the statements of the topic's rooms, the most agreed first, to add to the outcome as
 * suggestions (the office words them further in the form). Nothing when the topic had no room.
 */
export function RoomStatementPicker({ topic, open, onPick }: { topic: Topic; open: boolean; onPick: (texts: string[]) => void }): ReactElement | null {
  const roomIds = topic.consultations.map((c) => c.roomId).filter((x): x is string => !!x);
  const rooms = useQueries({ queries: roomIds.map((id) => ({ queryKey: ['rooms', id], queryFn: () => apiGet<RoomView>(`/api/rooms/${id}`), enabled: open })) });
  const [picked, setPicked] = useState<string[]>([]);
  if (roomIds.length === 0) return null;
  const options = rooms
    .flatMap((r) => r.data?.statements ?? [])
    .filter((s) => s.status === 'shown')
    .sort((a, b) => b.agrees - a.agrees)
    .map((s) => ({ value: s.text, label: `同意 ${s.agrees} · 不同意 ${s.disagrees}｜${s.text}` }));
  return (
    <div style={{ marginBottom: 12 }}>
      <Typography.Text strong>从网络议事厅选取</Typography.Text>
      <Space.Compact style={{ width: '100%', marginTop: 4 }}>
        <Select mode="multiple" aria-label="网络议事厅中的观点" style={{ width: '100%' }} placeholder="选择观点，加入下方的意见建议" value={picked} onChange={setPicked} options={options} loading={rooms.some((r) => r.isPending)} optionFilterProp="value" />
        <Button disabled={picked.length === 0} onClick={() => { onPick(picked); setPicked([]); }}>
          加入建议
        </Button>
      </Space.Compact>
    </div>
  );
}
