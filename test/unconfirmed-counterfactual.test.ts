// "Could have" that tells of a course not taken or an outcome that did not come is no hedge; "could have" of a past fact in doubt is.
import { describe, expect, it } from 'vitest';
import { onlyUnconfirmed as only } from './helpers/analyze.js';

const none = (sentence: string) => expect(only(sentence)).toBeUndefined();

describe('"could have" for what did not happen', () => {
  it('"could not have … without" says what was impossible, not what may be', () => {
    none('The mayor said the bridge could not have opened without the grant from the county.');
  });
  it('"could have been prevented / avoided" names a course not taken', () => {
    none('The flood at the mill could have been prevented.');
    none('Residents say the collision could have been avoided.');
  });
  it('"if only", "instead" or an unreal "if … had" after it marks a chance missed', () => {
    none('Fans think the coach could have won more games if only he had trusted the young players.');
    none('The council could have settled the dispute, instead choosing to go to court.');
    none('The club could have kept its captain if the owner had paid him more.');
  });
  it('"would have been better if …" before it puts the whole clause in the unreal past', () => {
    none('Indeed, selling would have been far better if Mr. Hale had sold the land in May, when buyers could have offered more.');
  });
  it('"what it could have been" weighs what was against what might have been', () => {
    none('The story of the league and what it could have been are still argued over in the pubs.');
  });
  it('a past fact in doubt still hedges', () => {
    expect(only('The faulty valve could have caused the leak, the engineers said.')?.kind).toBe('hedged');
    expect(only('The hack could have been carried out from abroad.')?.kind).toBe('hedged');
  });
});
