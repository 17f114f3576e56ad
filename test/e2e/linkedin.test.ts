// LinkedIn: the Quill editor in the "Start a post" dialog.
import { describeSite } from './site-spec.ts';

describeSite('linkedin');
