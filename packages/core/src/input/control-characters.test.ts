import { describe, expect, it } from 'vitest';
import { findControlCharacter } from './control-characters.js';

describe('findControlCharacter', () => {
  it('finds NUL and other controls anywhere in a body, with the path', () => {
    expect(findControlCharacter({ title: '东羊村\u0000道路' }, 'text')).toEqual(['title']);
    expect(findControlCharacter({ items: [{ a: 'x' }, { a: 'y\u001b' }] }, 'text')).toEqual(['items', '1', 'a']);
    expect(findControlCharacter({ ['k\u0000']: 1 }, 'text')).toEqual(['k\u0000']);
    expect(findControlCharacter('\u007f', 'text')).toEqual([]);
  });
  it('allows line breaks and tabs in body text, not in parameters', () => {
    expect(findControlCharacter({ description: '第一段\r\n第二段\t完' }, 'text')).toBeNull();
    expect(findControlCharacter({ q: '道路\n' }, 'parameter')).toEqual(['q']);
    expect(findControlCharacter({ page: 2, ok: true, none: null }, 'parameter')).toBeNull();
  });
});
