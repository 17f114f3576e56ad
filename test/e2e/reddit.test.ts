// Reddit: a Lexical editor slotted into the shreddit-composer custom element, posted by a form.
import { describeSite } from './site-spec.ts';

describeSite('reddit');
