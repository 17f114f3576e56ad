// Threads: Meta's Lexical plain-text composer.
import { describeSite } from './site-spec.ts';

describeSite('threads');
