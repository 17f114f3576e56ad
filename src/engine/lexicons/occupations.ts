// Occupations and roles that narrow a case down ("the teacher from Kingston"), EN and FR,
// lower-case, singular; the matcher allows a plural. Comma-separated so that entries can hold spaces.
const LIST = `
accountant, actor, actress, agriculteur, agricultrice, ambulancier, ambulancière, architect,
artist, athlete, avocat, avocate, babysitter, baker, banker, barber, bartender, boulanger,
boulangère, bus butcher, bûcheron, bûcheronne, cab caissier, caissière, camionneur,
camionneuse, carpenter, cashier, charpentier, chasseur, chauffeur, chauffeuse, chef, coach,
coiffeur, coiffeuse, comptable, concierge, construction worker, contractor, councillor,
courier, couvreur, crossing guard, cuisinier, cuisinière, cyclist, cycliste, dancer, danseur,
danseuse, daycare worker, delivery dentist, dentiste, electrician,
engineer, enseignant, enseignante, farmer, fermier, fermière, firefighter, fireman, fisherman,
forester, gardien, grad hairdresser, hockey player, hunter, imam, infirmière,
influencer, ingénieur, ingénieure, janitor, joueur de hockey, journalist, journaliste, juge,
lawyer, librarian, lifeguard, logger, lumberjack, maire, mairesse, mayor, mechanic, med student,
militaire, miner, mineur, musician, musicien, musicienne, mécanicien, nanny,
nun, pastor, pharmacien, pharmacienne, pharmacist, photographe,
photographer, pilot, pilote, plombier, plumber, police policeman, policier,
policière, politician, pompier, pompière, postman, priest, principal, professeur, professeure,
professor, préposé, préposée, prêtre, pêcheur, rabbi, rancher, referee, religieuse, resident,
retiree, retraité, retraitée, roofer, sailor, secretary, security guard, serveur, serveuse,
singer, skier, snowboarder, soldat, soldier, soudeur, soudeuse, streamer, surgeon,
taxi teacher, technician, truck trucker, uber veteran, veterinarian,
vétérinaire, waiter, waitress, welder, writer, youtuber, éducateur, éducatrice, électricien, élève,
étudiant, étudiante
`;
export const OCCUPATIONS: readonly string[] = LIST.split(',').map((s) => s.trim()).filter(Boolean);
