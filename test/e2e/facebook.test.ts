// Facebook: the "Create post" dialog's Lexical editor, in the English and the French UI
// ("Créer une publication", "Publier"), with the extension's own UI in French for the latter.
import { describeSite } from './site-spec.ts';

describeSite('facebook', { overlay: true });
describeSite('facebook', { lang: 'fr' });
