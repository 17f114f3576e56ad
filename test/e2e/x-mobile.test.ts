// X mobile web: the React-controlled textarea at /compose/post on a phone layout.
import { describeSite } from './site-spec.ts';

describeSite('x-mobile');
