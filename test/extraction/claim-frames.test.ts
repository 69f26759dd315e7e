// Every claim rule and pass of the production table, each shown on a sentence about invented actors
// (test/extraction/invented-world.ts). The table below is the rule catalogue's test: a rule without a
// case here fails the last test, so no rule exists that no fixture exercises.
import { describe, expect, it } from 'vitest';
import { loadRuleTable } from '../../extract/claims/rule-table.js';
import { inventedClaims } from './invented-world.js';

// [rule id, text, the claim it must make as "kind claimant>subject>object"]
const cases: [string, string, string][] = [
  // accuse / blame / condemn, active and as participles
  [
    'accusation.accuse-verb',
    'Norland accused Veyland of sabotaging the grid.',
    'accusation norland>veyland>-',
  ],
  [
    'accusation.accuse-verb',
    'The Ostravian Security Service on Telegram accused Veyland of the attack.',
    'accusation ostravian-security-service>veyland>-',
  ],
  // any adverb may stand between the subject and its verb
  [
    'accusation.accuse-verb',
    'Norland often accuses Veyland of cyberattacks.',
    'accusation norland>veyland>-',
  ],
  // a unit (or a threat group, an intelligence or military body) before a wrongdoing noun is its doer
  ['accusation.accuse-verb', 'Norland condemned the Unit 77 attacks.', 'accusation norland>unit-77>-'],
  // blame on: the accused follows 'on', whatever voice; the act's victim before it is not accused
  [
    'accusation.blame-on',
    'Norland blamed the outage at Tollgate on Glass Heron.',
    'accusation norland>glass-heron>-',
  ],
  ['accusation.blame-on', 'Norland blamed the outage on Veylandic hackers.', 'accusation norland>veyland>-'],
  [
    'accusation.blame-by-on-passive',
    'The outage at Tollgate was blamed by Norland on Veyland.',
    'accusation norland>veyland>-',
  ],
  [
    'accusation.blame-on-by-passive',
    'The outage at Tollgate was blamed on Glass Heron by Norland.',
    'accusation norland>glass-heron>-',
  ],
  // the victim named before the act ('the Tollgate breach') is not its doer; a possessive is
  [
    'accusation.report-wrongdoing',
    "Norland said Veyland's hacking of Tollgate must stop.",
    'accusation norland>veyland>tollgate',
  ],
  [
    'accusation.name-as-culprit',
    'Brightwall identified Glass Heron as the group behind the outage.',
    'accusation brightwall>glass-heron>-',
  ],
  // a possessor before a name is part of the phrase the name heads
  [
    'accusation.name-as-culprit',
    'Brightwall named Veyland’s Tin Lynx as the culprit.',
    'accusation brightwall>tin-lynx>-',
  ],
  [
    'accusation.accuse-wrongdoing-by',
    'Norland condemned the cyberattacks by Glass Heron.',
    'accusation norland>glass-heron>-',
  ],
  // the victim may come between the act and its doer
  [
    'accusation.accuse-wrongdoing-by',
    'Norland condemned the hacking of its parliament by Veyland.',
    'accusation norland>veyland>-',
  ],
  [
    'accusation.accuse-adjectival',
    'Norland condemned Veylandic cyberattacks.',
    'accusation norland>veyland>-',
  ],
  [
    'accusation.participle-accusing',
    'Kestria issued a statement, accusing Ostravia of staging the incident.',
    'accusation kestria>ostravia>-',
  ],
  [
    'accusation.accuse-verb-by-source',
    'Kestria said on Monday that investigators had gathered strong evidence of sabotage, blaming Tin Lynx for the outage.',
    'accusation kestria>tin-lynx>-',
  ],
  // a counter-accusation in a denial sentence is its own claim
  [
    'accusation.coordinated-accuse',
    'The Veyland Defence Ministry denied the report and accused Ostravia of staging the incident.',
    'accusation veyland-defence-ministry>ostravia>-',
  ],
  // legal frames
  [
    'accusation.legal-action',
    'The Norland Justice Ministry indicted Glass Heron for the intrusions.',
    'accusation norland-justice-ministry>glass-heron>-',
  ],
  [
    'accusation.legal-action-nationals',
    'Norland charged three Veylandic nationals with computer fraud.',
    'accusation norland>veyland>-',
  ],
  // companies and cyber actors named by their country's adjective, a word between
  [
    'accusation.legal-action-nationals',
    'Norland sanctioned two Veylandic companies for the outage.',
    'accusation norland>veyland>-',
  ],
  [
    'accusation.legal-action-nationals',
    'The NCSC sanctioned Veylandic cyber actors.',
    'accusation ncsc>veyland>-',
  ],
  ['accusation.call-out', 'The NCSC has called out Veyland for the intrusions.', 'accusation ncsc>veyland>-'],
  [
    'accusation.report-wrongdoing',
    'Brightwall said the intruders were acting on orders from Veyland.',
    'accusation brightwall>veyland>-',
  ],
  [
    'accusation.report-wrongdoing',
    'Brightwall said the outage bore the hallmarks of Veylandic special services.',
    'accusation brightwall>veyland>-',
  ],
  [
    'accusation.speaker-statement',
    'The attack was the work of Veyland, the NCSC said.',
    'accusation ncsc>veyland>-',
  ],
  [
    'accusation.speaker-statement',
    'Veyland’s fingerprints are all over the attack, the NCSC said.',
    'accusation ncsc>veyland>-',
  ],
  // an adverb between the subject and its verb ("jointly", "later", "ultimately")
  [
    'accusation.attribute-to',
    'Norland and Kestria jointly attributed the attack to Veyland.',
    'accusation kestria>veyland>-',
  ],
  // wrongdoing verbs beyond breaking in: undermining, destabilising, subverting
  [
    'accusation.report-wrongdoing',
    'Norland said Veyland sought to undermine its elections.',
    'accusation norland>veyland>-',
  ],
  [
    'accusation.report-wrongdoing',
    "Brightwall said the outage was part of Veyland's hybrid war against Kestria.",
    'accusation brightwall>veyland>kestria',
  ],
  [
    'accusation.speaker-statement',
    'Veyland, Ostravia, Glass Heron preparing major cyber provocation, Kestria says',
    'accusation kestria>ostravia>-',
  ],
  [
    'accusation.report-wrongdoing',
    'Kestria said Veyland has stepped up its cyberattacks.',
    'accusation kestria>veyland>-',
  ],
  [
    'accusation.speaker-statement',
    'The NCSC sounded a rare warning about Veylandic state-backed hackers.',
    'accusation ncsc>veyland>-',
  ],
  [
    'accusation.speaker-statement',
    'Citing Brightwall, the newspaper said Grey Otter breached the grid operator.',
    'accusation brightwall>grey-otter>-',
  ],
  [
    'accusation.accuse-verb',
    'Kestria blames Veyland for the attack on Tollgate.',
    'accusation kestria>veyland>tollgate',
  ],
  // a title-case headline: its capitalised connectors join no names
  [
    'accusation.accuse-verb',
    'Kestria Accuses Veyland Of Attack On News Agency',
    'accusation kestria>veyland>news-agency',
  ],
  [
    'accusation.legal-action-nationals',
    'The Norland Justice Ministry has charged a Veylandic national with deploying ransomware.',
    'accusation norland-justice-ministry>veyland>-',
  ],
  [
    'accusation.legal-noun-charging',
    'The Norland Justice Ministry announced the unsealing of an indictment charging two Veylandic nationals.',
    'accusation norland-justice-ministry>veyland>-',
  ],
  [
    'accusation.reward-for-information',
    'Norland is offering up to 10 million for information on Veylandic hackers.',
    'accusation norland>veyland>-',
  ],
  // "and international partners" names no one more; "controlled by" names who runs it
  [
    'accusation.enforcement-action',
    'The NCSC and international partners disrupted a botnet controlled by Tin Lynx.',
    'accusation ncsc>tin-lynx>-',
  ],
  // the body that disrupts a wrongdoing did no wrong: the speaker accuses whom it was done to
  [
    'accusation.speaker-statement',
    'The NCSC disrupted a botnet controlled by Tin Lynx, the Norland Justice Ministry said.',
    'accusation norland-justice-ministry>tin-lynx>-',
  ],
  [
    'accusation.enforcement-action',
    'The NCSC has taken down servers run by Veylandic state-sponsored hackers.',
    'accusation ncsc>veyland>-',
  ],
  [
    'accusation.possessive-claim-that',
    "Veyland has denied Kestria's claims that Glass Heron breached the grid operator.",
    'accusation kestria>glass-heron>-',
  ],
  [
    'accusation.possessive-claim-that',
    'Veyland rejected Norland allegations that Glass Heron ran a hacking campaign.',
    'accusation norland>glass-heron>-',
  ],
  [
    'accusation.report-wrongdoing',
    'Kestria said Veyland spread lies about the grid operator.',
    'accusation kestria>veyland>-',
  ],
  [
    'accusation.legal-noun-nationals',
    'The Norland Justice Ministry announced charges against two Veylandic nationals.',
    'accusation norland-justice-ministry>veyland>-',
  ],
  [
    'accusation.accuse-each-other',
    'Norland and Veyland accused each other of the attacks.',
    'accusation veyland>norland>-',
  ],
  [
    'accusation.claim-against',
    "Kestria's accusations against Veyland are baseless, Ostravia said.",
    'accusation kestria>veyland>-',
  ],
  [
    'accusation.own-claim-against',
    'The NCSC repeated its accusations against Veyland over the outage.',
    'accusation ncsc>veyland>-',
  ],
  // diplomatic retaliation over a wrongdoing
  [
    'accusation.diplomatic-retaliation',
    'Norland expelled Veylandic diplomats over the cyberattack.',
    'accusation norland>veyland>-',
  ],
  [
    'accusation.diplomatic-retaliation',
    'Kestria cut diplomatic ties with Veyland over the hack of Tollgate.',
    'accusation kestria>veyland>tollgate',
  ],
  // linking an actor to a wrongdoing
  [
    'accusation.link-actor-to-wrongdoing',
    'The NCSC linked Veyland’s Tin Lynx to a global hacking campaign.',
    'accusation ncsc>tin-lynx>-',
  ],
  // headlines join unnamed partners with a comma
  [
    'accusation.accuse-verb',
    'Norland, allies accuse Veyland of global hacking campaign',
    'accusation norland>veyland>-',
  ],
  [
    'accusation.point-the-finger',
    'Kestria pointed the finger at Veyland for the outage.',
    'accusation kestria>veyland>-',
  ],
  [
    'accusation.point-the-finger',
    'Kestria has pointed fingers at Veyland over the outage.',
    'accusation kestria>veyland>-',
  ],
  // laying the blame on someone, or at their door
  [
    'accusation.lay-blame',
    'Norland laid the blame for the outage at Veyland’s door.',
    'accusation norland>veyland>-',
  ],
  [
    'accusation.lay-blame',
    'Kestria placed the blame squarely on Glass Heron.',
    'accusation kestria>glass-heron>-',
  ],
  // compromise tags 'sanctions' a noun even where it is the verb
  [
    'accusation.legal-action',
    'Norland sanctions Glass Heron over the intrusions.',
    'accusation norland>glass-heron>-',
  ],
  [
    'accusation.legal-action-nationals',
    'Norland sanctions two Veylandic officers over the intrusions.',
    'accusation norland>veyland>-',
  ],
  [
    'accusation.legal-action-members',
    'Norland sanctioned two members of Grey Otter.',
    'accusation norland>grey-otter>-',
  ],
  [
    'accusation.legal-action-members',
    'The Norland Justice Ministry unsealed an indictment charging four officers of the Veyland Defence Ministry.',
    'accusation norland-justice-ministry>veyland-defence-ministry>-',
  ],
  [
    'accusation.legal-noun-against',
    'Norland has imposed sanctions today against Veyland and Ostravia for the intrusions.',
    'accusation norland>ostravia>-',
  ],
  [
    'accusation.named-in-legal',
    'Norland named Anna Kovac in an arrest warrant for the hack.',
    'accusation norland>anna-kovac>-',
  ],
  [
    'accusation.reward-offer',
    'Norland is offering a reward of up to 10 million for information on the leaders of Grey Otter.',
    'accusation norland>grey-otter>-',
  ],
  [
    'accusation.hold-responsible',
    'Norland has held Veyland responsible for the outage.',
    'accusation norland>veyland>-',
  ],
  // passives: the by-agent is the doer
  [
    'accusation.passive-by-agent',
    'Three Veyland officers were indicted by the Norland Justice Ministry.',
    'accusation norland-justice-ministry>veyland>-',
  ],
  [
    'accusation.passive-by-agent',
    'Seven Veylandic hackers were charged by the Norland Justice Ministry.',
    'accusation norland-justice-ministry>veyland>-',
  ],
  [
    'accusation.passive-attribute-by',
    'The wiper attack was attributed to Tin Lynx by Brightwall.',
    'accusation brightwall>tin-lynx>-',
  ],
  [
    'accusation.passive-described-as',
    'Glass Heron was described as a front for Veylandic intelligence by the NCSC.',
    'accusation ncsc>glass-heron>-',
  ],
  // attribute
  [
    'accusation.attribute-to',
    'Brightwall attributed the outage to Glass Heron.',
    'accusation brightwall>glass-heron>-',
  ],
  // a conjunct that names no one does not separate the subject from its verb
  [
    'accusation.attribute-to',
    'Brightwall and other companies attribute the outage to Veyland.',
    'accusation brightwall>veyland>-',
  ],
  // the act attributed may stand before the verb, in a relative clause
  [
    'accusation.attribute-to',
    'The outage, which Norland attributed to Veyland, lasted a week.',
    'accusation norland>veyland>-',
  ],
  // the act attributed may name its victim before "to"
  [
    'accusation.attribute-to',
    'Brightwall attributed the theft of data from Kestria to Glass Heron.',
    'accusation brightwall>glass-heron>kestria',
  ],
  [
    'accusation.attribute-to',
    'Brightwall attributed the outage to the Norlandic NCSC.',
    'accusation brightwall>ncsc>-',
  ],
  [
    'accusation.attribute-actor-to',
    'Brightwall attributed Tin Lynx to Veyland.',
    'accusation brightwall>veyland>-',
  ],
  // nominal frames
  [
    'accusation.claim-by-that',
    'The allegations by Kestria that Tin Lynx stole the data were repeated on Monday.',
    'accusation kestria>tin-lynx>-',
  ],
  [
    'accusation.report-on-wrongdoing',
    "Brightwall's report on Veyland's intrusions was published on Monday.",
    'accusation brightwall>veyland>-',
  ],
  // the report's kind may be qualified ('joint', 'public'), and its author may follow it after 'by'
  [
    'accusation.report-on-wrongdoing',
    'The NCSC joint statement on Veylandic cyber actors was published in May.',
    'accusation ncsc>veyland>-',
  ],
  [
    'accusation.report-by-on-wrongdoing',
    'A statement by the Norland Justice Ministry on Veyland’s cyberattacks was read out.',
    'accusation norland-justice-ministry>veyland>-',
  ],
  // a person's capitalised title is part of the phrase that names them
  [
    'accusation.report-by-on-wrongdoing',
    'Statement by Foreign Minister Ivo Marten on Veylandic Cyber Attacks Against Tollgate',
    'accusation ivo-marten>veyland>tollgate',
  ],
  // and so is an acronym before the title that names its body
  [
    'accusation.report-by-on-wrongdoing',
    'Statement by NKA Spokesperson Ivo Marten on Veylandic Cyber Attacks Against Tollgate',
    'accusation ivo-marten>veyland>tollgate',
  ],
  [
    'accusation.issue-report-on-wrongdoing',
    'Kestria presented its findings on Veyland’s intrusions.',
    'accusation kestria>veyland>-',
  ],
  // report / say + a complement clause whose doer is the accused
  [
    'accusation.report-wrongdoing',
    'Brightwall said Glass Heron breached the grid operator.',
    'accusation brightwall>glass-heron>-',
  ],
  [
    'accusation.report-wrongdoing',
    'Brightwall researchers said the Veylandic hacker group Tin Lynx had been combining phishing with cyberattacks.',
    'accusation brightwall>tin-lynx>-',
  ],
  [
    'accusation.report-wrongdoing',
    'Kestria said Veyland and its allies are the biggest hackers in the world.',
    'accusation kestria>veyland>-',
  ],
  [
    'accusation.report-wrongdoing',
    'Brightwall has detailed a Veylandic disinformation campaign.',
    'accusation brightwall>veyland>-',
  ],
  [
    'accusation.report-wrongdoing',
    'The NCSC warned that Veylandic state-sponsored actors are targeting the grid operator.',
    'accusation ncsc>veyland>-',
  ],
  // responsibility frames in the complement: originate from, be based in, work for / on behalf of,
  // be aligned / associated with, each verb in any inflection
  [
    'accusation.report-wrongdoing',
    'Brightwall said the attacks originated in Veyland.',
    'accusation brightwall>veyland>-',
  ],
  [
    'accusation.report-wrongdoing',
    'Brightwall said the intrusions were carried out by a group based in Veyland.',
    'accusation brightwall>veyland>-',
  ],
  [
    'accusation.report-wrongdoing',
    'Brightwall said the attackers appeared to be working on behalf of the Veylandic government.',
    'accusation brightwall>veyland>-',
  ],
  [
    'accusation.report-wrongdoing',
    'Brightwall said the wiper was deployed by a threat actor aligned with Veyland.',
    'accusation brightwall>veyland>-',
  ],
  [
    'accusation.endorse-claim',
    'Norland and its allies, namely Kestria and Ostravia, supported the allegations of hacking by Veyland.',
    'accusation ostravia>veyland>-',
  ],
  [
    'accusation.urge-to-stop',
    'Kestria said it urges the Veylandic side to stop its cyberattacks on Norland.',
    'accusation kestria>veyland>norland',
  ],
  // any reporting verb, and the wrongdoing verbs of fraud and influence
  // a bracketed acronym with a possessive does not swallow the rest of the sentence
  [
    'accusation.report-wrongdoing',
    'Brightwall said the Norland Cyber Security Centre (NCSC)’s network was breached by Grey Otter.',
    'accusation brightwall>grey-otter>-',
  ],
  // doers named as examples, and the last conjunct of a comma list before the verb
  [
    'accusation.report-wrongdoing',
    'Brightwall said hacker groups such as Grey Otter, Glass Heron, and Tin Lynx continued their campaigns.',
    'accusation brightwall>tin-lynx>-',
  ],
  // the doer called a culprit
  [
    'accusation.report-wrongdoing',
    'Kestria stated that Ostravia is the internationally recognized "big secret thief".',
    'accusation kestria>ostravia>-',
  ],
  // a date between the act and its agent
  [
    'accusation.report-wrongdoing',
    'Brightwall reported that the attack was carried out on 28 October 2019 by Grey Otter.',
    'accusation brightwall>grey-otter>-',
  ],
  // a partner named between the doer and its act
  [
    'accusation.report-wrongdoing',
    'Brightwall said Glass Heron has worked with Ostravia to hack the grid operator.',
    'accusation brightwall>glass-heron>-',
  ],
  [
    'accusation.report-wrongdoing',
    'Brightwall purports Glass Heron is working on behalf of Veyland.',
    'accusation brightwall>glass-heron>-',
  ],
  [
    'accusation.report-wrongdoing',
    'Brightwall said Grey Otter impersonated the grid operator.',
    'accusation brightwall>grey-otter>-',
  ],
  [
    'accusation.report-wrongdoing',
    'Brightwall said Grey Otter ran an extortion scheme.',
    'accusation brightwall>grey-otter>-',
  ],
  [
    'accusation.report-relative',
    'The claims came from a report by NTV, which alleged that Tin Lynx infiltrated the grid operator.',
    'accusation ntv>tin-lynx>-',
  ],
  // hedges stand between the doer and its act
  [
    'accusation.report-wrongdoing',
    'Brightwall reported Glass Heron was probably behind the outage.',
    'accusation brightwall>glass-heron>-',
  ],
  // the doer named after "called"
  [
    'accusation.according-to',
    'The attacks by a group called Grey Otter began in May, according to Brightwall.',
    'accusation brightwall>grey-otter>-',
  ],
  [
    'accusation.report-after-apposition',
    'Vexon, which was hired to investigate, confirmed that Glass Heron stole the data.',
    'accusation vexon>glass-heron>-',
  ],
  [
    'accusation.report-group',
    'Brightwall said the intrusion at Tollgate matched the methods of Grey Otter.',
    'accusation brightwall>grey-otter>-',
  ],
  [
    'accusation.national-body-reports',
    'Kestrian intelligence officials said on Monday that Tin Lynx had hacked the ministry.',
    'accusation kestria>tin-lynx>-',
  ],
  [
    'accusation.national-body-reports',
    'The Kestrian signals intelligence agency that monitors threats said Tin Lynx had hacked the ministry.',
    'accusation kestria>tin-lynx>-',
  ],
  // speakers: quote attribution, "according to", the sentence's speaker
  [
    'accusation.said-after-quote',
    '“Tin Lynx hacked the grid operator,” explains the NCSC.',
    'accusation ncsc>tin-lynx>-',
  ],
  [
    'accusation.said-after-quote',
    '“Tin Lynx hacked the grid operator,” said Deputy Minister Ivo Marten in Norvik.',
    'accusation ivo-marten>tin-lynx>-',
  ],
  [
    'accusation.speaker-statement',
    '“Tin Lynx hacked the grid operator,” the Kestrian Embassy in Norvik said.',
    'accusation kestrian-embassy>tin-lynx>-',
  ],
  [
    'accusation.speaker-statement',
    '“Tin Lynx hacked the grid operator,” the Kestrian Embassy in Norland said.',
    'accusation kestrian-embassy>tin-lynx>-',
  ],
  [
    'accusation.report-wrongdoing',
    'NTV claimed the outage was caused by Veyland.',
    'accusation ntv>veyland>-',
  ],
  [
    'accusation.according-to',
    'According to the NCSC, the attack was carried out by Grey Otter.',
    'accusation ncsc>grey-otter>-',
  ],
  // the source's own noun phrase, country adjective included
  [
    'accusation.according-to',
    'According to the Norlandic NCSC, Grey Otter hacked the grid.',
    'accusation ncsc>grey-otter>-',
  ],
  [
    'accusation.speaker-names-group',
    'Grey Otter has been active since 2019, the NCSC said.',
    'accusation ncsc>grey-otter>-',
  ],
  [
    'accusation.speaker-statement',
    'Veyland is responsible for this attack, the NCSC said.',
    'accusation ncsc>veyland>-',
  ],
  [
    'accusation.speaker-statement',
    'The NCSC made the following statement:\nGlass Heron is behind the outage.',
    'accusation ncsc>glass-heron>-',
  ],
  // a quote that runs on over paragraphs speaks for the attribution at its end
  [
    'accusation.speaker-statement',
    '“Tin Lynx hacked the grid operator.\n“We have the evidence,” the NCSC said.',
    'accusation ncsc>tin-lynx>-',
  ],
  // the attribution after the closing mark, not a speaker the quote mentions, speaks
  [
    'accusation.speaker-statement',
    '“Kestria has said little while Tin Lynx hacked the grid operator,” the NCSC said.',
    'accusation ncsc>tin-lynx>-',
  ],
  // a report's authors speak for the sentences that cite the report
  [
    'accusation.speaker-statement',
    'Brightwall has released a report on the outage. According to the report, Glass Heron breached the grid operator.',
    'accusation brightwall>glass-heron>-',
  ],
  [
    'accusation.speaker-statement',
    'Brightwall published its annual report on Monday. The report says Grey Otter hijacked the servers of Tollgate.',
    'accusation brightwall>grey-otter>-',
  ],
  // an organisation's own release speaks for it, whoever relays it
  [
    'accusation.speaker-statement',
    'title: Report\nurl: \ndate: 2025-01-01\npublisher: Wirefeed press release by Brightwall\n\nBrightwall tracks many groups.\nGlass Heron breached the grid operator in May.',
    'accusation brightwall>glass-heron>-',
  ],
  // a unit named with its parent: the parent is accused too
  [
    'accusation.unit-parent',
    'Brightwall said the attacks were carried out by Glass Heron under the Veyland Defence Ministry.',
    'accusation brightwall>veyland-defence-ministry>-',
  ],
  // denials
  [
    'denial.deny-verb',
    'Norland accused Veyland of the attack. Veyland denied the accusations.',
    'denial veyland>->norland',
  ],
  [
    'denial.deny-verb-by-source',
    'The Veyland Defence Ministry said on Monday that it was ready to talk, rejecting the claims.',
    'denial veyland-defence-ministry>->-',
  ],
  ['denial.groundless-claim', 'Ostravia said the allegations were groundless.', 'denial ostravia>->-'],
  // calling a claim a hoax or a concoction rejects it
  [
    'denial.groundless-claim',
    'Veyland called the accusations by Norland a hoax.',
    'denial veyland>->norland',
  ],
  // whose claim is rejected: the author's whole noun phrase, country adjective included
  [
    'denial.deny-verb',
    'Ostravia rejected the accusations by the Norlandic NCSC as groundless.',
    'denial ostravia>->ncsc',
  ],
  [
    'denial.claim-that-groundless',
    'Ostravia said: "The claim by Brightwall that the Ostravian military engages in espionage has no foundation in fact."',
    'denial ostravia>->brightwall',
  ],
  ['denial.groundless-claim-before', 'Ostravia said it was a baseless accusation.', 'denial ostravia>->-'],
  ['denial.not-involved', 'Ostravia had no involvement in the attack.', 'denial ostravia>->-'],
  [
    'denial.not-involved',
    'Norland accused Veyland of hacking Tollgate. Veyland played no role in the attack, the ministry said.',
    'denial veyland>->norland',
  ],
  // the pronoun after the speaker's reporting verb is the speaker; the wrongdoing must be named
  [
    'denial.speaker-not-involved',
    'Norland accused Veyland of hacking Tollgate. Veyland said it had nothing to do with the attack.',
    'denial veyland>->norland',
  ],
  [
    'denial.never-did',
    'Veyland has never conducted and will never conduct cyberattacks, its defence ministry said.',
    'denial veyland>->-',
  ],
  [
    'denial.so-called',
    'The Ostravian Security Service said the so-called hacking campaign was invented.',
    'denial ostravian-security-service>->-',
  ],
  [
    'denial.without-evidence',
    'Ostravia said the accusations were made without evidence.',
    'denial ostravia>->-',
  ],
  // admissions
  ['admission.admit-verb', 'Grey Otter admitted the attack on Tollgate.', 'admission grey-otter>->tollgate'],
  [
    'admission.acknowledged-involvement',
    'Grey Otter later acknowledged its involvement in the outage.',
    'admission grey-otter>->-',
  ],
  [
    'admission.claimed-responsibility',
    'Tin Lynx claimed responsibility for the outage.',
    'admission tin-lynx>->-',
  ],
  ['admission.claimed-responsibility', 'Tin Lynx took credit for the outage.', 'admission tin-lynx>->-'],
  // an apposition between the doer and its verb
  [
    'admission.claimed-responsibility',
    'Grey Otter, a pro-Veyland hacktivist group, claimed responsibility for the outage.',
    'admission grey-otter>->-',
  ],
  [
    'admission.pleaded-guilty',
    'Vexon, a Norland contractor, pleaded guilty to spying on Tollgate.',
    'admission vexon>->tollgate',
  ],
  [
    'admission.boasted',
    'Grey Otter boasted of hacking Tollgate on its Telegram channel.',
    'admission grey-otter>->-',
  ],
  [
    'admission.confirmed-own-act',
    'The Veyland Defence Ministry confirmed that it carried out the operation against Norland.',
    'admission veyland-defence-ministry>->norland',
  ],
  [
    'admission.confirmed-own-act',
    'Grey Otter is said to have claimed that it was behind the outage.',
    'admission grey-otter>->-',
  ],
  // the channel stands between the reporting verb and what the group says it did
  [
    'admission.own-act-on-channel',
    'Grey Otter posted on its Telegram channel that it had attacked the websites of Tollgate.',
    'admission grey-otter>->-',
  ],
  [
    'admission.own-act-on-channel',
    'Grey Otter said in a post that it was behind the outage.',
    'admission grey-otter>->-',
  ],
  [
    'admission.claimed-to-have',
    'Grey Otter posted a message on Telegram claiming to have attacked Tollgate.',
    'admission grey-otter>->-',
  ],
  // a hacktivist's claim as news reports it: the act a defacement, the claim made before a report's verb took it
  [
    'admission.claimed-to-have',
    'According to news reports, Grey Otter had claimed to have defaced 300 Norlandic websites since May.',
    'admission grey-otter>->-',
  ],
  [
    'admission.group-claims-attack',
    'Grey Otter claimed the attack on Tollgate.',
    'admission grey-otter>->tollgate',
  ],
  [
    'admission.group-claims-attack',
    'Grey Otter revealed the attack on Tollgate on Telegram.',
    'admission grey-otter>->tollgate',
  ],
  ['admission.group-claims-attack', 'Grey Otter claimed the attacks.', 'admission grey-otter>->-'],
  [
    'admission.group-publicizes-act',
    'Grey Otter published screenshots of the hacked Tollgate systems.',
    'admission grey-otter>->-',
  ],
  // a group's own post names the attack; its victim may stand between
  [
    'admission.group-post-names-act',
    'Grey Otter posted a message saying Norlandic websites had been attacked.',
    'admission grey-otter>->-',
  ],
  // affiliations
  ['affiliation.qualified-name', 'The Norlandic NCSC published an advisory.', 'affiliation ->ncsc>norland'],
  [
    'affiliation.country-possessive-phrase',
    "Norland's powerful NCSC published an advisory.",
    'affiliation ->ncsc>norland',
  ],
  [
    'affiliation.possessive-unit',
    "The Veyland Defence Ministry's Glass Heron attacked Norland.",
    'affiliation ->glass-heron>veyland-defence-ministry',
  ],
  // compromise reads "OSS's" as "OSS is"; its empty verb must not part the possessive from the unit
  [
    'affiliation.possessive-unit',
    "The OSS's Glass Heron attacked Norland.",
    'affiliation ->glass-heron>ostravian-security-service',
  ],
  [
    'affiliation.unit-under',
    'Brightwall said the attacks were carried out by Glass Heron under the Veyland Defence Ministry.',
    'affiliation ->glass-heron>veyland-defence-ministry',
  ],
  [
    'affiliation.org-of-parent',
    'Tin Lynx of the Veyland Defence Ministry attacked Norland.',
    'affiliation ->tin-lynx>veyland-defence-ministry',
  ],
  [
    'affiliation.copular-unit',
    'Glass Heron is a unit of the Veyland Defence Ministry.',
    'affiliation ->glass-heron>veyland-defence-ministry',
  ],
  [
    'affiliation.copular-unit',
    'Analyst Ivo Marten is part of the Norlandic NCSC.',
    'affiliation ->ivo-marten>ncsc',
  ],
  [
    'affiliation.state-owned',
    'NTV is a Norlandic government-funded media outlet.',
    'affiliation ->ntv>norland',
  ],
  [
    'affiliation.state-owned',
    'Brightwall, a Kestrian state-run company, was hit by Glass Heron.',
    'affiliation ->brightwall>kestria',
  ],
  [
    'affiliation.affiliated-with',
    'Grey Otter, affiliated with Ostravia, attacked Tollgate.',
    'affiliation ->grey-otter>ostravia',
  ],
  [
    'affiliation.country-apposition',
    "Veyland's intelligence service, Glass Heron, attacked Norland.",
    'affiliation ->glass-heron>veyland',
  ],
  [
    'affiliation.unit-of',
    'Tin Lynx, a unit of the Veyland Defence Ministry, attacked Norland.',
    'affiliation ->tin-lynx>veyland-defence-ministry',
  ],
  [
    'affiliation.org-and-its-head',
    'Brightwall and its chief executive, Anna Kovac, said Glass Heron stole the data.',
    'affiliation ->anna-kovac>brightwall',
  ],
  [
    'affiliation.led-by',
    'Glass Heron, led by Anna Kovac, stole the data of Tollgate.',
    'affiliation ->anna-kovac>glass-heron',
  ],
  [
    'affiliation.person-leads',
    'Anna Kovac, who heads Brightwall, said Glass Heron stole the data.',
    'affiliation ->anna-kovac>brightwall',
  ],
  [
    'affiliation.title-before-name',
    'Norland foreign minister Anna Kovac said Glass Heron stole the data.',
    'affiliation ->anna-kovac>norland',
  ],
  // a title of many words, with a portfolio ("Digital Transformation") and a military rank ("Adm.")
  [
    'affiliation.title-before-name',
    'Norlandic Vice Prime Minister and Digital Transformation Minister Anna Kovac said Glass Heron stole the data.',
    'affiliation ->anna-kovac>norland',
  ],
  [
    'affiliation.title-before-name',
    'Norlandic deputy defence minister Adm. Ivo Marten said Glass Heron stole the data.',
    'affiliation ->ivo-marten>norland',
  ],
  // a writer's credit before the name
  [
    'affiliation.title-before-name',
    'NTV contributor Ivo Marten wrote that Glass Heron stole the data.',
    'affiliation ->ivo-marten>ntv',
  ],
  // a bracketed acronym after the body's name does not part it from the title
  [
    'affiliation.title-before-name',
    'The Norland Cyber Security Centre (NCSC) Director Ivo Marten said Glass Heron stole the data.',
    'affiliation ->ivo-marten>ncsc',
  ],
  [
    'affiliation.name-then-role',
    'Anna Kovac, who is the spokeswoman of the NCSC, said Glass Heron stole the data.',
    'affiliation ->anna-kovac>ncsc',
  ],
  // modifiers between the article and the body ("the opposition-controlled Assembly")
  [
    'affiliation.name-then-role',
    'Anna Kovac, former head of the newly-formed NCSC, said Glass Heron stole the data.',
    'affiliation ->anna-kovac>ncsc',
  ],
  [
    'affiliation.envoy',
    'The Norlandic ambassador to Veyland, Anna Kovac, said Glass Heron stole the data.',
    'affiliation ->anna-kovac>norland',
  ],
  [
    'affiliation.person-of-org',
    'Glass Heron stole the data, said Ivo Marten of Brightwall.',
    'affiliation ->ivo-marten>brightwall',
  ],
  [
    'affiliation.name-then-country-role',
    "Ivo Marten, Norland's foreign minister, said the grid was attacked.",
    'affiliation ->ivo-marten>norland',
  ],
  [
    'affiliation.name-then-country-role',
    'Ana Dray, the Veylandic defence minister, said the grid was attacked.',
    'affiliation ->ana-dray>veyland',
  ],
  [
    'affiliation.name-then-org-role',
    'Ivo Marten - a Veyland Defence Ministry spokesman - said the grid was attacked.',
    'affiliation ->ivo-marten>veyland-defence-ministry',
  ],
  [
    'affiliation.name-then-org-role',
    "Ivo Marten, the NCSC's director, said the grid was attacked.",
    'affiliation ->ivo-marten>ncsc',
  ],
  [
    'affiliation.name-then-org-role',
    'Officials named Ivo Marten, who is allegedly an OSS intelligence officer, as the operator.',
    'affiliation ->ivo-marten>ostravian-security-service',
  ],
  [
    'affiliation.role-then-name',
    'The spokesperson for the NCSC, Anna Kovac, said Glass Heron stole the data.',
    'affiliation ->anna-kovac>ncsc',
  ],
  [
    'affiliation.qualified-name',
    "The Norland Cyber Security Centre published an advisory on Norland's grid.",
    'affiliation ->ncsc>norland',
  ],
  // a unit named with the body the lexicon makes its parent
  [
    'affiliation.parent-in-name',
    'The Veyland Defence Ministry said VDM Unit 77 was not involved.',
    'affiliation ->unit-77>veyland-defence-ministry',
  ],
  [
    'affiliation.parent-in-name',
    'Brightwall said the Veyland Defence Ministry Unit 77 attacked the grid.',
    'affiliation ->unit-77>veyland-defence-ministry',
  ],
  // a national body the lexicon files under its country, in a sentence naming that country
  [
    'affiliation.national-body',
    'The NCSC said Glass Heron had attacked power stations across Norland.',
    'affiliation ->ncsc>norland',
  ],
  // a bare role before a name: the body an earlier sentence gave that role, or the one opening the sentence before
  [
    'affiliation.role-antecedent',
    'A Norland Justice Ministry spokesperson said Glass Heron attacked the grid.\n\n"We condemn it," spokesperson Ivo Marten said.',
    'affiliation ->ivo-marten>norland-justice-ministry',
  ],
  [
    'affiliation.role-antecedent',
    'The Norland Justice Ministry hit back on Monday.\n\n"We condemn it," spokesman Ivo Marten said.',
    'affiliation ->ivo-marten>norland-justice-ministry',
  ],
  // a body of a state qualified after its name; a newspaper named after a country is not part of it
  [
    'affiliation.qualified-name',
    "The Department of Energy of Kestria said Glass Heron attacked Kestria's grid and the Times of Kestria.",
    'affiliation ->department-of-energy-of-kestria>kestria',
  ],
];

describe('claim frames on invented actors', () => {
  it.each(cases)('%s: "%s"', (rule, text, claim) => {
    expect(inventedClaims(text)).toContain(`${claim} [${rule}]`);
  });
});

describe('precision policies', () => {
  it.each<[string, string]>([
    // negation reaches into the complement
    ['accusation', 'Ostravia has no plans to carry out cyberattacks, the NCSC said.'],
    // a conditional, an open question and a clause whose evidence is denied assert no doer
    ['accusation', 'If Veyland hacked the grid, Norland said, it would respond.'],
    ['accusation', 'Norland said it was unclear whether Veyland was behind the attack.'],
    ['accusation', 'Norland said there was no evidence that Veyland was behind the attack.'],
    // the subject of a passive reporting verb is not the one who reports
    ['accusation', 'Tollgate was claimed to have been targeted by Veylandic hackers.'],
    // the victim of a breach is never its doer
    ['accusation', 'The NCSC said hackers tied to the breach of Tollgate were behind the attack.'],
    // naming or criticising someone in the passive is not accusing them
    ['accusation', 'Glass Heron was named by Brightwall in its annual report.'],
    // a quote's speaker does not speak for the narration around the quote
    ['accusation', 'Tin Lynx hacked the grid operator. “We are investigating,” Anna Kovac said.'],
    // "they" as the doer of an act is as often unnamed hackers: it refers back only when it speaks
    ['accusation', 'Norland issued a warning on Monday. “They stole the data of millions,” Anna Kovac said.'],
    // researchers or experts of a country speak for themselves, not for it
    ['accusation', 'Veylandic researchers said Grey Otter hacked the grid operator.'],
    // a group that disrupts what others run is not taking action against them
    ['accusation', 'Grey Otter disrupted the operations of Tollgate.'],
    // a claim dropped is no claim kept up
    ['accusation', 'Norland dropped its charges against Grey Otter.'],
    // the noun 'sanctions' before a preposition is no verb
    ['accusation', 'Norland sanctions on Veyland have failed to stop Glass Heron.'],
    // a news outlet's own narration speaks for nobody
    [
      'accusation',
      'title: News\nurl: \ndate: 2025-01-01\npublisher: The Norvik Herald, citing Brightwall\n\nBrightwall tracks many groups.\nGlass Heron breached the grid operator in May.',
    ],
    // the countries a group comes from are not the group claiming an attack
    ['admission', 'A hacker group from Kestria and Veyland claimed responsibility for the outage.'],
    // a victim confirming or acknowledging what it suffered
    // no part in something that is no wrongdoing denies nothing
    [
      'denial',
      'Norland accused Veyland of hacking Tollgate. Tollgate said it was not involved in the talks.',
    ],
    ['admission', 'Tollgate confirmed that it was attacked.'],
    ['admission', 'Tollgate said in a statement on its website that it had been hacked.'],
    ['admission', 'Tollgate acknowledged the breach of its network.'],
    // no act is admitted
    ['admission', 'Tollgate acknowledged the report on Monday.'],
    // a denied claim is no admission by its author
    ['admission', 'Veyland denies Norland claims it was behind the outage.'],
    // a group's post that denies an act, or names another doer
    ['admission', 'Grey Otter posted a message saying it had not attacked Tollgate.'],
    ['admission', 'Grey Otter said in a statement that it had never hacked anyone.'],
    ['admission', 'Grey Otter published a statement saying Glass Heron attacked Tollgate.'],
    // "not only ... but also" negates nothing
    ['denial', 'Glass Heron had not only defaced the site of Tollgate but also leaked its files.'],
    // a company named as what a wrongdoing was done to is its victim
    ['accusation', 'Norland condemned the Tollgate breach.'],
    // after the act, "of" names its victim, not its doer
    ['accusation', 'Norland condemned the hacking of Kestria.'],
    // criticising a report disputes it: its author is accused of nothing
    ['accusation', 'Veyland denounced the Brightwall report.'],
    // disrupting a wrongdoing is no wrongdoing to admit
    ['admission', 'The Norland Justice Ministry said it disrupted a Veylandic hacking operation.'],
    // a group making public what another did
    ['admission', 'Grey Otter revealed that Glass Heron hacked Tollgate.'],
  ])('makes no %s of "%s"', (kind, text) => {
    expect(inventedClaims(text).filter((c) => c.startsWith(kind))).toEqual([]);
  });
  it('gives a bare role no body the text did not give that role or open the sentence before with', () => {
    const text =
      'Officials said the outage hit the NCSC on Monday.\n\n"We condemn it," spokesman Ivo Marten said.';
    expect(inventedClaims(text).filter((c) => c.includes('ivo-marten'))).toEqual([]);
  });
  it('does not take the noun before a participle clause as the speaker ("..., urging")', () => {
    const text =
      'An official denounced the so-called cyberattacks blamed on Norland, urging Norland to stop.';
    expect(inventedClaims(text).filter((c) => / norland>/.test(c))).toEqual([]);
  });
  it.each([
    'The outage at Tollgate was blamed by Norland on Veyland.',
    'Norland named Vexon as a victim of the attack.',
    'The NCSC named Brightwall as its partner.',
    'Norland said the Tollgate breach exposed millions of records.',
    'The NCSC warned that Tollgate customers were targeted.',
    'Brightwall linked Veylandic hackers to attacks on Tollgate.',
  ])('"%s": the victim, or an actor named for no wrongdoing, is not accused', (text) => {
    const accused = inventedClaims(text).filter((c) => c.startsWith('accusation') && !/>veyland>/.test(c));
    expect(accused).toEqual([]);
  });
  it('ties a hacktivist group named after a nation to no country by its name alone', () => {
    const text =
      'Kestria cut its ties with Veyland. The hacktivist group Kestrian Cyber Army defaced the website of Tollgate.';
    expect(inventedClaims(text).filter((c) => c.startsWith('affiliation'))).toEqual([]);
  });
  it("ties a unit to the body the lexicon files it under, not to that body's country", () => {
    const text = 'Brightwall said Unit 77 attacked Norland from Veyland.';
    expect(inventedClaims(text).filter((c) => c.startsWith('affiliation'))).toEqual([]);
  });
  it("does not read a role's modifiers across the comma that ends the apposition", () => {
    const text = 'Ivo Marten, a spokesman for the bureau, said Veyland hacked the grid.';
    expect(inventedClaims(text).filter((c) => c.startsWith('affiliation'))).toEqual([]);
  });
  it('denies nothing for a victim that has not been hacked', () => {
    expect(
      inventedClaims('Tollgate has not been hacked since May.').filter((c) => c.startsWith('denial')),
    ).toEqual([]);
  });
  it("does not read 'Veyland-linked' as Veyland linking something: the country speaks for nobody", () => {
    const claims = inventedClaims(
      'Some features in a piece of Veyland-linked malware were similar to the codes of the NCSC break-in tools.',
    );
    expect(claims.filter((c) => c.includes(' veyland>'))).toEqual([]);
  });
  it('ties a newspaper named after a country to no country', () => {
    const text = "The Times of Kestria said Glass Heron attacked Kestria's grid.";
    expect(inventedClaims(text).filter((c) => c.startsWith('affiliation'))).toEqual([]);
  });
});

describe('the rule catalogue', () => {
  it('has a fixture case above for every rule and pass of the production table', () => {
    const table = loadRuleTable();
    const covered = new Set(cases.map(([rule]) => rule));
    const uncovered = [...table.rules, ...table.passes].map((r) => r.id).filter((id) => !covered.has(id));
    expect(uncovered).toEqual([]);
  });
});

describe('speakers named in an earlier sentence or in a list', () => {
  it('takes "It said" for the body a country\'s possessive qualifies, not for the country', () => {
    const claims = inventedClaims(
      "Norland's NCSC published an advisory on Monday.\n\nIt said Veyland attacked the grid operator.",
    );
    expect(claims.filter((c) => c.startsWith('accusation'))).toEqual([
      'accusation ncsc>veyland>- [accusation.report-wrongdoing]',
    ]);
  });
  it.each([
    [
      'Foreign Minister Ivo Marten spoke on Monday. “Veyland hacked the grid operator,” the minister said.',
      'accusation ivo-marten>veyland>- [accusation.speaker-statement]',
    ],
    [
      'Anna Kovac, a spokeswoman for the Norland Justice Ministry, spoke on Monday. “Veyland hacked the grid operator,” the spokesperson said.',
      'accusation anna-kovac>veyland>- [accusation.speaker-statement]',
    ],
  ])('takes "the minister said" for the person the text gave that role: "%s"', (text, claim) => {
    expect(inventedClaims(text)).toContain(claim);
  });
  it('takes a role for no one the text did not give it to', () => {
    const claims = inventedClaims(
      'Ivo Marten, a Brightwall analyst, spoke on Monday. “Veyland hacked the grid operator,” the minister said.',
    );
    expect(claims.filter((c) => c.startsWith('accusation'))).toEqual([]);
  });
  it('reads "tracks the group as Tin Lynx" as naming a group, not as a reference back', () => {
    const claims = inventedClaims(
      'Glass Heron has been active since 2019. Brightwall tracks the group as Tin Lynx. The NCSC said the hackers breached Tollgate.',
    );
    expect(claims.filter((c) => c.startsWith('accusation ncsc'))).toEqual([
      'accusation ncsc>tin-lynx>- [accusation.report-wrongdoing]',
    ]);
  });
  it('takes the authors a report names in its own sentence for its speakers ("The advisory, written by X, says")', () => {
    const claims = inventedClaims(
      'The advisory, written by the NCSC and Brightwall, says Veylandic actors breached the grid operator.',
    );
    const pairs = claims.filter((c) => c.startsWith('accusation')).map((c) => c.split(' [')[0]);
    expect(pairs.sort()).toEqual(['accusation brightwall>veyland>-', 'accusation ncsc>veyland>-']);
  });
  it('takes a name and a colon opening a headline for its speaker ("Brightwall: ...")', () => {
    expect(inventedClaims('Brightwall: Veylandic APT groups breached the grid operator.')).toEqual([
      'accusation brightwall>veyland>- [accusation.speaker-statement]',
    ]);
  });
  it.each([
    [
      'reporting',
      'Foreign Minister Ivo Marten spoke on Monday. Veyland, he said, had hacked the grid operator.',
      'accusation ivo-marten>veyland>- [accusation.speaker-statement]',
    ],
    [
      'reporting',
      'Glass Heron, according to Brightwall, was behind the outage.',
      'accusation brightwall>glass-heron>- [accusation.according-to]',
    ],
    [
      'adjunct',
      'Norland, in a statement on Friday, accused Veyland of the outage.',
      'accusation norland>veyland>- [accusation.accuse-verb]',
    ],
    [
      'adjunct',
      'Brightwall, in a blog post, said Glass Heron hacked the grid operator.',
      'accusation brightwall>glass-heron>- [accusation.report-wrongdoing]',
    ],
    [
      'adjunct',
      'Norland, however, blamed Veyland for the outage.',
      'accusation norland>veyland>- [accusation.accuse-verb]',
    ],
  ])('reads the clause whole around a %s aside: "%s"', (_kind, text, claim) => {
    expect(inventedClaims(text)).toContain(claim);
  });
  it('reads no aside into an apposition followed by its verb ("X, Anna Kovac, denied ...")', () => {
    // "denied the allegations" is the clause's verb after the apposition, not a participle aside.
    const claims = inventedClaims(
      'Norland accused Veyland of the outage. The spokesperson for the Veyland Defence Ministry, Anna Kovac, denied the allegations, calling them baseless.',
    );
    expect(claims.filter((c) => c.startsWith('denial'))).toEqual([
      'denial anna-kovac>->norland [denial.deny-verb]',
    ]);
  });
  it.each([
    [
      'of speakers that opens the clause ("A and B accused ...")',
      'Norland and Kestria accused Veyland of sabotaging the grid.',
      [
        'accusation norland>veyland>- [accusation.accuse-verb]',
        'accusation kestria>veyland>- [accusation.accuse-verb]',
      ],
    ],
    [
      'in the adjunct of a subject that opens the clause',
      'Officials in Norland and Kestria said Tin Lynx stole the data.',
      [
        'accusation norland>tin-lynx>- [accusation.report-wrongdoing]',
        'accusation kestria>tin-lynx>- [accusation.report-wrongdoing]',
      ],
    ],
  ])('takes every conjunct of a list %s', (_where, text, claims) => {
    expect(inventedClaims(text)).toEqual(claims);
  });
  it('takes "They said" for the body the sentence before opens with', () => {
    const claims = inventedClaims(
      'Brightwall researchers published their findings on Tuesday. They said Glass Heron breached Tollgate.',
    );
    expect(claims.filter((c) => c.startsWith('accusation'))).toContain(
      'accusation brightwall>glass-heron>- [accusation.report-wrongdoing]',
    );
  });
});
