// Keys that are public by design, though in a provider's format: a Firebase client configuration's
// Google API key ships inside every app and web page built from it; what protects the project is
// the key's restrictions in the Google Cloud console and the security rules, not its secrecy. Such
// a key is reported as `likely` (at most P1), with this gap; a Google API key elsewhere is not.
import { basename } from 'node:path';
import type { SecretHit } from './scan.js';

export const FIREBASE_GAP = 'a Firebase client key is public by design; restrict it in the console';

/** Firebase's generated client configuration files (Android, Apple platforms). */
const CONFIG_FILES = new Set(['google-services.json', 'googleservice-info.plist']);

/** How far around the key (characters) a web configuration's other fields are looked for. */
const WINDOW = 600;

/** Fields only a Firebase web configuration has together with `apiKey`. */
const WEB_CONFIG = /firebaseapp\.com|\bauthDomain\b|\bmessagingSenderId\b|\bfirebaseConfig\b|firebaseio\.com|\binitializeApp\s*\(/;

/** Names that say the key is a Firebase client key (`FIREBASE_API_KEY`, `NEXT_PUBLIC_FIREBASE_API_KEY`, `VITE_FIREBASE_API_KEY`). */
const FIREBASE_NAME = /firebase[_-]?(?:web[_-]?)?api[_-]?key["']?\s*(?:[:=]|=>)\s*["']?$/i;

/**
 * Whether a Google API key hit is a Firebase client key: in `google-services.json`
 * (`current_key`) or `GoogleService-Info.plist` (`API_KEY`), under a Firebase-named variable, or as
 * the `apiKey` of a web configuration (`firebaseConfig = { apiKey, authDomain, ... }`).
 */
export function isFirebaseClientKey(path: string, text: string, hit: SecretHit): boolean {
  if (hit.pattern.id !== 'google-api-key') return false;
  if (CONFIG_FILES.has(basename(path).toLowerCase())) return true;
  // The 120 characters before the key, on its line (found within them: a long line is not walked back).
  const near = text.slice(Math.max(0, hit.start - 120), hit.start);
  const before = near.slice(near.lastIndexOf('\n') + 1);
  if (FIREBASE_NAME.test(before)) return true;
  if (!/\bapi_?key["']?\s*(?:[:=]|=>)\s*["']?$/i.test(before)) return false;
  return WEB_CONFIG.test(text.slice(Math.max(0, hit.start - WINDOW), Math.min(text.length, hit.end + WINDOW)));
}
