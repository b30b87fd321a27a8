import { describe, expect, it } from 'vitest';
import rule, { ibanChecks, luhn, maskEmail, maskValue, phoneStart, regionOf, validSsn, yearOfDate } from '../../rules/personal-info.js';
import { personalNif, validAhv, validBelgianNn, validCitizenCard, validCnpj, validCpf, validDni, validNie, validNif, validNir, validSteuerId, validSvnr } from '../../src/core/national-ids.js';
import { DEFAULT_MIN_CONFIDENCE, defaultOptions } from '../../src/core/lint.js';
import type { Post, Rule } from '../../src/core/types.js';
import { fixtureConfig, runCase, testRuleFixtures } from '../support/rule-tester.js';

testRuleFixtures(rule as Rule);

const found = (text: string, options?: Record<string, unknown>) =>
  runCase(rule as Rule, { text, options }).map((f) => `${f.messageId}: ${f.match}`);

describe('personal-info', () => {
  it('rates a business\'s or a helpline\'s number in Spanish, Portuguese, French and German below the default minConfidence', () => {
    const cases: [string, string, string][] = [
      ['pt', 'PT', 'O meu dentista novo é um amor: Clínica Sorriso, 220 000 111, digam que vão da minha parte'],
      ['pt', 'BR', 'Pizzaria Bella Napoli, pedidos no (11) 3333-4444, a melhor da Mooca'],
      ['es', 'ES', 'Si necesitas hablar, llama a la línea de ayuda: 024, o al 91 459 00 50'],
      ['fr', 'FR', 'Meilleure pizzeria du quartier, commandes au 01 42 00 00 00 avant 20h'],
      ['de', 'DE', 'Neue Praxis von Dr. Weber, Termine unter 030 12345678, sehr nett dort'],
    ];
    for (const [lang, region, text] of cases) {
      const found = runCase(rule, { text, lang, region } as Parameters<typeof runCase>[1]);
      expect(found.length, text).toBeGreaterThan(0);
      for (const finding of found) expect(finding.confidence, text).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
    }
    // The same numbers after an own cue are the author's.
    const [own] = runCase(rule, { text: 'Mi móvil nuevo: 612 345 678, apuntadlo', lang: 'es', region: 'ES' } as Parameters<typeof runCase>[1]);
    expect(own!.confidence).toBeGreaterThanOrEqual(DEFAULT_MIN_CONFIDENCE);
  });

  it('rates the address of a public office or an event below the default minConfidence', () => {
    for (const text of [
      'TfL lost property at 200 Baker St came through, got my kindle back',
      'march starts at Pioneer Courthouse Square, 701 SW 6th Ave, noon sat. bring water + signs',
      "best pho in town, call ahead or you'll wait: Pho Van (503) 555-0199",
    ]) {
      for (const finding of runCase(rule, { text })) expect(finding.confidence).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
    }
    const [home] = runCase(rule, { text: 'new flat!! 14b Orchard Lane, come round for pizza sat' });
    expect(home!.confidence).toBeGreaterThanOrEqual(DEFAULT_MIN_CONFIDENCE);
  });

  it('names the kind and the masked value in the message (the raw value only marked sensitive, for --no-mask)', () => {
    const [finding] = runCase(rule as Rule, { text: 'new number 503-555-0123' });
    expect(finding!.message).toBe(
      'Personal info (phone): the phone number •••-•••-0123 lets anyone who reads the post call, text or look you up.',
    );
    const all = runCase(rule as Rule, {
      text: 'Text 503-555-0123, jane.doe@example.com, SSN 536-22-8347, 4526 0181 5908 3012, DE89 3704 0044 0532 0130 00, 12 Elm St, DOB 03/14/1990',
    });
    expect(all.map((f) => f.messageId)).toEqual(['phone', 'email', 'ssn', 'card', 'iban', 'address', 'birthdate']);
    const [id] = runCase(rule as Rule, { text: 'Meu CPF é 390.533.447-05' });
    expect(id!.message).toBe('Personal info (national ID): the Brazilian CPF •••.•••.•••-05 is the key to identity theft and fraud; never post it.');
    for (const f of all) {
      expect(f.message).toContain(`(${f.messageId})`);
      // The raw value is in the data only for --no-mask, marked sensitive; reports show it masked.
      expect(f.sensitive).toEqual(['value']);
      expect(f.data!.value).toBe(f.match);
      expect(f.message).not.toContain(f.match);
    }
  });

  it('masks all but the last few characters', () => {
    expect(maskValue('503-555-0123', 4, /\d/)).toBe('•••-•••-0123');
    expect(maskValue('536-22-8347', 2)).toBe('•••-••-••47');
    expect(maskValue('12 Elm St', 2)).toBe('•• ••• St');
    expect(maskEmail('jane.doe@example.com')).toBe('j•••@example.com');
  });

  it('starts a phone number at its plus sign, its area code bracket or its first digit, never at empty brackets', () => {
    expect(phoneStart('503-555-0123')).toBe(0);
    expect(phoneStart('(503) 555-0123')).toBe(0);
    expect(phoneStart('(+1) 503-555-0123')).toBe(0);
    expect(phoneStart('( ) 503-555-0123')).toBe(4);
    expect(phoneStart('[ ] 503-555-0123')).toBe(4);
    expect(phoneStart('（ ） 503-555-0123')).toBe(4);
    expect(phoneStart('( ) (503) 555-0123')).toBe(4);
    expect(phoneStart('[ ] +1 503 555 0123')).toBe(4);
  });

  it('parts numbers that a comma, a semicolon or a hash separates, whatever the spaces', () => {
    for (const sep of [',', ' , ', ', ', ';', ' ; ', ' # ', ',,', ', ; ']) {
      expect(found(`503-555-0123${sep}503-555-0199`), JSON.stringify(sep)).toEqual(['phone: 503-555-0123', 'phone: 503-555-0199']);
    }
    expect(found('Office +1 (503) 555-0164 ext. 12, 503-555-0199')).toEqual(['phone: +1 (503) 555-0164 ext. 12', 'phone: 503-555-0199']);
  });

  it('checks numbers as real detectors do', () => {
    expect(luhn('4526018159083012')).toBe(true);
    expect(luhn('4703423667127689')).toBe(false);
    expect(ibanChecks('DE89370400440532013000')).toBe(true);
    expect(ibanChecks('DE88370400440532013000')).toBe(false);
    expect(validSsn('536228347')).toBe(true);
    for (const ssn of ['000228347', '666228347', '936228347', '536008347', '536220000', '078051120']) expect(validSsn(ssn)).toBe(false);
    expect(yearOfDate('03/14/1990')).toBe(1990);
    expect(yearOfDate('3/14/90')).toBe(1990);
    expect(yearOfDate('14.03.1990')).toBe(1990);
    expect(yearOfDate('13/14/1990')).toBeUndefined();
    expect(yearOfDate('March 3, 1990')).toBe(1990);
  });

  it('compares allowed phone numbers by their digits, in any format', () => {
    expect(found('call (503) 555-0100 or +1 503 555 0100', { allowWords: ['503.555.0100'] })).toEqual([]);
    expect(found('call (503) 555-0100', { allowWords: ['+15035550100'] })).toEqual([]);
    expect(found('call (503) 555-0101', { allowWords: ['503.555.0100'] })).toEqual(['phone: (503) 555-0101']);
  });

  it('drops a finding that an allowed phrase covers', () => {
    const text = 'Visit us at Happy Paws Rescue, 12 Elm St, or my place at 14 Oak Ave';
    expect(found(text, { allowWords: ['Happy Paws Rescue, 12 Elm St'] })).toEqual(['address: 14 Oak Ave']);
  });

  it('reports business e-mails on the personal presence but not on the professional one', () => {
    const text = 'Write to dr.jane@happypaws.org';
    expect(runCase(rule as Rule, { text, presence: 'personal' }).map((f) => f.match)).toEqual(['dr.jane@happypaws.org']);
    expect(runCase(rule as Rule, { text, presence: 'professional' })).toEqual([]);
    expect(runCase(rule as Rule, { text: 'Write to dr.jane@mail.happypaws.org', presence: 'professional' })).toEqual([]);
  });

  it('reads a birthday year against the scheduled date of the post', () => {
    const config = fixtureConfig();
    const check = (text: string, date?: Date) => {
      const post: Post & { text: string } = {
        file: 'x', index: 0, presence: 'personal', platforms: [], text, date,
        segments: [{ field: 'body', text, source: { start: 0 } }],
      };
      const options = defaultOptions(rule.options) as never;
      return rule.check({ post, presence: config.presences.personal, otherPresence: config.presences.professional, options, config }).length;
    };
    expect(check('my birthday is 3/14/2019')).toBe(1);
    expect(check('my birthday is 3/14/2021')).toBe(0);
    expect(check('my birthday is 3/14/2021', new Date('2026-05-01'))).toBe(1);
    expect(check('my birthday is 3/14/2025', new Date('2026-05-01'))).toBe(0);
    expect(check('I was born 3/14/2025', new Date('2026-05-01'))).toBe(1);
  });

  it('lets a value that is not reported keep its span from the kinds after it', () => {
    const at = (options?: Record<string, unknown>) =>
      runCase(rule as Rule, { text: 'Text 5035550123@happypaws.org', presence: 'professional', options }).map((f) => f.match);
    expect(at({ kinds: ['phone'] })).toEqual(['5035550123']);
    expect(at()).toEqual([]);
  });

  it('refuses an unknown kind loudly', () => {
    expect(() => found('x 503-555-0123', { kinds: ['phones'] })).toThrow(/unknown kind "phones"/);
  });

  it('offers every country libphonenumber-js knows as defaultCountry', () => {
    const spec = rule.options!.defaultCountry!;
    expect(spec.type === 'string' && spec.enum).toContain('GB');
  });

  it('is an error where the audience is public, a warning otherwise, on both presences', () => {
    for (const presence of ['professional', 'personal'] as const) {
      expect(rule.defaultSeverity[presence]).toEqual({ public: 'error', followers: 'warning', friends: 'warning', private: 'warning' });
    }
  });

  it('finds nothing in an empty post', () => {
    expect(found('')).toEqual([]);
  });
});

describe('personal-info: national numbers and regions', () => {
  it('checks national numbers as their issuers define them', () => {
    expect(validDni('47291638G')).toBe(true);
    expect(validDni('47291638M')).toBe(false);
    expect(validDni('4729163G')).toBe(false);
    expect(validNie('Y3456712X')).toBe(true);
    expect(validNie('X1234567L')).toBe(true);
    expect(validNie('Y3456712B')).toBe(false);
    expect(validNir('293037511604229')).toBe(true);
    expect(validNir('293037511604228')).toBe(false);
    expect(validNir('185052A00608435')).toBe(true);
    expect(validNir('185052B00608462')).toBe(true);
    expect(validNir('185052B00608435')).toBe(false);
    expect(validNir('593037511604229')).toBe(false);
    expect(validNir('291337511604229')).toBe(false);
    expect(validSteuerId('47192836518')).toBe(true);
    expect(validSteuerId('47192836517')).toBe(false);
    expect(validSteuerId('11213456783')).toBe(true);
    // A digit three times in a row; every digit once; one digit four times; a leading zero.
    for (const id of ['11123456785', '1234567890' + '0', '11112345670', '02476291358']) expect(validSteuerId(id), id).toBe(false);
    expect(validNif('246813571')).toBe(true);
    expect(validNif('246813572')).toBe(false);
    expect(personalNif('246813571')).toBe(true);
    expect(personalNif('503162183')).toBe(false);
    expect(validCitizenCard('157329487ZX9')).toBe(true);
    expect(validCitizenCard('000000000ZZ4')).toBe(true);
    expect(validCitizenCard('157329487ZX8')).toBe(false);
    expect(validCpf('39053344705')).toBe(true);
    expect(validCpf('39053344706')).toBe(false);
    expect(validCpf('11111111111')).toBe(false);
    expect(validCnpj('45287619000167')).toBe(true);
    expect(validCnpj('45287619000168')).toBe(false);
  });

  it('checks the Swiss AHV, the Austrian SVNR and the Belgian national number (session 12)', () => {
    expect(validAhv('7569431287655')).toBe(true);
    expect(validAhv('7569431287654')).toBe(false);
    expect(validAhv('7559431287655')).toBe(false);
    expect(validSvnr('4824140389')).toBe(true);
    expect(validSvnr('4825140389')).toBe(false);
    // A leading zero; a month that is none.
    expect(validSvnr('0824140389')).toBe(false);
    expect(validSvnr('4824142089')).toBe(false);
    expect(validBelgianNn('88021415724')).toBe(true);
    expect(validBelgianNn('03051228436')).toBe(true);
    expect(validBelgianNn('88021415725')).toBe(false);
    expect(validBelgianNn('88131415724')).toBe(false);
  });

  it('reads them by their printed shape, or bare after their name, and not as other numbers (session 12)', () => {
    const ids = (text: string) => runCase(rule as Rule, { text }).filter((f) => f.data?.kind === 'nationalId' || f.data?.id).map((f) => [f.match, f.data?.id]);
    expect(ids('meine AHV-Nr. ist 756.9431.2876.55, bitte nicht weitersagen')).toEqual([['756.9431.2876.55', 'CH-AHV']]);
    expect(ids('AHV 7569431287655')).toEqual([['7569431287655', 'CH-AHV']]);
    expect(ids('meine SV-Nummer: 4824 140389')).toEqual([['4824 140389', 'AT-SVNR']]);
    expect(ids('mon numéro national 88.02.14-157.24 pour la mutuelle')).toEqual([['88.02.14-157.24', 'BE-NN']]);
    // Bare digits with no name; a wrong check digit; an example every form prints.
    expect(ids('Bestellung 4824140389 ist unterwegs')).toEqual([]);
    expect(ids('Tracking 7569431287655')).toEqual([]);
    expect(ids('AHV 756.9431.2876.54')).toEqual([]);
    expect(ids('z.B. AHV-Nr. 756.1234.5678.97')).toEqual([]);
  });

  it('reads a national number whose name comes a clause before, with no other number between (session 12)', () => {
    const ids = (text: string) => runCase(rule as Rule, { text }).filter((f) => f.data?.id).map((f) => f.data?.id);
    expect(ids('Die Steuer-ID muss ich jetzt auf jedem Formular eintragen, kann sie inzwischen auswendig: 47 183 059 422')).toEqual(['DE-STEUER-ID']);
    expect(ids('Die Steuer-ID kam am 3. Mai, die Kundennummer vom Strom ist 47 183 059 422')).toEqual([]);
  });

  it('checks IBANs of every country with ibantools: length, BBAN format and mod 97', () => {
    for (const iban of ['FR7630006000011234567890189', 'ES9121000418450200051332', 'PT50000201231234567890154', 'BR1800360305000010009795493C1', 'GB29NWBK60161331926819']) {
      expect(ibanChecks(iban), iban).toBe(true);
    }
    expect(ibanChecks('FR7630006000011234567890188')).toBe(false);
    // Mod-97 right, BBAN format wrong: a German BBAN is digits only.
    expect(ibanChecks('DE89370400440532013000'.replace('0532', '053A'))).toBe(false);
  });

  it('reads national phone numbers of the presence region, then the config region, then the language tag, then defaultCountry', () => {
    const config = { languages: ['en', 'pt'], languageRegions: { pt: 'PT' } };
    const post = { lang: 'pt', region: 'BR' };
    expect(regionOf('pt', post, { region: 'ES' }, { ...config, region: 'FR' }, 'US')).toBe('ES');
    expect(regionOf('pt', post, {}, { ...config, region: 'FR' }, 'US')).toBe('FR');
    expect(regionOf('pt', post, {}, config, 'US')).toBe('BR');
    // An English alt text under a pt-BR post is not Brazilian by the tag.
    expect(regionOf('en', post, {}, config, 'US')).toBe('US');
    expect(regionOf('pt', {}, {}, config, 'US')).toBe('PT');
    expect(regionOf('pt', {}, {}, { languages: ['en', 'pt'] }, 'GB')).toBe('GB');
    expect(regionOf(undefined, {}, {}, { languages: ['en'] }, 'US')).toBe('US');
  });

  it('reads a national number of the region only; international ones in any post', () => {
    const region = (text: string, r?: string) => runCase(rule as Rule, { text, region: r }).map((f) => f.match);
    expect(region('móvil 612 345 678')).toEqual([]);
    expect(region('móvil 612 345 678', 'ES')).toEqual(['612 345 678']);
    expect(region('móvil 612 345 678', 'BR')).toEqual([]);
    for (const r of [undefined, 'ES', 'DE', 'BR', 'GB']) {
      expect(region('call +34 612 345 678 or 0049 30 12345678', r), r).toEqual(['+34 612 345 678', '0049 30 12345678']);
    }
    // "00" inside a number, or as a count, is no international prefix.
    expect(region('Order 1000491234567 shipped; 007 licence')).toEqual([]);
  });

  it('masks national numbers but their last two characters, and drops allowed ones', () => {
    const [dni] = runCase(rule as Rule, { text: 'DNI 47291638G' });
    expect(dni!.data).toMatchObject({ masked: '•••••••8G', id: 'ES-DNI', idName: 'Spanish DNI number' });
    expect(dni!.sensitive).toEqual(['value']);
    expect(found('DNI 47291638G', { allowWords: ['47291638-G'] })).toEqual([]);
    expect(found('DNI 47291638G', { kinds: ['phone'] })).toEqual([]);
  });

  it('lets a cue after the number count too', () => {
    expect(found('71820496350 é o meu CPF')).toEqual(['nationalId: 71820496350']);
    expect(found('47 192 836 518 ist meine Steuer-ID')).toEqual(['nationalId: 47 192 836 518']);
  });
});

describe('personal-info: whose value it is (confidence and cues)', () => {
  const judged = (text: string, presence?: 'personal' | 'professional') =>
    runCase(rule as Rule, { text, presence }).map((f) => ({ match: f.match, confidence: f.confidence, cues: f.cues }));

  it("is sure of the author's own address and number", () => {
    const [address] = judged('my address is 12 Elm St, send the invite there');
    expect(address).toMatchObject({ match: '12 Elm St', confidence: 0.9 });
    expect(address!.cues).toContain('whose:own:my address');
    expect(judged('text me 503-555-0123 when you are outside')[0]).toMatchObject({ confidence: 0.9 });
  });

  it("reads a public place's address and a business's number as not personal (below the default 0.5)", () => {
    for (const text of [
      'The gallery at 40 Wharf Road has a new show, go see it',
      "Best tacos in Portland: Rosa's at 88 Alder Street",
      'The Central Library, 801 SW 10th Ave, has free wifi',
      'The market at 12 Elm St is worth it for the bread alone',
      'Farmers market moved to 300 Harbour Road this summer',
      'Tickets for the gig at the O2 Academy, 16 Stockwell Road, are on sale now',
    ]) {
      const [found] = judged(text);
      expect(found, text).toBeDefined();
      expect(found!.confidence, text).toBeLessThan(0.5);
      expect(found!.cues.some((c) => c.startsWith('whose:public')), text).toBe(true);
    }
    for (const text of [
      "Our dentist's office is (503) 555-0188, ask for Dr. Kim",
      'The campaign hotline is 503-555-0177 if you want a lawn sign',
      'Call us at 503-555-0100 to book a visit',
      "Mike's Plumbing, 503-555-0166, came out on a Sunday",
      'Pizza place on the corner, 503-555-0123, does the best garlic knots',
    ]) {
      const [found] = judged(text);
      expect(found, text).toBeDefined();
      expect(found!.confidence, text).toBeLessThan(0.5);
    }
  });

  it("reads a number on the professional presence as the business's unless the post says it is personal", () => {
    for (const text of ['Questions about adopting? Call the shelter at 503-555-0100', 'Dr Kim is on call this weekend: 503-555-0119', 'Ring 503-555-0108 to book a spay appointment']) {
      const [found] = judged(text, 'professional');
      expect(found!.confidence, text).toBeLessThan(0.5);
    }
    expect(judged('Working from home, my cell is 503-555-0144 if anything comes up', 'professional')[0]!.confidence).toBe(0.9);
    expect(judged('Ring 503-555-0108 to book a table', 'personal')[0]!.confidence).toBeLessThan(0.5);
  });

  it('keeps the author cue when both are there, and the plain confidence when nothing says', () => {
    expect(judged('Shelter line 503-555-0100, my cell 503-555-0123').map((f) => f.confidence)).toEqual([0.3, 0.9]);
    expect(judged('Package goes to 4500 W Main Avenue Apt 3, thanks Mom')[0]).toMatchObject({ confidence: 0.7 });
    expect(judged('DOB: 03/14/1990')[0]).toMatchObject({ confidence: 0.95 });
    expect(judged('Born 2 February 1989. Still not over it.')[0]!.confidence).toBeGreaterThanOrEqual(0.5);
  });
});

describe('personal-info: new numbers announced, and a business\'s new number (after tuning on fresh-2)', () => {
  const reported = (text: string) => runCase(rule as Rule, { text }).filter((f) => (f.confidence ?? 1) >= 0.5).map((f) => f.match);
  it('reads "new mob is" and a new number a short sentence before it', () => {
    expect(reported('aussie mates: new mob is 0491 570 159, old sim is dead')).toEqual(['0491 570 159']);
    expect(reported('new number, old phone got nicked. 07700 900417, text me')).toEqual(['07700 900417']);
    // Two sentences away, or a number with no cue, is not led by the cue.
    expect(reported('new number soon. the old phone got nicked. lost everything. 07700 900417')).toEqual([]);
  });
  it('reads "our dentist\'s new number" as the dentist\'s', () => {
    expect(reported("our dentist's new number is 0161 496 0732 if anyone needs one")).toEqual([]);
    expect(reported('my new number is 0161 496 0732')).toEqual(['0161 496 0732']);
  });
});

describe('personal-info in Spanish, Portuguese, French and German: whose address, and numbers without a region', () => {
  const judged = (text: string, lang: string, presence?: 'personal' | 'professional', region?: string) =>
    runCase(rule as Rule, { text, lang, presence, ...(region ? { region } : {}) }).map((f) => ({ match: f.match, confidence: f.confidence, cues: f.cues, data: f.data, messageId: f.messageId }));

  it("is sure of the author's own address, in each language's words", () => {
    for (const [lang, text, cue] of [
      ['es', 'Mi dirección nueva: Calle Mayor 12, 3º B, 28013 Madrid', 'whose:own:mi dirección'],
      ['pt', 'Moro na Rua Augusta, 1500, ap 31, São Paulo', 'whose:own:moro na'],
      ['fr', "j'habite 12 rue des Lilas, 75011 Paris", "whose:own:j'habite"],
      ['de', 'Wir sind umgezogen: Hauptstraße 5, 10115 Berlin', 'whose:own:wir sind umgezogen'],
    ] as const) {
      const [found] = judged(text, lang);
      expect(found, text).toMatchObject({ confidence: 0.9 });
      expect(found!.cues, text).toContain(cue);
    }
  });

  it("reads a shop's, a museum's or a polling station's address as public (below the default 0.5)", () => {
    for (const [lang, text] of [
      ['es', 'La expo del museo, Calle de Santa Isabel 52, está hasta enero'],
      ['es', 'Mi colegio electoral es el IES Cervantes, Calle Toledo 15'],
      ['es', 'La tienda nueva de Calle Fuencarral 45 tiene unas zapatillas preciosas'],
      ['pt', 'A exposição do museu, Av. Paulista, 1578, vai até janeiro'],
      ['pt', 'A loja da Rua Augusta, 900, fecha às 22h'],
      ['fr', 'Bureau de vote : école élémentaire, 14 rue de la Roquette'],
      ['fr', 'Le magasin du 20 rue de Rivoli est ouvert dimanche'],
      ['de', 'Wahllokal ist in der Grundschule, Schulstraße 4'],
      ['de', 'Das Museum in der Museumstraße 12 hat sonntags frei'],
      ['de', 'Die Praxis ist jetzt in der Bahnhofstraße 3'],
    ] as const) {
      const [found] = judged(text, lang);
      expect(found, text).toBeDefined();
      expect(found!.confidence, text).toBeLessThan(0.5);
      expect(found!.cues.some((c) => c.startsWith('whose:public')), text).toBe(true);
    }
  });

  it('leaves a venue on the professional presence out, as in English', () => {
    expect(judged('Jornada de adopción en la clínica, Calle Mayor 12, 28013 Madrid', 'es', 'professional')).toEqual([]);
  });

  it('does not guess the region of a bare national number from the language alone', () => {
    expect(judged('Llegamos a las 612 345 678 jaja no', 'es')).toEqual([]);
    expect(judged('pedidos al 91 555 23 45', 'es')).toEqual([]);
    expect(judged('Zentrale: 030 23125 417', 'de')).toEqual([]);
  });

  it('tries the regions of the language after an own-number cue, and says which ones the number fits', () => {
    const [es] = judged('llámame al 612 345 678', 'es');
    expect(es).toMatchObject({ match: '612 345 678', messageId: 'phoneRegion', confidence: 0.9 });
    expect(es!.data).toMatchObject({ regions: 'ES, CL', regionNames: 'Spain or Chile' });
    expect(es!.cues).toEqual(expect.arrayContaining(['trigger:phone after a cue', 'region:ES', 'region:CL']));
    // "0664 1234567" is an Austrian mobile and a valid-looking German number (docs/configuration.md#regions): both are said.
    expect(judged('ruf mich an unter 0664 123 45 67', 'de')[0]!.data).toMatchObject({ regions: 'DE, AT' });
    expect(judged('meu número novo: (11) 98765-4321', 'pt')[0]!.data).toMatchObject({ regions: 'BR' });
  });

  it('reads a national number under a region that is set, without the language cue', () => {
    const [found] = judged('pedidos al 91 555 23 45', 'es', 'personal', 'ES');
    expect(found).toMatchObject({ match: '91 555 23 45', messageId: 'phone' });
    // A region set is read as before: the number is that region's, not a guess among the language's.
    expect(judged('llámame al 612 345 678', 'es', 'personal', 'ES')[0]).toMatchObject({ messageId: 'phone' });
  });
});

describe('personal-info: dates of birth of a named child, a newborn, and a cue two short sentences away (session 10)', () => {
  const dates = (text: string) => runCase(rule as Rule, { text }).filter((f) => (f.confidence ?? 1) >= 0.5 && f.data?.kind === 'birthdate').map((f) => f.match);
  it('reads a child by first name born on a full date, and a newborn that arrived with its weight', () => {
    expect(dates('Zara was born 04/05/2019 and tomorrow she starts school')).toEqual(['04/05/2019']);
    expect(dates('Leo turns 4 today, born 2 Dec 2022, already the boss of the house')).toEqual(['2 Dec 2022']);
    expect(dates('Our little Aanya arrived 04.09.2026 at 3:12am, 3.1kg of perfect')).toEqual(['04.09.2026']);
  });
  it('leaves public figures, old births by a name, animals and parcels alone', () => {
    expect(dates('Freddie Mercury was born 5 September 1946 in Zanzibar')).toEqual([]);
    expect(dates('Elvis was born 8 January 1935 in Tupelo')).toEqual([]);
    expect(dates('Biscuit was born 3 March 2021, the best puppy in the litter')).toEqual([]);
    expect(dates('The parcel arrived 04.09.2026, the little box was crushed')).toEqual([]);
    expect(dates('Meet Max! Born March 3, 2019, he is our longest resident')).toEqual([]);
  });
  it('reads a birthday cue two short sentences from the date, not three', () => {
    expect(dates('Aug 9th 1979. thats the day. thats my birthday.')).toEqual(['Aug 9th 1979']);
    expect(dates('Aug 9th 1979. that was a long time ago. we moved house. the van broke down. my birthday is next week')).toEqual([]);
  });
});

describe('personal-info: an address after an outing to a named place is the place\'s (session 10)', () => {
  const addresses = (text: string) => runCase(rule as Rule, { text }).filter((f) => (f.confidence ?? 1) >= 0.5 && f.data?.kind === 'address').map((f) => f.match);
  it('reads a meal at a named place, going to one, and a best-in-town list as public', () => {
    expect(addresses("Lunch at Dishoom, 12 Upper St Martin's Lane, the queue was worth it")).toEqual([]);
    expect(addresses('go to the Old Biscuit Mill, 375 Albert Road, on a Saturday')).toEqual([]);
    expect(addresses('Brunch at the Little Hen at 14 Gertrude Street before the footy')).toEqual([]);
    expect(addresses('Best dosa in Bangalore: Vidyarthi Bhavan, 32 Gandhi Bazaar Main Rd')).toEqual([]);
  });
  it('keeps a meal at the author\'s home', () => {
    expect(addresses('brunch at mine, 14 Gertrude Street, 11am')).toEqual(['14 Gertrude Street']);
    expect(addresses('come for dinner at ours, 22 Hazel Road')).toEqual(['22 Hazel Road']);
  });
});

describe('personal-info: a number announced a sentence before, a new SIM, a contact given; streets that are Views and Heights (session 11)', () => {
  const shown = (text: string, kind: string) => runCase(rule as Rule, { text }).filter((f) => (f.confidence ?? 1) >= 0.5 && f.data?.kind === kind).map((f) => f.match);
  it('reads a number after "new number everyone!!"', () => expect(shown('new number everyone!! 07700 900318 delete the old one x', 'phone')).toEqual(['07700 900318']));
  it('reads a number after "my new sim is"', () => expect(shown('aussie mates, my new sim is 0491 570 156, hit me up', 'phone')).toEqual(['0491 570 156']));
  it('reads a number given as "a contact"', () => expect(shown('the teacher wanted a contact so it\'s 07700 900781', 'phone')).toEqual(['07700 900781']));
  it('keeps a shop\'s number after "new number!" below the default', () => expect(shown('new number! The shop is on 07700 900318', 'phone')).toEqual([]));
  it('stays quiet on a number with no cue', () => expect(shown('07700 900318 was on the side of the van', 'phone')).toEqual([]));
  it('reads a number after "new one\'s" when the number was changed', () => expect(shown("changed my number because of the ex. new one's 07700 900427, friends only", 'phone')).toEqual(['07700 900427']));
  it('reads "7 Harbour View" and "12 Elm Heights" as streets', () => {
    expect(shown('new addy is 7 Harbour View, Apt 3, Howth', 'address')).toEqual(['7 Harbour View, Apt 3']);
    expect(shown('moved to 12 Elm Heights last week', 'address')).toEqual(['12 Elm Heights']);
  });
  it('stays quiet on a view counted in lower case', () => expect(shown('we had a 5 star sea view at the hotel', 'address')).toEqual([]));
});

describe('personal-info: a street typed in lower case beside a home\'s word; a leap baby\'s date (session 13)', () => {
  const shown = (text: string, kind: string) => runCase(rule as Rule, { text }).filter((f) => (f.confidence ?? 1) >= 0.5 && f.data?.kind === kind).map((f) => f.match);
  it('reads a lower-case address after moving in, keys, parcels or a door', () => {
    expect(shown('moved in!! 3318 NE alberta st, housewarming saturday', 'address')).toEqual(['3318 NE alberta st']);
    expect(shown('new keys for 27 hollybrook road though, come round when i have found the kettle', 'address')).toEqual(['27 hollybrook road']);
    expect(shown('parcels for 14 cromwell gardens keep going to 41', 'address')).toEqual(['14 cromwell gardens']);
    expect(shown("key's under the frog by the back door at 52 linden avenue", 'address')).toEqual(['52 linden avenue']);
  });
  it('stays quiet on a lower-case street with no home word near it', () => {
    expect(shown('is working 4 to close', 'address')).toEqual([]);
    expect(shown('I am at 1505 west lake street: right across from the dunn brothers', 'address')).toEqual([]);
    expect(shown('the marathon goes down 5 main street blocks', 'address')).toEqual([]);
  });
  it('reads a flat in a named building, as South Asian addresses are written', () => {
    expect(shown('Our new address: Flat 402, Sai Krupa Apartments, 12th Cross, Indiranagar. All welcome!', 'address')).toEqual(['Flat 402, Sai Krupa Apartments, 12th Cross']);
    expect(shown('moved!! House No. 14, Green Park Enclave, come for chai', 'address')).toEqual(['House No. 14, Green Park Enclave']);
    expect(shown('Flat 3 prints at Green Park Gallery', 'address')).toEqual([]);
  });
  it('keeps a business\'s "new address" below the default', () => {
    expect(shown("the shop's new address: 42 Park Street", 'address')).toEqual([]);
    expect(shown("mum's new address is 42 Park Street", 'address')).toEqual(['42 Park Street']);
  });
  it('reads a date after "leap baby", not a leap year\'s date', () => {
    expect(shown("yes i'm a leap baby, 29.02.1992, only had 8 proper birthdays", 'birthdate')).toEqual(['29.02.1992']);
    expect(shown('leap year means 29.02.2024 is a real day', 'birthdate')).toEqual([]);
  });
});

describe('personal-info: role mailboxes in the other languages (session 13)', () => {
  const emails = (text: string) => runCase(rule as Rule, { text }).filter((f) => (f.confidence ?? 1) >= 0.5 && f.data?.kind === 'email').map((f) => f.match);
  it('keeps a role address quiet in any language', () => {
    expect(emails('Abriu uma vaga na minha equipa, mandem CV para recrutamento@example.com')).toEqual([]);
    expect(emails('escríbenos a contacto@example.org para adopciones')).toEqual([]);
    expect(emails('Bewerbungen bitte an kontakt@example.de')).toEqual([]);
  });
  it('still reads a personal address', () => {
    expect(emails('meu email pessoal é joana.silva@example.com')).toEqual(['joana.silva@example.com']);
  });
});
