/**
 * Abbreviations whose full stop, right after them, ends no sentence: titles
 * ("Dr. Okafor", "Mrs. Park's class"), streets ("Hauptstr. 5"), numbers
 * ("No. 5", "Nr. 12"), and German "Tel.", "bzw.", "ca.", "usw.", "inkl.",
 * "geb." ("Zahnarztpraxis Dr. Huber, neue Patienten, Tel. +43 ..."). Lower
 * case. Shared by the reading layer's sentences and the phrase lists'
 * sentence around a match.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'prof', 'sr', 'sra', 'srta', 'dra', 'mme', 'mlle', 'str', 'av', 'avda', 'ave', 'no', 'nr', 'vs', 'approx',
  'tel', 'bzw', 'ca', 'usw', 'evtl', 'inkl', 'geb', 'ggf', 'vgl',
]);
