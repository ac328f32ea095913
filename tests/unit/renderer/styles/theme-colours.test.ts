import { describe, expect, it } from 'vitest';
import { literalColours } from './colour-literals';
import { readRendererFile, rendererFiles } from './renderer-sources';

/** The one file that defines the palette, normal and high-contrast. */
const TOKEN_FILE = 'styles/global.css';

describe('theme colours', () => {
  it('every colour in the renderer comes from a token of styles/global.css (so high contrast recolours it)', () => {
    // Every kind of source that can paint a colour.
    const files = rendererFiles(/\.(css|tsx?|html)$/);
    expect(files).toContain(TOKEN_FILE);
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((file) => literalColours(file, readRendererFile(file), file === TOKEN_FILE));
    expect(found, 'use a token (add one to styles/global.css, with its high-contrast value)').toEqual([]);
  });

  it('finds a literal colour and names its file and line', () => {
    const css =
      '.a {\n  color: var(--ink);\n  border: 2px solid #e4d6bf;\n  box-shadow: 0 2px rgb(0 0 0 / 0.3);\n}';
    expect(literalColours('x.css', css)).toEqual(['x.css:3: #e4d6bf', 'x.css:4: rgb(0 0 0 / 0.3)']);
    expect(literalColours('x.css', '.a {\n  background: White;\n}')).toEqual(['x.css:2: white']);
    expect(literalColours('x.tsx', "const NO_SWATCH = '#c9b99b';")).toEqual(['x.tsx:1: #c9b99b']);
  });

  it('lets through token definitions in the token file only, comments, selectors and colours built from data', () => {
    expect(literalColours('global.css', ':root {\n  --ink: #2b1d14;\n}', true)).toEqual([]);
    expect(literalColours('other.css', ':root {\n  --ink: #2b1d14;\n}')).toEqual(['other.css:2: #2b1d14']);
    const css =
      "/* mori white, #fff */\na:hover {\n  color: var(--indigo);\n  grid-template-areas: 'red';\n}";
    expect(literalColours('x.css', css)).toEqual([]);
    const ts = "// #fff\nconst c = `rgb(${r}, ${g}, ${b})`;\nthis.#add(1);\nlocation.hash = '#/browse';";
    expect(literalColours('x.ts', ts)).toEqual([]);
  });
});
