/**
 * The embed code for a view: an <iframe> of /<lang>/embed/?<state> plus a few lines of script for the
 * host page that set the frame's height from the messages the embed page posts. Without the script
 * (where a host forbids scripts) the frame keeps its fixed fallback height.
 */
import { escapeHtml } from './result-html.ts';

/** The message type the embed page posts to its parent with its content height. */
export const EMBED_HEIGHT_MESSAGE = 'wbsb-embed-height';
/** Height of the frame when the host page does not run the resizing script. */
export const EMBED_FALLBACK_HEIGHT = 640;

export interface EmbedMessage {
  type: typeof EMBED_HEIGHT_MESSAGE;
  height: number;
}

/** Whether a posted message is the embed page's height report, with a sane height. */
export function isEmbedMessage(data: unknown): data is EmbedMessage {
  if (typeof data !== 'object' || data === null) return false;
  const { type, height } = data as Record<string, unknown>;
  return type === EMBED_HEIGHT_MESSAGE && typeof height === 'number' && Number.isFinite(height) && height > 0 && height < 20000;
}

export interface EmbedInput {
  /** The portal's public origin (src/lib/site.ts), e.g. https://securitybarometer.qkss.org. */
  origin: string;
  lang: string;
  /** The serialised state (no leading "?"). */
  query: string;
  /** The frame's accessible title. */
  title: string;
}

export function embedUrl({ origin, lang, query }: Pick<EmbedInput, 'origin' | 'lang' | 'query'>): string {
  return `${origin}/${lang}/embed/?${query}`;
}

export function embedSnippet(input: EmbedInput): string {
  const src = embedUrl(input);
  const frame = `<iframe src="${escapeHtml(src)}" title="${escapeHtml(input.title)}" width="100%" height="${EMBED_FALLBACK_HEIGHT}" ` +
    `style="border:0;max-width:760px" loading="lazy" data-wbsb-embed></iframe>`;
  // Only messages from the portal's origin, and only for the frame that sent them, resize a frame.
  const script = `<script>addEventListener("message",function(e){var d=e.data;` +
    `if(e.origin!==${JSON.stringify(input.origin)}||!d||d.type!=="${EMBED_HEIGHT_MESSAGE}"||!(d.height>0&&d.height<20000))return;` +
    `document.querySelectorAll("iframe[data-wbsb-embed]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})});</script>`;
  return `${frame}\n${script}`;
}
