import type { Colourway } from '../colourways';

/**
 * The colours of a floral pattern's plants: leaves in the record's green when it names one, the
 * blooms in its other dyes. Without a named green the leaves keep the second fill and the blooms
 * every fill, as before; with one, a green bloom or a red leaf spent the green on the wrong shapes
 * and left it too little of the cloth to show.
 */
export function floralColours(c: Colourway): { leaf: string; blooms: string[] } {
  if (!c.leaf) return { leaf: c.fills.find((hex) => hex !== c.fills[0]) ?? c.fills[0]!, blooms: c.fills };
  const others = c.fills.filter((hex) => hex !== c.leaf);
  return { leaf: c.leaf, blooms: others.length > 0 ? others : c.fills };
}
