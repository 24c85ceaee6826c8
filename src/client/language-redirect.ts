/**
 * On the language chooser at "/": go to the visitor's preferred language when the browser states one we
 * have. Without JavaScript the page simply lists the three languages.
 */
import { preferredLang } from './language-redirect-choice.ts';

const languages = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
window.location.replace(`/${preferredLang(languages)}/`);
