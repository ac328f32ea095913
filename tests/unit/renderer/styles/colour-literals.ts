/**
 * Finds colours written out in renderer sources instead of taken from the theme tokens: hex
 * colours and colour functions with numbers in CSS, TS, TSX and HTML, and CSS named colours in
 * stylesheet declarations. Comments are skipped; only the token file's custom property definitions
 * (`--name: value`) may hold a literal colour. Used by theme-colours.test.ts.
 */

/** Every CSS named colour (CSS Color 4), lower-case; `transparent` and `currentColor` are not colours of their own. */
const NAMED = new Set(
  (
    'aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown ' +
    'burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan ' +
    'darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid ' +
    'darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet ' +
    'deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ' +
    'ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
    'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow ' +
    'lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray ' +
    'lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine ' +
    'mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise ' +
    'mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab ' +
    'orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru ' +
    'pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown ' +
    'seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan ' +
    'teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen'
  ).split(' '),
);

/** A hex colour (3, 4, 6 or 8 digits) that is not part of a name (`this.#add`, `&#123;`). */
const HEX = /(?<![\w.&#])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})\b/gi;
/** A colour function given numbers; `rgb(${r}, ...)` built from data is not a literal. */
const FUNCTION = /\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(\s*[\d.+-][^)]*\)?/gi;
/** A custom property definition: the only place a literal colour may stand, in the token file. */
const TOKEN_DEFINITION = /^\s*--[\w-]+\s*:/;

/** The text with comments blanked out (newlines kept, so line numbers still hold). */
function withoutComments(text: string, css: boolean): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  const block = text.replace(/\/\*[\s\S]*?\*\//g, blank);
  return css
    ? block
    : block.replace(
        /(^|[^:'"`\w])\/\/.*$/gm,
        (match, before: string) => before + blank(match.slice(before.length)),
      );
}

/**
 * The literal colours in one source file, as `file:line: colour`. `isTokenFile` lets that file's
 * custom property definitions through.
 */
export function literalColours(file: string, text: string, isTokenFile = false): string[] {
  const css = file.endsWith('.css');
  const lines = withoutComments(text, css).split('\n');
  const found: string[] = [];
  lines.forEach((line, i) => {
    if (isTokenFile && TOKEN_DEFINITION.test(line)) return;
    for (const match of line.matchAll(HEX)) found.push(`${file}:${i + 1}: ${match[0]}`);
    for (const match of line.matchAll(FUNCTION)) found.push(`${file}:${i + 1}: ${match[0]}`);
    if (!css) return;
    // A declaration's value (after `property:`), not a selector such as `a:hover`.
    const declaration = /^\s*-{0,2}[a-z][\w-]*\s*:([^{]*)$/i.exec(line);
    if (!declaration) return;
    // Words of the value, leaving out custom property names (`var(--indigo)`) and quoted strings.
    const value = declaration[1]!.replace(/--[\w-]+|'[^']*'|"[^"]*"/g, ' ').toLowerCase();
    for (const word of value.match(/[a-z]+/g) ?? []) {
      if (NAMED.has(word)) found.push(`${file}:${i + 1}: ${word}`);
    }
  });
  return found;
}
