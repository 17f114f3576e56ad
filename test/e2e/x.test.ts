// X: the Draft.js compose dialog at /compose/post (Ctrl+Enter posts too).
import { describeSite } from './site-spec.ts';

describeSite('x', { modEnter: true, overlay: true });
