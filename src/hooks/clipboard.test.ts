import { describe, expect, it, vi } from 'vitest';
import { copyText } from './clipboard';

describe('copyText', () => {
  it('uses the Clipboard API when it works', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    const copyWithSelection = vi.fn(() => true);
    expect(await copyText('hello', { writeText, copyWithSelection })).toBe('copied');
    expect(writeText).toHaveBeenCalledWith('hello');
    expect(copyWithSelection).not.toHaveBeenCalled();
  });

  it('falls back to the selection route when the Clipboard API is denied', async () => {
    const writeText = vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const copyWithSelection = vi.fn(() => true);
    expect(await copyText('hello', { writeText, copyWithSelection })).toBe('copied');
    expect(copyWithSelection).toHaveBeenCalledWith('hello');
  });

  it('uses the selection route when there is no Clipboard API', async () => {
    expect(await copyText('hello', { copyWithSelection: () => true })).toBe('copied');
  });

  it('fails when the selection route reports failure', async () => {
    expect(await copyText('hello', { copyWithSelection: () => false })).toBe('failed');
  });

  it('fails when the selection route throws', async () => {
    const copyWithSelection = (): boolean => {
      throw new Error('not supported');
    };
    expect(await copyText('hello', { copyWithSelection })).toBe('failed');
  });

  it('fails when the browser offers neither route', async () => {
    expect(await copyText('hello', {})).toBe('failed');
  });

  it('fails when the Clipboard API is denied and there is no other route', async () => {
    const writeText = (): Promise<void> => Promise.reject(new Error('denied'));
    expect(await copyText('hello', { writeText })).toBe('failed');
  });
});
