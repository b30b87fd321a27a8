/**
 * German words of `personal-info` (Germany, Austria, Switzerland): street
 * addresses as they are written there ("Hauptstraße 5, 10115 Berlin",
 * "Hauptstr. 5", compounds ending in -straße, -weg, -gasse, -platz, -allee,
 * -ring, -damm), dates of birth ("geboren am 12. März 1989", "Geburtsdatum
 * 01.02.1990"), own-number cues ("meine Nummer", "ruf mich an unter") and
 * the regions German is written in.
 */
import type { PersonalInfoWords } from './personal-info.js';

export const PERSONAL_INFO_DE: PersonalInfoWords = {
  regions: ['DE', 'AT', 'CH'],
  ownPhone: String.raw`(?:(?:meine|mein|unsere|unser)\s+(?:neue\s+|private\s+|alte\s+)?(?:Nummer|Handynummer|Handy|Telefonnummer|Festnetznummer|Festnetz|Mobilnummer|Natelnummer|Natel|Whatsapp)|(?<!(?:praxis|klinik|apotheke|kanzlei|salon|studio|büro|buero|werkstatt|firma|laden|restaurant|pizzeria|hotel|dr\.|doktor|zahnarzt|tierarzt)[^.!?\n]{0,40})neue\s+(?:Nummer|Handynummer|Telefonnummer|Mobilnummer|Festnetznummer)|(?:ruf|ruaf|lüt|lüt\s+mir|lütt)\s+(?:mi|mich|mir)\s+(?:au|a|an|aa)(?![\p{L}])(?![^\n]{0,80}?(?:pizzeria|praxis|klinik|apotheke|restaurant|hotline|notdienst|lieferdienst|taxi|firma|salon|werkstatt))|(?:mini|mis)\s+(?:neui\s+)?(?:Nummere|Natel)|neui\s+Nummere|(?:ruf|ruft)\s+(?:mich\s+)?(?:gern\s+)?an(?:\s+unter)?|(?:schreib|schreibt)\s+mir(?:\s+(?:eine?\s+)?(?:SMS|Whatsapp|Nachricht))?(?:\s+(?:an|unter))?|meld(?:e|et)?\s+(?:dich|euch)(?!(?:\s+(?:einfach|gern|gerne|jederzeit|kurz|mal|doch|gleich))*\s+(?:bei|beim|in|im|an|über|ueber)\s+(?!mir\b|uns\b))(?:\s+(?:einfach|gern|gerne|jederzeit|kurz|mal|doch|gleich))*(?:\s+(?:unter|bei\s+mir))?|(?:ich\s+)?bin\s+(?:[\p{L}.]+\s+){0,3}erreichbar(?:\s+unter)?|(?:ihr\s+)?erreicht\s+mich(?:\s+(?:am\s+besten|jederzeit|abends|tagsüber))?(?:\s+unter)?|(?:du\s+)?erreichst\s+mich(?:\s+(?:am\s+besten|jederzeit|abends|tagsüber))?(?:\s+unter)?|übers\s+Festnetz|ueber\s+Festnetz)`,
  businessPhone: String.raw`(?:\p{L}+(?:praxis|klinik|apotheke|bäckerei|werkstatt|service|hotline|notdienst|zentrale|büro|kanzlei|salon|studio)|neue\s+Patienten|Patienten|Sprechzeiten|ruf(?:t|en\s+sie)?\s+(?:die|den|das|bei)|hotline|kostenlos(?:e)?\s+(?:nummer|hotline|rufnummer)|servicenummer|kundenservice|bestell(?:ung|ungen|hotline)?|reservierung(?:en)?|termine?|notruf|notdienst|telefonseelsorge|giftnotruf|praxis|klinik|pizzeria|apotheke|b[aä]ckerei|restaurant|werkstatt|laden|gesch[aä]ft|hotel|krankenhaus|zahnarzt|tierarzt|b[uü]ro|firma)`,
  streetTypes: ['straße', 'strasse', 'str.', 'weg', 'gasse', 'platz', 'allee', 'ring', 'damm', 'ufer', 'chaussee', 'steig', 'pfad', 'stieg', 'graben', 'zeile'],
  addresses: [
    // The type inside the name ("Hauptstraße", "Lindenstr."), capitalised; then the number and a unit letter, then the postcode and the town.
    String.raw`\p{Lu}[\p{Ll}äöüß]+(?:-\p{Lu}?[\p{Ll}äöüß]+)*(?:{SUFFIX})\s*\d{1,4}(?:\s?[a-hA-H](?![\p{L}\p{N}]))?(?:\s*[-/]\s*\d{1,4}[a-h]?)?(?![\p{L}\p{N}.,]\d)(?:,?\s+(?:[A-Z]-)?\d{4,5}(?![\p{N}])(?:\s+{NAME}(?:[\s-]+{NAME}){0,2})?)?`,
    // Two words: "Alte Hauptstraße 3"; a town's adjective and the type on its own, "Berliner Straße 12", "Frankfurter Allee 5". "Straße des 17. Juni" and "Am Markt 3" (no type) are left out.
    String.raw`(?:Alte|Neue|Große|Kleine|Untere|Obere|Lange|Hohe)\s+{NAME}(?:{SUFFIX})\s*\d{1,4}(?:\s?[a-hA-H](?![\p{L}\p{N}]))?(?:,?\s+\d{4,5}(?![\p{N}])(?:\s+{NAME})?)?`,
    String.raw`\p{Lu}\p{Ll}+er\s+(?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer|Chaussee|Landstraße|Landstrasse|Heerstraße)\s*\d{1,4}(?:\s?[a-hA-H](?![\p{L}\p{N}]))?(?:,?\s+(?:[A-Z]-)?\d{4,5}(?![\p{N}])(?:\s+{NAME}(?:[\s-]+{NAME}){0,2})?)?`,
    // A street typed in lower case, with a postcode and a town: "hauptstrasse 8 in 8001 zürich", "lindenweg 4, 10115 berlin".
    String.raw`[\p{Ll}äöüß]{3,}(?:{SUFFIX})\s*\d{1,4}(?:\s?[a-h](?![\p{L}\p{N}]))?(?:\s*[-/]\s*\d{1,4}[a-h]?)?,?\s+(?:in\s+)?(?:[A-Z]-)?\d{4,5}(?![\p{N}])\s+\p{L}{3,}`,
  ],
  notStreets: [
    'parkplatz', 'sitzplatz', 'stellplatz', 'spielplatz', 'arbeitsplatz', 'campingplatz', 'fensterplatz', 'gangplatz', 'tabellenplatz',
    'startplatz', 'studienplatz', 'ausbildungsplatz', 'kitaplatz', 'krippenplatz', 'listenplatz', 'podestplatz', 'stehplatz', 'liegeplatz',
    'sportplatz', 'fußballplatz', 'fussballplatz', 'tennisplatz', 'golfplatz', 'bolzplatz', 'marktplatz', 'rastplatz', 'zeltplatz',
    'boxring', 'ehering', 'verlobungsring', 'schlüsselring', 'rettungsring', 'fingerring', 'nürburgring', 'hockenheimring',
    'heimweg', 'rückweg', 'hinweg', 'schulweg', 'arbeitsweg', 'umweg', 'ausweg', 'fluchtweg', 'wanderweg', 'radweg', 'seeweg', 'luftweg', 'postweg', 'rechtsweg',
    'staudamm', 'deichdamm',
  ],
  ownAddress: String.raw`(?:wohn\s|(?:mir|mer|mier|mia)\s+wohn\p{L}*|wohned|wohnet|(?:meine|unsere)\s+(?:neue\s+)?(?:Adresse|Anschrift|Wohnung)|(?:mein|unser)\s+(?:neues\s+)?(?:Zuhause|Haus|Zimmer)|neue\s+(?:Adresse|Anschrift|Wohnung)|ich\s+wohne|wir\s+wohnen|wohne\s+(?:jetzt\s+)?in|wir\s+sind\s+umgezogen|ich\s+bin\s+umgezogen|umgezogen|Umzug|Rücksendung|Ruecksendung|zurückschicken|schickt|schicken\s+an|an\s+mich|bei\s+mir|bei\s+uns|zu\s+mir|zu\s+uns|klingelt?\s+bei|Lieferdienst|Paketbote|Postbote|Einweihungsparty|Einweihung|kommt\s+vorbei)`,
  publicAddress: String.raw`(?:\p{L}+(?:museum|galerie|theater|kino|kirche|bibliothek|halle|stadion|klinik|praxis|apotheke|bäckerei|restaurant|café|kneipe|hotel|markt|bad|zoo|schloss|dom|insel)|Museumsinsel|Laden|Geschäft|Museum|Bar|Club|Disco|Diskothek|Lokal|Biergarten|Kneipe|Restaurant|Café|Cafe|Imbiss|Döner|Bäckerei|Konditorei|Pizzeria|Buchhandlung|Markt|Theater|Kino|Hotel|Krankenhaus|Klinik|Praxis|Apotheke|Stadion|Galerie|Ausstellung|Konzert|Festival|Schule|Grundschule|Gymnasium|Universität|Uni|Kirche|Bibliothek|Rathaus|Wahllokal|Büro|Filiale|Sitz|Studio|geöffnet|öffnet|Öffnungszeiten|beste|bester|bestes|empfehle|Demo|Kundgebung|Treffpunkt)`,
  months: ['jan(?:uar)?|jänner', 'feb(?:ruar)?|feber', 'm[aä]rz|maerz', 'apr(?:il)?', 'mai', 'juni?', 'juli?', 'aug(?:ust)?', 'sep(?:t(?:ember)?)?', 'okt(?:ober)?', 'nov(?:ember)?', 'dez(?:ember)?'],
  longDate: String.raw`{DAY}\.\s*{MONTH}\.?\s+{YEAR}`,
  birthForm: String.raw`(?:Geburtsdatum|Geb\.?-?Datum|Geburtstag\s+ist\s+der|geb\.|(?:mein|laut)\s+(?:Ausweis|Perso|Pass|Reisepass|Personalausweis)(?:\s+(?:sagt|meint|behauptet))?)`,
  birthOwn: String.raw`(?:ich\s+)?bin\s[^!?\n]{0,60}?geboren|^[\s\p{P}\p{S}]*am\s[^!?\n]{4,25}?\s+geboren\b|ich\s+wurde\s[^!?\n]{0,60}?geboren|geboren\s+(?:bin|wurde)\s+ich|(?:hab|habe)\s+(?:ich\s+)?das\s+Licht\s+der\s+Welt\s+erblickt|bin\s+ich\s+(?:auf\s+die|zur)\s+Welt\s+gekommen|geboren\s+am\s[^!?\n]{4,25}?\s+um\s+\d{1,2}[:.]\d{2}|\d{3,4}\s?(?:g|gr|gramm)\b[^!?\n]{0,15}?\d{2}\s?cm`,
  birthOther: String.raw`(?:geboren|zur\s+Welt\s+gekommen|auf\s+die\s+Welt\s+gekommen|das\s+Licht\s+der\s+Welt\s+erblickt|kam\s[^!?\n]{0,40}?(?:zur|auf\s+die)\s+Welt|zur\s+Welt|auf\s+die\s+Welt)`,
  family: String.raw`(?:(?:mein|meine|meinem|meiner|unser|unsere|unserem|unserer)\s+(?:\p{L}+\s+)?(?:Sohn|Tochter|Kind|Kinder|Baby|Kleine|Kleiner|Oma|Opa|Großmutter|Großvater|Mutter|Vater|Mama|Papa|Bruder|Schwester|Mann|Frau|Freund|Freundin|Neffe|Nichte|Cousin|Cousine|Tante|Onkel|Enkel|Enkelin)|(?:mein|meine|unser|unsere)\s+(?:kleiner?\s+)?\p{Lu}\p{L}+|Oma|Opa|Omi|Opi)`,
  animals: String.raw`(?:Hund|Hunde|Hündin|Welpe|Welpen|Katze|Katzen|Kater|Kätzchen|Haustier|Wurf|Tierheim|Adoption|🐶|🐕|🐱|🐈|🐾)`,
};
