// Bluesky: the ProseMirror composer (Ctrl+Enter publishes too).
import { describeSite } from './site-spec.ts';

describeSite('bluesky', { modEnter: true, overlay: true });
