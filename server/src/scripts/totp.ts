import { authenticator } from 'otplib';
import { loadDemoData } from '../seeds/demo.seeder.js';

/** Prints the current TOTP code of a secret (default: the demo users' secret). */
const secret = process.argv[2] ?? loadDemoData().totpSecret;
console.log(authenticator.generate(secret));
