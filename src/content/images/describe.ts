import type { ImageFinding } from '../../image/types.ts';
import { t } from '../../shared/i18n.ts';

const TEXT_KINDS = new Set(['name', 'date', 'age', 'id', 'location', 'contact', 'room', 'network', 'case']);

/** One line per finding for people: what kind of thing, never the thing itself. */
export function describeImageFinding(f: Pick<ImageFinding, 'category' | 'ruleId' | 'textCategory'>): string {
  switch (f.category) {
    case 'image-metadata':
      return t('img_cat_image_metadata', t(`img_meta_${f.ruleId.replace(/-/g, '_')}`));
    case 'image-text':
      return t('img_cat_image_text', t(`img_text_${f.textCategory && TEXT_KINDS.has(f.textCategory) ? f.textCategory : 'other'}`));
    case 'face':
      return t('img_cat_face');
  }
}

export function errorText(code: string): string {
  return t('img_failed', t(`img_err_${code.replace(/-/g, '_')}`));
}
