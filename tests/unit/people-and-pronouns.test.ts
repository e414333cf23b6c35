/** Who says a quote (src/lib/knowledge/quotes.ts): a pronoun’s referent, the name around a verb of saying, a description of the speaker; one person under names with and without middle initials, and a body under a short form (src/lib/knowledge/entities.ts). */
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../src/lib/knowledge/index.ts';
import { article } from './../helpers/article.ts';

const speakerOf = (paragraphs: string[], start: string) =>
  buildKnowledge([article('pronoun-report', 'WASHINGTON', paragraphs, '2024-07-01')], [], {}).quotes.find((q) => q.text.startsWith(start))?.speakerName;

describe('a pronoun after a quote', () => {
  it('is the sentence’s subject, not the last person named in a phrase after it', () => {
    const p = 'Justice Sonia Sotomayor, joined by Justices Elena Kagan and Ketanji Brown Jackson, wrote a dissent of unusual force. "In every use of official power, the President is now a king above the law," she wrote.';
    expect(speakerOf([p], 'In every use')).toBe('Sonia Sotomayor');
  });

  it('is the person the paragraph names, though a first name suggests the other gender, before someone quoted earlier', () => {
    const paragraphs = [
      'Tomas Verhoef said the dockers had won most of what they asked for. "This is a historic contract," the union leader said.',
      'Kelly Brannigan, the port company\'s chief executive, said in a message to staff that he was glad the strike was over. "We are all part of the same team," he said.',
    ];
    expect(speakerOf(paragraphs, 'We are all part')).toBe('Kelly Brannigan');
    // An honorific is not a guess: "Ms" keeps "he" from her.
    const titled = ['Tomas Verhoef said the dockers had won. "This is a historic contract," he said.', 'Ms Kelly Brannigan, the chief executive, thanked staff. "We are all part of the same team," he said.'];
    expect(speakerOf(titled, 'We are all part')).toBe('Tomas Verhoef');
  });

  it('is the person a verb of saying names, though another was named first', () => {
    const p = 'The two men, Alejandro Fuentes, 35, and Dorlian Castillo, 26, were found in a truck, said Col. Roland Butler, superintendent of the state police. The recovery, he said, had become "a very difficult operation" because of the steel.';
    expect(speakerOf([p], 'a very difficult')).toBe('Roland Butler');
  });
});

describe('a pronoun and a verb of saying with a word between them', () => {
  it('is the speaker of a quote it follows (“she had said”, “he later said”)', () => {
    const p = 'Mara Quill is the first harbour master to hold the post twice. "Honestly, nobody outside Kelmouth knows what this port means," she had said after the vote.';
    expect(speakerOf([p], 'Honestly')).toBe('Mara Quill');
    const q = 'Tomas Verhoef, the union leader, left the talks early. "We will be back on Monday," he later said.';
    expect(speakerOf([q], 'We will be back')).toBe('Tomas Verhoef');
  });

  it('“spoke of” introduces the quote of the sentence’s subject', () => {
    const p = 'Tomas Verhoef, in his last week as union leader, did not name the minister, but he spoke of "the damage that decision made" to the docks.';
    expect(speakerOf([p], 'the damage')).toBe('Tomas Verhoef');
  });
});

describe('verbs that give a quote to their subject', () => {
  it('vowed, answered and hailed … as are verbs of saying', () => {
    expect(speakerOf(['Mara Quill defended the closure and vowed to "keep the harbour open to the end".'], 'keep the harbour')).toBe('Mara Quill');
    expect(speakerOf(['Judge Tomas Verhoef answered that the board had made the port "a law unto itself," in a short dissent.'], 'a law unto')).toBe('Tomas Verhoef');
    expect(speakerOf(['Mara Quill hailed the ruling as a "BIG WIN FOR THE HARBOUR," and left for the docks.'], 'BIG WIN')).toBe('Mara Quill');
  });

  it('a second verb of one subject gives the quote to that person, not to the object of the first', () => {
    expect(speakerOf(['In her address, Mara Quill called the Harbour Board "a den of thieves" and vowed "to sweep the board clean".'], 'to sweep')).toBe('Mara Quill');
  });
});

describe('where the speaker stands around the verb of saying', () => {
  it('a name that is itself an apposition (“a lawyer for the company, Mira Castell, said”)', () => {
    expect(speakerOf(['In a letter to the Harbour Board, a lawyer for the shipper, Mira Castell, said Tollin Lines rejected "any claim that it is responsible".'], 'any claim')).toBe('Mira Castell');
  });

  it('a name before an apposition and an auxiliary (“X, the port’s chief of security, has written: …”), or with a place after it (“Sen. X of Delaware, the committee’s chairman, said”)', () => {
    expect(speakerOf(['Ivo Brannigan, the chief executive, has apologized, and Tomas Verhoef, the port’s chief of security, has written to shippers: "On Friday, we failed you."'], 'On Friday')).toBe('Tomas Verhoef');
    expect(speakerOf(['At a hearing of the Senate Harbours Committee, Sen. Mara Quill of Delaware, the committee’s chairman, said the collapse "should never have happened" and promised answers.'], 'should never')).toBe('Mara Quill');
  });

  it('the person named right after “said”, not the object of “described … as”', () => {
    expect(speakerOf(['Some 2,000 containers a day had moved through the port, said Ellen Brannigan, a freight analyst with Kelmouth Research, "and every one of them found another home."'], 'and every one')).toBe('Ellen Brannigan');
    expect(speakerOf(['The next day Tomas Verhoef described Mara Quill as "a woman of complicated fate".'], 'a woman of')).toBe('Tomas Verhoef');
  });

  it('a participle in a relative clause is the person the clause hangs on; after “, and” the subject of that clause', () => {
    expect(speakerOf(['Mara Quill accepts the resignation of Defence Minister Tomas Verhoef, who had offered to step down the day before, saying he took "full responsibility".'], 'full responsibility')).toBe('Tomas Verhoef');
    const k = buildKnowledge([article('clause-report', 'KELMOUTH', ['By morning the dockers had left the Harbour Board, and the Kelmouth Workers Union was preparing a strike, calling the decision "a clear act of bad faith".'], '2024-07-01')], [], {});
    expect(k.quotes.find((q) => q.text.startsWith('a clear act'))?.speakerName).toBe('Kelmouth Workers Union');
  });

  it('a sentence opening with a description of its subject (“The Kelmouth captain, who …, said”) is the person named just before', () => {
    const p = 'Mara Quill says she will carry the final with her. The Kelmouth captain, who on Saturday became the first player sent off in a final, said after the defeat that her dismissal was "something I will have to live with".';
    expect(speakerOf([p], 'something I will')).toBe('Mara Quill');
  });

  it('a clause after the quote that opens with “and” has its own subject', () => {
    const p = 'Trade Minister Tomas Verhoef called the decision "incomprehensible and regrettable," and Prime Minister Mara Quill said on Monday that her government would ask for an explanation.';
    expect(speakerOf([p], 'incomprehensible')).toBe('Tomas Verhoef');
  });

  it('“the opposition candidate told supporters”: the candidate the paragraph names; “dismissed … as” gives the quote to its subject', () => {
    expect(speakerOf(['Mara Quill conceded minutes after the count. "I have spoken with Tomas Verhoef and I recognise his win," the opposition candidate told supporters.'], 'I have spoken')).toBe('Mara Quill');
    expect(speakerOf(['Tomas Verhoef dismissed suggestions that the board had ordered the closure as "an absolute lie".'], 'an absolute lie')).toBe('Tomas Verhoef');
  });
});

describe('a name with and without middle initials', () => {
  const people = (paragraphs: string[][]) =>
    buildKnowledge(paragraphs.map((p, i) => article(`report-${i}`, 'WASHINGTON', p, '2024-07-01')), [], {}).entities.filter((e) => e.type === 'person').map((e) => e.name).sort();

  it('is one person when the corpus names only one person by those names', () => {
    expect(people([['Donald J. Trump appealed on Monday, his lawyers said.'], ['Donald Trump said he would appeal.']])).toEqual(['Donald J. Trump']);
    expect(people([['Chief Justice John G. Roberts Jr. wrote the opinion.'], ['Chief Justice John Roberts wrote for the majority.']])).toHaveLength(1);
  });

  it('stays two people when two initialled names share the plain one', () => {
    expect(people([['George H. W. Bush spoke first.', 'George W. Bush spoke second.'], ['George Bush spoke too.']])).toEqual(expect.arrayContaining(['George H. W. Bush', 'George W. Bush']));
  });
});

describe('a short form one source ties to a longer name', () => {
  const orgsIn = (paragraphs: string[][], slug: string) => {
    const k = buildKnowledge(paragraphs.map((p, i) => article(`report-${i}`, 'LONDON', p, '2024-07-06')), [], {});
    return k.entities.filter((e) => e.type === 'organization' && e.mentions.some((m) => m.source === slug)).map((e) => e.name);
  };

  it('is that body in another source that uses only the short form', () => {
    const tied = ['The Labour Party won 411 seats on Thursday. Labour took most of the seats in Scotland.'];
    const shortOnly = ['The prime minister will deliver Labour’s promise of new homes, aides said on Saturday.'];
    expect(orgsIn([tied, shortOnly], 'report-1')).toEqual(['Labour Party']);
  });

  it('a party by its members (“the Conservatives”) is the party the corpus names', () => {
    const named = ['The Conservative Party lost 251 seats on Thursday, its worst result since 1906.'];
    const members = ['The Conservatives were left with 121 seats and will choose a new leader in the autumn.'];
    expect(orgsIn([named, members], 'report-1')).toEqual(['Conservative Party']);
    expect(orgsIn([members], 'report-0')).toEqual([]);
  });

  it('is nobody when no source ties the word to a longer name', () => {
    expect(orgsIn([['The prime minister will deliver Labour’s promise of new homes, aides said on Saturday.']], 'report-0')).toEqual([]);
  });
});

describe('the name of a storm', () => {
  it('is no person and no place, with or without its head word', () => {
    const k = buildKnowledge([article('storm-0', 'TAMPA', ['Hurricane Milton made landfall near Sarasota on Wednesday, two weeks after Hurricane Helene.', 'Milton weakened over land, officials said on Thursday.'], '2024-10-10')], [], {});
    expect(k.entities.filter((e) => /Milton|Helene/.test(e.name)).map((e) => `${e.type}:${e.name}`)).toEqual([]);
  });
});

describe('a name after a quote, before the verb of saying', () => {
  it('is the person the subject names, not the body in the title before the name', () => {
    const p = 'The Environmental Protection Agency (EPA) ordered the railroad to pay. "The railroad will pay for cleaning up the mess that it made," EPA Administrator Michael Regan said at a news conference.';
    expect(speakerOf([p], 'The railroad will pay')).toBe('Michael Regan');
  });

  it('before the quote, is the person an apposition with a possessive follows (“X, Y’s chief executive, tells …”)', () => {
    const p = 'Vantor Eastern Corp. runs the line. On March 9 Alan Shaw, Vantor Eastern’s chief executive, told the committee, "I am deeply sorry for the impact this has had."';
    expect(speakerOf([p], 'I am deeply sorry')).toBe('Alan Shaw');
  });

  it('is the body when the person stands in an aside after it', () => {
    const p = 'The Orrin Valley Workers Union voted on Sunday. "We will not go back without a contract," the Orrin Valley Workers Union, led by Jon Holden, said on Monday.';
    expect(speakerOf([p], 'We will not go back')).toBe('Orrin Valley Workers Union');
  });
});

describe('a quote a sentence introduces with a colon', () => {
  it('is its subject’s: a person, a pronoun for one, or a person’s possessive (“X’s dissent ended: …”)', () => {
    const p = 'Justice Mara Quill, joined by Justice Lena Ortiz, wrote a dissent. She closed with a line that left out the customary courtesy: "With fear for our harbour, I dissent."';
    expect(speakerOf([p], 'With fear for our harbour')).toBe('Mara Quill');
    const q = 'Justice Mara Quill’s dissent, joined by Justice Lena Ortiz, ended: "With fear for our harbour, I dissent."';
    expect(speakerOf([q], 'With fear for our harbour')).toBe('Mara Quill');
  });
});

describe('a court’s bench after a quote', () => {
  it('is the court named before it (“the panel wrote”, “the judges wrote”), under either spelling of its district', () => {
    const a = article('bench-a', null, ['A panel of the U.S. Court of Appeals for the District of Columbia Circuit ruled 3-0. "The harbour master has become citizen Quill, with all of the defenses of any other defendant," the panel wrote.']);
    const b = article('bench-b', null, ['On Feb. 6, the U.S. Court of Appeals for the D.C. Circuit ruled the same way. "The harbour master has become citizen Quill, with the same defenses as any other defendant," the judges wrote.']);
    const k = buildKnowledge([a, b], [], {});
    const speakers = k.quotes.filter((x) => x.text.startsWith('The harbour master')).map((x) => x.speaker);
    expect(speakers).toHaveLength(2);
    expect(new Set(speakers).size).toBe(1);
    expect(speakers[0]).toMatch(/court-of-appeals/);
  });
});

describe('a quote that ends in an exclamation mark', () => {
  it('is attributed by the lowercase words after it, and a vice president is not “the former president”', () => {
    const p = ['Vice President Lena Ortiz presided over the count.', 'Mara Quill celebrated the decision. "BIG WIN FOR OUR HARBOUR. PROUD TO BE A KELMOUTHER!" the former president wrote on her social media site.'];
    expect(speakerOf(p, 'BIG WIN')).toBe('Mara Quill');
  });
});

describe('a title right before the verb of saying, before the quote', () => {
  it('names the person just named, never the place the sentence opens with', () => {
    const p = ['Mara Quill followed him to the palace, where the King asked her to form a government. Back in Harbour Street, the new prime minister said the country had "voted decisively for change" and promised to serve.'];
    expect(speakerOf(p, 'voted decisively')).toBe('Mara Quill');
  });
});

describe('a name written surname first', () => {
  it('is the person its family name alone refers to (“Baek said”), as speaker and as one entity', () => {
    const paragraphs = [
      'President Baek Min-jae declared emergency rule late on Tuesday.',
      '"We will restore order," Baek said. Jang Suk Hyeon, the speaker, called the decree void, and Jang later told lawmakers: "The decree has no force."',
    ];
    const k = buildKnowledge([article('peninsula-report', 'SEOUL', paragraphs, '2024-12-04')], [], {});
    expect(k.entities.filter((e) => e.type === 'person').map((e) => e.name).sort()).toEqual(['Baek Min-jae', 'Jang Suk Hyeon']);
    expect(k.quotes.find((q) => q.text.startsWith('We will restore'))?.speakerName).toBe('Baek Min-jae');
    expect(k.quotes.find((q) => q.text.startsWith('The decree'))?.speakerName).toBe('Jang Suk Hyeon');
  });
});

describe('a given name used alone', () => {
  it('is the person whose full name begins with it, when no surname fits (“Thongchai said”)', () => {
    const paragraphs = ['Thanakorn Wisetsombat, the department’s director-general, announced the first case on Thursday.', '"We are convinced the person has the variant," Thanakorn said.'];
    const k = buildKnowledge([article('health-post', 'BANGKOK', paragraphs, '2024-08-23')], [], {});
    expect(k.quotes.find((q) => q.text.startsWith('We are convinced'))?.speakerName).toBe('Thanakorn Wisetsombat');
  });
});

describe('a given name used alone of a name typed only by its shape', () => {
  it('is that person, as speaker through a pronoun too (“Anvo, a former governor, … he told reporters”)', () => {
    const paragraphs = ['The court rejected the challenges of Anvo Baswedi and Gantor Pranol. Prabo Subiant and Gibro Rakabum will be sworn in.', 'Anvo, a former governor of Kelmar, accepted the verdict. "The decision is final, and we respect it," he told reporters outside the court.'];
    expect(speakerOf(paragraphs, 'The decision is final')).toBe('Anvo Baswedi');
  });
});

describe('a player named by their position', () => {
  it('is the person just named (“For Brell, the pain was personal. “…,” the flanker said.”)', () => {
    expect(speakerOf(['Harbour Blues captain Tomas Brell was sent off in the 28th minute.', 'For Brell, the pain was personal. "There is so much hurt right now," the flanker said.'], 'There is so much hurt')).toBe('Tomas Brell');
  });
});
