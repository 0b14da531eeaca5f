// Concerns (stop 93): what a "risk" governs, as a verb with its "-ing" clause and in "put X at risk", is the fear.
import { describe, expect, it } from 'vitest';
import { concernsOf } from './helpers/analyze.js';

const lead = 'David Cameron spoke on Monday.';
const fearOf = (paragraph: string): string | undefined => concernsOf(lead, paragraph)[0]?.fear;

describe('stop 93: "risk" as a verb governs its "-ing" clause', () => {
  it('"sentiment that risks undermining trade, a key factor …" fears the undermining', () => {
    expect(fearOf('The fund pointed to rising sentiment against globalization that risks undermining trade and investment, a key factor for growth.')).toBe(
      'undermining trade and investment',
    );
  });
  it('"could risk deviating from her message" fears the deviating', () => {
    expect(fearOf('Mook asserted that Clinton could risk deviating from her own message to fact check him.')).toBe(
      'deviating from her own message to fact check him',
    );
  });
  it('the clause ends at a colon, not at the stop of "Mr."', () => {
    expect(fearOf('Aides said the delay risked prolonging the primary fight: If Mr. Rubio falters, Mr. Bush stays in.')).toBe('prolonging the primary fight');
  });
  it('a quoted "-ing" clause keeps its quotation marks', () => {
    expect(fearOf('Rubio was asked by the moderator whether his plan would risk “adding another entitlement program to an overburdened budget.”')).toBe(
      '“adding another entitlement program to an overburdened budget”',
    );
  });
  it('"the risk of …" as a noun is not read as a verb (guard)', () => {
    expect(fearOf('Economists warned of the risk of a deep recession next year.')).toBe('the risk of a deep recession next year');
  });
});

describe('stop 93: "put X at risk" names what is endangered', () => {
  it('"she has put American lives at risk" fears for American lives', () => {
    expect(fearOf('Carson says Clinton is not fit to serve, because she has put American lives at risk and the country’s security in jeopardy.')).toBe(
      'American lives at risk',
    );
  });
  it('"puts Americans at risk" in a quotation', () => {
    expect(fearOf('“Anyone who refuses to follow our immigration laws puts Americans at risk,” Dan Golvach said.')).toBe('Americans at risk');
  });
});
