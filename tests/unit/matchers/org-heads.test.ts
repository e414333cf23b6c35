import { describe, expect, it } from 'vitest';
import { orgHeads } from '../../../src/lib/knowledge/matchers/org-heads.ts';
import { findWith, found } from '../../helpers/matchers.ts';

describe('the org-heads matcher', () => {
  it('finds a name ending in a head word, with its complements', () => {
    expect(found(findWith([orgHeads], ['Officials of the World Bank Group met the Ministry of Finance and the International Centre for Settlement of Investment Disputes.']))).toEqual([
      'organization:World Bank Group',
      'organization:Ministry of Finance',
      'organization:International Centre for Settlement of Investment Disputes',
    ]);
  });

  it('finds a plural head (“Centres”) and a complement of two words joined by “and” (“for Disease Control and Prevention”), not a title after the “and”', () => {
    expect(found(findWith([orgHeads], ['The Kelmouth Centres for Disease Control and Prevention met the Ministry of Foreign Affairs and Prime Minister Mara Quint.']))).toEqual([
      'organization:Kelmouth Centres for Disease Control and Prevention',
      'organization:Ministry of Foreign Affairs',
    ]);
  });

  it('finds a sport’s governing body named for its sport (“New Zealand Rugby”, “World Athletics”), not the sport’s cup', () => {
    expect(found(findWith([orgHeads], ['The referee was backed by New Zealand Rugby and by World Athletics after the Rugby World Cup.']))).toEqual([
      'organization:New Zealand Rugby',
      'organization:World Athletics',
    ]);
  });

  it('finds a name whose head comes first (“Movimiento Ciudadano”, “Partido Acción Nacional”, “Banco de México”)', () => {
    expect(found(findWith([orgHeads], ['Ana Ruiz of Movimiento Kelmar came third, the Partido Acción Tolosa held the state and the Banco de Kelmar held rates.']))).toEqual([
      'organization:Movimiento Kelmar',
      'organization:Partido Acción Tolosa',
      'organization:Banco de Kelmar',
    ]);
    expect(found(findWith([orgHeads], ['Movimiento Kelmar President Ana Ruiz spoke.']))).toEqual(['organization:Movimiento Kelmar']);
  });

  it('finds a firm named for what it sells (Advisory, Research, Advisors, Partners, Capital)', () => {
    expect(found(findWith([orgHeads], ['“It was a close call,” said Ana Ruiz, an analyst at Halvard Risk Advisory, and a partner at Corran Rail Advisors agreed.']))).toEqual([
      'organization:Halvard Risk Advisory',
      'organization:Corran Rail Advisors',
    ]);
  });

  it('reads a chamber’s committee whole across an “and” inside it, but not an “and” right after a head', () => {
    expect(found(findWith([orgHeads], ['Mara Quill told the Senate Environment and Public Works Committee she was sorry.', 'The World Bank and Treasury Department agreed.']))).toEqual([
      'organization:Senate Environment and Public Works Committee',
      'organization:World Bank',
      'organization:Treasury Department',
    ]);
  });

  it('keeps a numbered branch and an “and” inside the name', () => {
    expect(found(findWith([orgHeads], ['Members of the Federal Mediation and Conciliation Service visited the International Association of Machinists District 751.']))).toEqual([
      'organization:Federal Mediation and Conciliation Service',
      'organization:International Association of Machinists District 751',
    ]);
  });

  it('refuses a lone head word, a weekday after “of”, and a hyphenated adjective before the name', () => {
    expect(found(findWith([orgHeads], ['The Forum met. The Office said so.']))).toEqual([]);
    expect(found(findWith([orgHeads], ['The Board of Monday met.']))).toEqual([]);
    expect(found(findWith([orgHeads], ['The Quetta-based Mineral Council met.']))).toEqual(['organization:Mineral Council']);
  });

  it('takes a one-word institution', () => {
    expect(found(findWith([orgHeads], ['Lawmakers in Congress voted.']))).toEqual(['organization:Congress']);
  });
});

describe('heads of services, surveys and legislatures', () => {
  it('end an organisation’s name without a corporate suffix', () => {
    expect(found(findWith([orgHeads], ['Troops of the Tessaran Self-Defense Forces joined the U.S. Geological Survey and the Ruritania State Legislature.']))).toEqual([
      'organization:Tessaran Self-Defense Forces',
      'organization:U.S. Geological Survey',
      'organization:Ruritania State Legislature',
    ]);
  });
});

describe('organisation names around other words', () => {
  it('keep an ordinary plural’s possessive inside the name, not an owner’s', () => {
    expect(found(findWith([orgHeads], ['Dockers joined the International Seamen’s Association and the Women’s Union while Acmecorp’s Board met.']))).toEqual([
      'organization:International Seamen’s Association',
      'organization:Women’s Union',
    ]);
  });

  it('open at a qualifier that starts the sentence, and stop at a head before “and”', () => {
    expect(found(findWith([orgHeads], ['United Airways and Northern Airways resumed flights.']))).toEqual(['organization:United Airways', 'organization:Northern Airways']);
  });

  it('name a chamber by its “of” complement (House of Commons), not a lone “House”, and the Treasury', () => {
    expect(found(findWith([orgHeads], ['The House of Commons sat, the House of Representatives voted and HM Treasury agreed. The Opera House opened.']))).toEqual([
      'organization:House of Commons',
      'organization:House of Representatives',
      'organization:HM Treasury',
    ]);
  });
});

describe('a name at the start of a sentence', () => {
  it('keeps the words the text also writes mid-sentence with the head ("Silicon Valley Bank, a lender …")', () => {
    const r = findWith([orgHeads], ['Silicon Valley Bank, a lender to start-ups, was closed on Friday.', 'Depositors of Silicon Valley Bank queued outside.']);
    expect(found(r)).toEqual(['organization:Silicon Valley Bank', 'organization:Silicon Valley Bank']);
  });
});
