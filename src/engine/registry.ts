import type { Rule } from './types.ts';
// One import per rule, sorted by id; test/meta checks this list against rules/.
import ageOver89 from './rules/age-over-89.ts';
import caBcPhn from './rules/ca-bc-phn.ts';
import caOnOhip from './rules/ca-on-ohip.ts';
import caPhn from './rules/ca-phn.ts';
import caPostalCode from './rules/ca-postal-code.ts';
import caQcRamq from './rules/ca-qc-ramq.ts';
import caSin from './rules/ca-sin.ts';
import caseDescription from './rules/case-description.ts';
import claimEfficacy from './rules/claim-efficacy.ts';
import claimPromotion from './rules/claim-promotion.ts';
import claimTestimonial from './rules/claim-testimonial.ts';
import claimVaccineHarm from './rules/claim-vaccine-harm.ts';
import deviceSerial from './rules/device-serial.ts';
import email from './rules/email.ts';
import exactAge from './rules/exact-age.ts';
import gpsCoordinates from './rules/gps-coordinates.ts';
import iban from './rules/iban.ts';
import insuranceId from './rules/insurance-id.ts';
import ipAddress from './rules/ip-address.ts';
import learnedName from './rules/learned-name.ts';
import learnedPlace from './rules/learned-place.ts';
import licenceNumber from './rules/licence-number.ts';
import licencePlate from './rules/licence-plate.ts';
import macAddress from './rules/mac-address.ts';
import mrn from './rules/mrn.ts';
import overlayName from './rules/overlay-name.ts';
import patientDate from './rules/patient-date.ts';
import patientName from './rules/patient-name.ts';
import patientPlace from './rules/patient-place.ts';
import paymentCard from './rules/payment-card.ts';
import phone from './rules/phone.ts';
import roomBed from './rules/room-bed.ts';
import streetAddress from './rules/street-address.ts';
import ukNhs from './rules/uk-nhs.ts';
import ukNino from './rules/uk-nino.ts';
import ukPostcode from './rules/uk-postcode.ts';
import urlIdentifier from './rules/url-identifier.ts';
import usMbi from './rules/us-mbi.ts';
import usSsn from './rules/us-ssn.ts';
import usZip from './rules/us-zip.ts';

export const RULES: readonly Rule[] = [
  ageOver89,
  caBcPhn,
  caOnOhip,
  caPhn,
  caPostalCode,
  caQcRamq,
  caSin,
  caseDescription,
  claimEfficacy,
  claimPromotion,
  claimTestimonial,
  claimVaccineHarm,
  deviceSerial,
  email,
  exactAge,
  gpsCoordinates,
  iban,
  insuranceId,
  ipAddress,
  learnedName,
  learnedPlace,
  licenceNumber,
  licencePlate,
  macAddress,
  mrn,
  overlayName,
  patientDate,
  patientName,
  patientPlace,
  paymentCard,
  phone,
  roomBed,
  streetAddress,
  ukNhs,
  ukNino,
  ukPostcode,
  urlIdentifier,
  usMbi,
  usSsn,
  usZip,
];
