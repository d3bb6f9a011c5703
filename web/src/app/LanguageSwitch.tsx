import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { isLanguage } from './i18n/i18n';

/** One button that switches to the other language; its text is in that language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const target = t('language.switchToLang');
  return (
    <Button
      type="button"
      appearance="subtle-button"
      lang={target}
      data-testid="language-switch"
      onClick={() => {
        if (isLanguage(target)) void i18n.changeLanguage(target);
      }}
    >
      {t('language.switchTo')}
    </Button>
  );
}
