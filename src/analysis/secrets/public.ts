// Keys that are public by design, though in a provider's format. Google issues the same `AIza` key
// for server use and for clients: a browser, Maps JavaScript, YouTube or Firebase key ships inside
// every page or app built with it, and what protects it is its restrictions in the Google Cloud
// console, not its secrecy. Nor does the format say whose key it is: a scraper carries the public
// web-client key of the site it reads. So a Google API key is reported as `likely` (at most P1)
// with the gap below, unless the code around it uses it for an API that only takes server keys
// (Gemini, the Generative Language API): then it is a secret, as proven as any other.
import { basename } from 'node:path';
import type { SecretHit } from './scan.js';

export const FIREBASE_GAP = 'a Firebase client key is public by design; restrict it in the console';
export const GOOGLE_KEY_GAP = 'Google also issues this key format as a public client key (browser, Maps, YouTube, Firebase); whose key it is and how it is restricted cannot be told from the code';

/** Uses that take a server key only: a key beside them is a secret. */
const SERVER_ONLY = /generativelanguage\.googleapis\.com|\bgoogle[.-]generativeai\b|@google\/(?:genai|generative-ai)\b|\bgoogle\.genai\b|\bGoogleGenerativeAI\b|\bgenai\.(?:configure|Client)\b|\bGEMINI_API_KEY\b/i;

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

/**
 * Why a Google API key hit is only likely, or undefined when it is proven (a key beside a
 * server-only use). Other patterns are not Google's and get undefined.
 */
export function publicKeyGap(path: string, text: string, hit: SecretHit): string | undefined {
  if (hit.pattern.id !== 'google-api-key') return undefined;
  if (isFirebaseClientKey(path, text, hit)) return FIREBASE_GAP;
  const around = text.slice(Math.max(0, hit.start - WINDOW), Math.min(text.length, hit.end + WINDOW));
  return SERVER_ONLY.test(around) ? undefined : GOOGLE_KEY_GAP;
}
