import { describe, expect, it } from 'vitest';
import { terminalProgress } from '../../../../../electron/node/cli/terminal-progress';
import { fakeStream } from './fake-stream';

describe('terminalProgress off a terminal', () => {
  it('prints plain lines with counts, one per tenth of the work, never a carriage return', () => {
    const stream = fakeStream(false);
    const progress = terminalProgress('Drawing sample images', stream);
    for (let done = 0; done <= 97; done++) progress.update(done, 97, `pieces/p${done}`);
    progress.stop();
    const lines = stream.text().trimEnd().split('\n');
    expect(lines[0]).toBe('Drawing sample images: 0/97');
    expect(lines).toContain('Drawing sample images: 10/97');
    expect(lines.at(-1)).toBe('Drawing sample images: 97/97');
    expect(lines).toHaveLength(11);
    expect(stream.text()).not.toContain('\r');
    expect(stream.text()).not.toContain(String.fromCharCode(27)); // no terminal escape codes
  });

  it('counts alone, a line per hundred, while the total is not known', () => {
    const stream = fakeStream(false);
    const progress = terminalProgress('Checking images', stream);
    for (let done = 1; done <= 250; done++) progress.update(done, 0);
    expect(stream.text()).toBe('Checking images: 1\nChecking images: 100\nChecking images: 200\n');
  });
});

describe('terminalProgress on a terminal', () => {
  it('draws a bar with the count, and ends it with a newline once', () => {
    const stream = fakeStream(true);
    const progress = terminalProgress('Processing images', stream);
    progress.update(5, 10);
    progress.stop();
    progress.stop();
    const text = stream.text();
    expect(text).toMatch(/Processing images \[=+-+\] 5\/10/);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(2);
  });

  it('shows the count without a bar while the total is not known', () => {
    const stream = fakeStream(true);
    const progress = terminalProgress('Checking images', stream);
    progress.update(37, 0);
    progress.stop();
    expect(stream.text()).toContain('Checking images: 37');
    expect(stream.text()).not.toMatch(/\[[=-]+\]/);
  });
});
