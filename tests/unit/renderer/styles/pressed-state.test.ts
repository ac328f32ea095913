import { describe, expect, it } from 'vitest';
import { readRendererFile, rendererFiles } from './renderer-sources';

/** `:active` in a selector, outside comments. */
function activeRules(file: string, css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  return text
    .split('\n')
    .flatMap((line, i) => (/:active\b/.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));
}

describe('pressed state', () => {
  it('no stylesheet relies on :active: pressed feedback is the kit’s data-pressed (PressableButton)', () => {
    const files = rendererFiles(/\.css$/);
    expect(files.length).toBeGreaterThan(10);
    expect(files.flatMap((file) => activeRules(file, readRendererFile(file)))).toEqual([]);
  });

  it('finds an :active rule and names its file and line, but not one in a comment', () => {
    const css =
      '/* not :active */\n.chip {\n  color: var(--ink);\n}\n.chip:active {\n  color: var(--soga);\n}';
    expect(activeRules('x.css', css)).toEqual(['x.css:5: .chip:active {']);
  });
});
