import { describe, expect, it } from 'vitest';
import { makerCreditText, type MakerFormat } from '../../../../renderer/records/maker-credit';

describe('makerCreditText', () => {
  const format: MakerFormat = (key, { name, role }) =>
    ({ certain: `${name}, ${role}`, attributed: `attributed to ${name}, ${role}`, uncertain: `${name}?` })[
      key
    ];

  it('says how sure the museum is about the maker', () => {
    expect(makerCreditText({ certainty: 'certain' }, 'Oey Soe Tjoen', 'batik maker', format)).toBe(
      'Oey Soe Tjoen, batik maker',
    );
    expect(makerCreditText({ certainty: 'attributed' }, 'Eliza van Zuylen', 'workshop', format)).toBe(
      'attributed to Eliza van Zuylen, workshop',
    );
    expect(makerCreditText({ certainty: 'uncertain' }, 'Unknown, Pekalongan', 'x', format)).toBe(
      'Unknown, Pekalongan?',
    );
  });
});
