/**
 * Words that mark a text as one language among those presence chooses from:
 * common function words that no other of these languages writes alone
 * ("the", "and", "you"; not "me", "was", "but", "so", "on", "an", "all",
 * which Spanish, German or French write too). Two of them in a text keep
 * it in that language without asking the detector: a cheap test first, and
 * the guard that keeps a real English post from being taken for another
 * language and losing its checks. Lower case, apostrophes straight. Data,
 * not code: one entry per language that presence reads.
 */
export const LANGUAGE_MARKERS: Readonly<Record<string, readonly string[]>> = {
  en: [
    'the', 'and', 'you', 'your', "you're", 'of', 'to', 'with', 'that', 'this', 'it', "it's", 'its', 'i', "i'm", 'im',
    "i've", "i'll", "i'd", 'is', 'are', 'were', 'have', 'had', 'what', 'just', 'not', 'my', 'we', 'they', 'she', 'he',
    'his', 'our', 'their', 'be', 'been', 'would', 'can', 'could', 'should', "don't", 'dont', "can't", 'cant', "won't",
    "didn't", "doesn't", "isn't", 'about', 'from', 'there', 'here', 'when', 'who', 'why', 'how', 'if', 'by', 'at', 'for',
  ],
};

/** Names of the languages presence knows by code (ISO 639-1), for messages and did-you-mean. */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  es: 'Spanish',
  fr: 'French',
  de: 'German',
  pt: 'Portuguese',
  it: 'Italian',
  nl: 'Dutch',
  ca: 'Catalan',
  pl: 'Polish',
  sv: 'Swedish',
  da: 'Danish',
  no: 'Norwegian',
  fi: 'Finnish',
  tr: 'Turkish',
  ru: 'Russian',
  uk: 'Ukrainian',
  el: 'Greek',
  ja: 'Japanese',
  zh: 'Chinese',
  ko: 'Korean',
  ar: 'Arabic',
  he: 'Hebrew',
  hi: 'Hindi',
};
