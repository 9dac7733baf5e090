// Every recognizer, in one list. Order does not decide conflicts: scores and lengths do.
import type { Recognizer } from '../types.ts';
import { nationalId } from './national-id.ts';
import { passport } from './passport.ts';
import { phone } from './phone.ts';
import { email } from './email.ts';
import { taxCode } from './tax-code.ts';
import { socialInsurance } from './social-insurance.ts';
import { healthInsurance } from './health-insurance.ts';
import { bankAccount } from './bank-account.ts';
import { dateOfBirth } from './date-of-birth.ts';
import { personName } from './person-name.ts';
import { address } from './address.ts';
import { licensePlate } from './license-plate.ts';

export const recognizers: readonly Recognizer[] = [
  nationalId, passport, phone, email, taxCode, socialInsurance, healthInsurance, bankAccount, dateOfBirth, personName,
  address, licensePlate,
];

export {
  nationalId, passport, phone, email, taxCode, socialInsurance, healthInsurance, bankAccount, dateOfBirth, personName,
  address, licensePlate,
};
