import { localizeTree, pickUiLang, setUiLang } from '../shared/i18n.ts';
import { uiLanguage } from '../shared/platform.ts';

setUiLang(pickUiLang(uiLanguage()));
localizeTree(document);
