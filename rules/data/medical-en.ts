/**
 * A medical lexicon for `oversharing`'s health category: medicines by their
 * generic and brand names, conditions, procedures, tests and places of
 * care that are a medical detail when a post says they are the author's or
 * their family's ("week 3 on sertraline", "dad's triple bypass"). Lower
 * case, as token norms; read as lemmas (plurals and -ed forms follow).
 *
 * Left out on purpose, because their everyday sense is as common as the
 * medical one: cold, flu, cough, cast, prep (meal prep), ms (Ms.), als,
 * stage, ward alone, broken, relapse, sober, glucose, cholesterol,
 * insomnia, shots, high, trip, pregnant (an announcement is not a medical
 * detail; its complications are listed).
 */
export const MEDICINES = [
  // Mental health
  'zoloft', 'prozac', 'fluoxetine', 'citalopram', 'escitalopram', 'lexapro', 'celexa', 'paroxetine', 'paxil', 'bupropion', 'wellbutrin',
  'venlafaxine', 'effexor', 'duloxetine', 'cymbalta', 'mirtazapine', 'trazodone', 'amitriptyline', 'nortriptyline', 'quetiapine', 'seroquel',
  'aripiprazole', 'abilify', 'risperidone', 'olanzapine', 'lamotrigine', 'lamictal', 'clozapine', 'haloperidol', 'ssri', 'ssris', 'snri',
  'antipsychotic', 'antipsychotics', 'benzo', 'benzos', 'benzodiazepine', 'xanax', 'alprazolam', 'lorazepam', 'ativan', 'diazepam', 'valium',
  'clonazepam', 'klonopin', 'propranolol', 'adderall', 'ritalin', 'methylphenidate', 'vyvanse', 'elvanse', 'concerta', 'strattera', 'atomoxetine',
  // Pain and addiction
  'tramadol', 'oxycodone', 'oxycontin', 'codeine', 'morphine', 'fentanyl', 'methadone', 'suboxone', 'buprenorphine', 'naltrexone', 'gabapentin',
  'pregabalin', 'lyrica', 'vicodin', 'percocet', 'hydrocodone', 'dilaudid',
  // Long-term conditions
  'metformin', 'ozempic', 'wegovy', 'mounjaro', 'semaglutide', 'tirzepatide', 'levothyroxine', 'synthroid', 'thyroxine', 'atorvastatin',
  'simvastatin', 'statins', 'lisinopril', 'amlodipine', 'losartan', 'ramipril', 'bisoprolol', 'metoprolol', 'warfarin', 'eliquis', 'apixaban',
  'xarelto', 'rivaroxaban', 'clopidogrel', 'prednisone', 'prednisolone', 'methotrexate', 'humira', 'adalimumab', 'biologics', 'hydroxychloroquine',
  'levetiracetam', 'keppra', 'topiramate', 'depakote', 'valproate', 'carbamazepine', 'sumatriptan', 'spironolactone', 'finasteride',
  'isotretinoin', 'accutane', 'roaccutane', 'montelukast', 'symbicort', 'seretide', 'epipen',
  // Hormones, fertility, cancer, infections
  'estradiol', 'oestrogen', 'estrogen', 'progesterone', 'testosterone', 'hrt', 'letrozole', 'clomid', 'clomiphene', 'tamoxifen', 'herceptin',
  'keytruda', 'immunotherapy', 'truvada', 'antiretrovirals', 'doxycycline', 'amoxicillin', 'azithromycin', 'ciprofloxacin', 'metronidazole',
  'nitrofurantoin', 'fluconazole', 'valacyclovir', 'acyclovir', 'paxlovid',
];

export const CONDITIONS = [
  'depression', 'anxiety disorder', 'schizophrenia', 'psychosis', 'anorexia', 'bulimia', 'self-harm', 'suicidal', 'autism', 'autistic',
  'dyspraxia', 'narcolepsy', 'apnea', 'apnoea', 'crohn', "crohn's", 'crohns', 'colitis', 'coeliac', 'celiac', 'gastroparesis', 'diverticulitis',
  'gallstones', 'appendicitis', 'pancreatitis', 'hepatitis', 'cirrhosis', 'hiv', 'herpes', 'chlamydia', 'gonorrhea', 'gonorrhoea', 'syphilis',
  'sti', 'std', 'psoriasis', 'arthritis', 'rheumatoid', "parkinson's", 'parkinsons', "alzheimer's", 'alzheimers', 'dementia', 'copd', 'emphysema',
  'melanoma', 'leukaemia', 'leukemia', 'lymphoma', 'carcinoma', 'sarcoma', 'metastatic', 'metastasis', 'remission', 'concussion', 'fracture',
  'fractured', 'sciatica', 'scoliosis', 'meniscus', 'herniated', 'tinnitus', 'vertigo', 'glaucoma', 'cataract', 'cataracts', 'cyst', 'cysts',
  'fibroids', 'adenomyosis', 'ectopic', 'stillbirth', 'stillborn', 'hyperemesis', 'infertility', 'postpartum', 'mastitis', 'thyroid',
  'hypothyroidism', 'hyperthyroidism', 'angina', 'arrhythmia', 'afib', 'anaemia', 'anemia', 'sepsis', 'pneumonia', 'meningitis', 'shingles',
];

export const PROCEDURES = [
  'transplant', 'ostomy', 'colostomy', 'ileostomy', 'stoma', 'catheter', 'pacemaker', 'stent', 'angioplasty', 'endoscopy', 'gastroscopy',
  'laparoscopy', 'lap', 'smear', 'echocardiogram', 'ecg', 'ekg', 'eeg', 'a1c', 'hba1c', 'iui', 'epidural', 'hysterectomy', 'vasectomy',
  'lumpectomy', 'appendectomy', 'tonsillectomy', 'abortion', 'detox', 'inpatient', 'outpatient', 'icu', 'nicu', 'hdu', 'cbt', 'emdr',
  'psychiatric', 'counselling', 'counseling', 'physiotherapy', 'radiotherapy', 'infusion', 'injections', 'bypass',
];

/** Phrases of norms of the same kind: "egg retrieval", "embryo transfer", "mental health unit". */
export const MEDICAL_PHRASES: string[][] = [
  ['egg', 'retrieval'], ['embryo', 'transfer'], ['pap', 'smear'], ['smear', 'test'], ['pet', 'scan'], ['mental', 'health', 'unit'],
  ['psych', 'ward'], ['psychiatric', 'ward'], ['pregnancy', 'unit'], ['early', 'pregnancy'], ['blood', 'sugar'], ['eating', 'disorder'],
  ['torn', 'acl'], ['acl', 'surgery'], ['kidney', 'stones'], ['kidney', 'stone'], ['sleep', 'apnea'], ['sleep', 'apnoea'], ['gestational', 'diabetes'],
  ['aa', 'meeting'], ['na', 'meeting'], ['triple', 'bypass'], ['quadruple', 'bypass'], ['heart', 'bypass'], ['bypass', 'surgery'], ['std', 'test'],
  ['hiv', 'test'], ['hiv', 'positive'], ['ovarian', 'cyst'], ['ivf', 'round'], ['round', 'of', 'ivf'],
];
