import { useState, type ReactElement } from 'react';
import { Button, Input } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';

/** The search in the console's header: a box on desktops, an icon opening the search page on phones. */
export function HeaderSearch({ compact }: { compact: boolean }): ReactElement {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const go = (q: string) => navigate(q.trim() ? `/console/search?q=${encodeURIComponent(q.trim())}` : '/console/search');
  if (compact) return <Button type="text" className="header-icon-button" aria-label="全站检索" icon={<SearchOutlined />} onClick={() => go('')} />;
  return (
    <Input.Search
      className="header-search"
      aria-label="全站检索"
      placeholder="检索建议、议题、答复…"
      value={text}
      maxLength={50}
      onChange={(e) => setText(e.target.value)}
      onSearch={(v) => {
        go(v);
        setText('');
      }}
      style={{ width: 260 }}
    />
  );
}
