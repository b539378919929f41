// Every demo page: `?lang=de|fr|en` and `?theme=dark|light` set the page's language and theme,
// which the Kerf elements follow (they read the closest `lang` and `data-kerf-theme`).
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
if (lang && ['en', 'de', 'fr'].includes(lang)) document.documentElement.lang = lang;
const theme = params.get('theme');
if (theme === 'dark' || theme === 'light') document.documentElement.dataset.kerfTheme = theme;
for (const el of document.querySelectorAll('[data-kerf-themed]')) if (theme) el.setAttribute('theme', theme);
