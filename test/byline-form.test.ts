// The byline as the brief shows it: names recased from capitals, a date, weekday or one-word credential cut, no one named.
import { describe, expect, it } from 'vitest';
import { bylineShown } from '../src/read/byline-form.js';
import { readArticle } from '../src/read/read-article.js';

describe('bylineShown', () => {
  it('writes a name printed in capitals as readers write it, and leaves acronyms and mixed case alone', () => {
    expect(bylineShown('TOM KRISHER')).toBe('Tom Krisher');
    expect(bylineShown('MEG KINNARD and ERRIN HAINES, Associated Press')).toBe('Meg Kinnard and Errin Haines, Associated Press');
    expect(bylineShown('JERUSALEM POST STAFF')).toBe('Jerusalem Post Staff');
    expect(bylineShown('PTI')).toBe('PTI');
    expect(bylineShown('Ben McKay')).toBe('Ben McKay');
  });

  it('parts a name in capitals from the credit the page ran into it', () => {
    expect(bylineShown('DANICA KIRKA and JILL LAWLESSAssociated Press')).toBe('Danica Kirka and Jill Lawless, Associated Press');
    // A single word in capitals before a capitalised one is a name as written, not two credits.
    expect(bylineShown('CNNMoney Staff')).toBe('CNNMoney Staff');
  });

  it('gives no writer for a date, and cuts a date or weekday run into the names', () => {
    expect(bylineShown('20 Nov 2019 08:00 GMT')).toBeNull();
    expect(bylineShown('October 14, 2009|Marc Lifsher')).toBe('Marc Lifsher');
    expect(bylineShown('Mike Wuerthele and Malcolm Owen Monday,')).toBe('Mike Wuerthele and Malcolm Owen');
  });

  it("cuts a credential or the page's own outlet after the writers, and keeps another outlet, the story's source", () => {
    expect(bylineShown('Ilana Muhlstein, MS, RDN')).toBe('Ilana Muhlstein');
    expect(bylineShown('Troy L. Smith, Cleveland.com', 'Cleveland.com')).toBe('Troy L. Smith');
    expect(bylineShown('Sandee LaMotte, CNN', 'MSN')).toBe('Sandee LaMotte, CNN');
    expect(bylineShown('John Patrick Pullen, TIME', 'Fortune')).toBe('John Patrick Pullen, TIME');
    expect(bylineShown('Martin Luther King, Jr.')).toBe('Martin Luther King, Jr.');
    expect(bylineShown('Howard Schneider, Lindsay Dunsmuir')).toBe('Howard Schneider, Lindsay Dunsmuir');
    // After a full stop too; an initial's stop and another outlet there stay.
    expect(bylineShown('Ana Reyes. Harbour Gazette', 'Harbour Gazette')).toBe('Ana Reyes');
    expect(bylineShown('John F. Kennedy', 'Harbour Gazette')).toBe('John F. Kennedy');
    expect(bylineShown('Ana Reyes. Harbour Radio', 'Harbour Gazette')).toBe('Ana Reyes. Harbour Radio');
  });

  it('gives no writer for a phrase that names a thing, and keeps names with particles or in lower case', () => {
    expect(bylineShown('The Russian and Syrian defense ministries')).toBeNull();
    expect(bylineShown('Zone Justice et faits divers - ICI.Radio-Canada.ca')).toBeNull();
    expect(bylineShown('Lisa de Moraes')).toBe('Lisa de Moraes');
    expect(bylineShown('cindy mangomini')).toBe('cindy mangomini');
    expect(bylineShown('Jane Roe, staff writer')).toBe('Jane Roe, staff writer');
  });

  it('gives no writer for an account or a role standing alone', () => {
    expect(bylineShown('admin')).toBeNull();
    expect(bylineShown('Editor')).toBeNull();
    expect(bylineShown('Editorial')).toBe('Editorial');
    expect(bylineShown(null)).toBeNull();
  });

  it('is what an HTML page brief shows in its header', () => {
    const page =
      '<html><head><title>Plant closes</title><meta name="author" content="TOM KRISHER"></head><body><article><h1>Plant closes</h1><p>The plant closed on Monday after forty years, the company said in a statement to its workers.</p></article></body></html>';
    expect(readArticle(page, { source: 'page.html' }).meta.byline).toBe('Tom Krisher');
  });
});
