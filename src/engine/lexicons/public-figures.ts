// Surnames of public figures who come up in health talk (politicians, health officials,
// royals, celebrities with public diagnoses), lower-case. A post about them is news, not a
// disclosure by their clinician. Not exhaustive: news cue words (pipeline/signals) do most of the work.
export const PUBLIC_FIGURES: ReadonlySet<string> = new Set(`
trudeau carney poilievre legault eby kinew furey
biden trump obama clinton vance pence sanders rfk fauci walensky birx tam njoo
arruda boileau whitty vallance starmer sunak macron camilla
middleton meghan dion swift beyoncé beyonce musk zuckerberg bezos
fox gehrig hawking reeve jolie biles osaka hamlin bieber gomez lovato kardashian oprah winfrey
`.split(/\s+/).filter(Boolean));
