import { firstLooked } from '../pipeline/regex-source.ts';

// Ordinary numbers in clinical talk that look like identifiers: doses, lab values, vitals,
// literature and trial ids, versions, orders and parcels. Data only; pipeline/number-guards.ts
// applies them. Each pattern is non-global and tested on a short window.

/** A unit right after the number: the number is a quantity, not an identifier. */
export const UNIT_AFTER = /^\s?(?:mg|mcg|µg|μg|ug|ng|g|gm|kg|lbs?|oz|ml|mL|dl|dL|l|L|cc|units?|unités?|u|iu|ui|meq|mmol|µmol|umol|nmol|pmol|mol|mmhg|mm\s?hg|cmh2o|bpm|rpm|\/min|\/h|\/hr|\/day|\/jour|\/d|%|‰|cm|mm|km|m|µm|nm|ms|sec|secs|seconds?|s|min|mins|minutes?|h|hrs?|hours?|heures?|days?|jours?|weeks?|semaines?|months?|mois|years?|ans|yrs?|y\/o|yo|times|fois|x|×|cells|copies|cp\/ml|iu\/ml|g\/l|mg\/dl|mmol\/l|k|m|bn|billion|million|milliards?|people|patients|personnes|cases|cas|deaths|décès|views|followers|likes|steps|pas|calories|kcal|\$|€|£|dollars?|pounds?|livres?|euros?|cents?)(?![\w'])/iu;

/** A label right before the number that names a non-personal identifier (the match runs up to the number). */
export const NON_PHI_LABEL = firstLooked(/(?:(?<![\p{L}\d_])(?:doi|pmid|pmcid|pmc|nct|isrctn|eudract|isbn|issn|arxiv|icd(?:-?1[01])?|cpt|din|npn|ndc|lot|batch|lote|version|ver|v|release|build|firmware|update|ios|android|order|commande|tracking|suivi|parcel|colis|shipment|invoice|facture|receipt|re[çc]u|confirmation|ticket|billet|flight|vol|reference|r[ée]f[ée]rence|ref|grant|subvention|award|protocol|protocole|irb|reb|ethics|[ée]thique|study|[ée]tude|trial|essai|section|chapter|chapitre|table|tableau|figure|fig|page|p|pp|step|[ée]tape|article|art|clause|bill|projet\s+de\s+loi|room|chambre|salle|bed|lit|code|promo|coupon|zoom|meeting|r[ée]union|webinar|webinaire|passcode|password|pin|otp|job|poste|posting|requisition|req|item|sku|model|mod[èe]le|part|pi[èe]ce|patent|brevet|registration|course|cours|issue|problème|ticket|bug|pr|commit|vol\.|ci|ic)|(?<![\p{L}\d_])(?:n|p|r|or|hr|rr)\s*[=<>≤≥])\s*[:#=.-]?\s*/iu);
