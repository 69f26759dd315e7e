// Press-conference transcripts: the speaker of a turn is the claimant of what the turn asserts,
// unlabelled paragraphs continue the turn, and a journalist's question makes no claim of its own.
import { describe, expect, it } from 'vitest';
import {
  actor,
  claimSummaries,
  claimWith,
  expectGrounded,
  extract,
  extractText,
  fixtureDoc,
} from './extraction.js';

const briefing = extract(fixtureDoc('mfa-press-conference.txt'));

describe('press conference transcript', () => {
  it('finds the labelled speaker as one person, and the outlets asking questions', () => {
    expect(actor(briefing, 'lin-jian')).toMatchObject({ name: 'Lin Jian', type: 'person' });
    expect(actor(briefing, 'bloomberg').type).toBe('organization');
    expect(actor(briefing, 'afp').type).toBe('organization');
  });

  it("makes the speaker the denier of a bare 'groundless' in their turn", () => {
    const denial = claimWith(briefing, 'denial', 'groundless');
    expect(denial.claimant).toBe('lin-jian');
    expectGrounded(briefing, denial, 'These accusations are groundless.');
  });

  it('gives an unlabelled paragraph after a label to the same speaker', () => {
    const accusation = claimWith(briefing, 'accusation', 'long conducted cyberattacks');
    expect([accusation.claimant, accusation.subject, accusation.object]).toEqual([
      'lin-jian',
      'united-states',
      'china',
    ]);
    expectGrounded(briefing, accusation, 'conducted cyberattacks against China');
  });

  it('never makes the journalist asking a question a claimant; a claim they report keeps its own claimant', () => {
    const claimants = briefing.claims.map((c) => c.claimant);
    expect(claimants).not.toContain('bloomberg');
    expect(claimants).not.toContain('afp');
    expect(briefing.claims.filter((c) => c.evidence.text.includes('?'))).toEqual([]);
    const reported = claimWith(briefing, 'accusation', 'The Dutch government said');
    expect([reported.claimant, reported.subject]).toEqual(['netherlands', 'china']);
  });

  it('makes exactly these claims', () => {
    expect(claimSummaries(briefing).sort()).toEqual([
      'accusation lin-jian>united-states>china',
      'accusation netherlands>china>-',
      'denial lin-jian>->netherlands',
    ]);
  });

  it("ties the answer's denial to the accuser named in the question: the speaker speaks for the publisher's state", () => {
    expect(claimWith(briefing, 'denial', 'groundless').object).toBe('netherlands');
  });

  it('drops a role word from a speaker label: "Spokesperson Lin Jian:" is Lin Jian', () => {
    const x = extractText(
      'Spokesperson Lin Jian: Good afternoon.\n\nReuters: Any comment on the report?\n\nSpokesperson Lin Jian: The accusation is groundless.\n',
    );
    expect(actor(x, 'lin-jian').name).toBe('Lin Jian');
    expect(claimWith(x, 'denial', 'groundless').claimant).toBe('lin-jian');
  });
});
