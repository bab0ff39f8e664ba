import { useState, type ReactElement } from 'react';
import { App, Button, Input, Modal, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiGet } from '../../../api/client.js';
import { errorMessage } from '../../../api/api-error.js';

/** 敏感词 — the county's words that hold a statement for review even in a 先发后审 room, one per line. */
export function ModerationWordsButton(): ReactElement {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const { message } = App.useApp();
  const client = useQueryClient();
  const words = useQuery({ queryKey: ['moderation-words'], queryFn: () => apiGet<{ words: string[] }>('/api/moderation-words'), enabled: open });
  const save = useMutation({
    mutationFn: (list: string[]) => api<{ words: string[] }>('PUT', '/api/moderation-words', { body: { words: list } }),
    onSuccess: (saved) => {
      client.setQueryData(['moderation-words'], saved);
      void message.success(`已保存敏感词 ${saved.words.length} 个`);
      setOpen(false);
    },
    onError: (e) => void message.error(errorMessage(e)),
  });
  const start = () => {
    setOpen(true);
    void words.refetch().then((r) => setText((r.data?.words ?? []).join('\n')));
  };
  const list = () => [...new Set(text.split(/[\n,，、]/).map((w) => w.trim()).filter(Boolean))];
  return (
    <>
      <Button onClick={start}>本级敏感词</Button>
      <Modal open={open} title="本级敏感词" okText="保存" confirmLoading={save.isPending} onCancel={() => setOpen(false)} onOk={() => save.mutate(list())}>
        <Typography.Paragraph type="secondary">含有这些词的观点即使在“先发后审”的协商室中也先进入审核队列。每行一个词。</Typography.Paragraph>
        <Input.TextArea aria-label="敏感词，每行一个" rows={8} value={text} onChange={(e) => setText(e.target.value)} />
      </Modal>
    </>
  );
}
