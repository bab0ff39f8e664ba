import { describe, expect, it } from 'vitest';
import { checkPasswordStrength } from './password.js';

describe('checkPasswordStrength', () => {
  it.each([
    ['Shangliang@2026', null],
    ['abcDEF12', null],
    ['abc#1234', null],
    ['Abc@12', /不足 8 位/],
    ['abcdefgh', /类别不足/],
    ['abcdef12', /类别不足/],
    ['ABCDEFGH1', /类别不足/],
  ])('%s', (password, expected) => {
    const result = checkPasswordStrength(password);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatch(expected);
  });

  it('refuses a password containing the username', () => {
    expect(checkPasswordStrength('Yaodu-office1', 'yaodu-office')).toBe('密码不能包含用户名');
  });
});
