/**
 * The "Download and share" section: CSV, SVG and PNG of the view on screen, and the permalink, embed
 * code and SQL to copy. The texts are refreshed after every view; the files are made on click.
 */
import type { ResolvedCodebook } from '../../../lib/codebook/resolved.ts';
import { crosstabCsv } from '../../../lib/explorer/csv-export.ts';
import { citation, fillSlots } from '../../../lib/explorer/describe.ts';
import { embedSnippet } from '../../../lib/explorer/embed-code.ts';
import type { ExplorerConfig } from '../../../lib/explorer/page-config.ts';
import { serializeState } from '../../../lib/explorer/state.ts';
import { copyField, downloadBlob } from './download.ts';
import { exportSvg, pngBlob, svgBlob } from './image-export.ts';
import type { RenderedView } from './render.ts';

export interface CurrentView {
  rendered: RenderedView;
  /** The SQL that computed it (null for the pre-rendered default before the engine ran it). */
  sql: string | null;
}

/** The view's address on the portal's public site, whichever host serves this copy of it. */
export function permalinkOf(config: ExplorerConfig, rendered: RenderedView): string {
  return `${config.siteUrl}/${config.lang}/explore/?${serializeState(rendered.view.state)}`;
}

export class ExportPanel {
  private readonly root: HTMLElement;
  private readonly config: ExplorerConfig;
  private readonly codebook: ResolvedCodebook;
  private readonly current: () => CurrentView | null;

  constructor(root: HTMLElement, config: ExplorerConfig, codebook: ResolvedCodebook, current: () => CurrentView | null) {
    this.root = root;
    this.config = config;
    this.codebook = codebook;
    this.current = current;
    root.addEventListener('click', (event) => {
      const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
      if (!button) return;
      const kind = button.dataset['export'];
      if (kind === 'csv' || kind === 'svg' || kind === 'png') void this.download(kind);
      const copy = button.dataset['copy'];
      if (copy) void this.copy(copy);
    });
  }

  private fileName(extension: string, rendered: RenderedView): string {
    const { question, breakdown } = rendered.view.state;
    return `${this.config.strings.file_name}-${question}-${breakdown}.${extension}`;
  }

  private async download(kind: 'csv' | 'svg' | 'png'): Promise<void> {
    const view = this.current();
    if (!view) return;
    const { rendered } = view;
    if (kind === 'csv') {
      const csv = crosstabCsv({ view: rendered.view, codebook: this.codebook, strings: this.config.strings, lang: this.config.lang, permalink: permalinkOf(this.config, rendered) });
      downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), this.fileName('csv', rendered));
      return;
    }
    const permalink = permalinkOf(this.config, rendered);
    const strings = this.config.strings;
    // The citation without its link: the permalink follows on its own line.
    const footer = [fillSlots(strings.footer_citation, { citation: citation(this.codebook, strings, '').trim() }), `${strings.csv_permalink}: ${permalink}`];
    const image = exportSvg(rendered, footer);
    downloadBlob(kind === 'svg' ? svgBlob(image.svg) : await pngBlob(image), this.fileName(kind, rendered));
  }

  private async copy(fieldId: string): Promise<void> {
    const field = document.getElementById(fieldId);
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
    const copied = await copyField(field);
    const status = this.root.querySelector('[data-copy-status]');
    if (status) status.textContent = copied ? this.config.strings.copied : this.config.strings.copy_failed;
  }

  /** Refreshes the permalink, embed code and SQL for the view on screen. */
  update(): void {
    const view = this.current();
    if (!view) return;
    const state = view.rendered.view.state;
    const permalink = this.root.querySelector<HTMLInputElement>('[data-permalink]');
    if (permalink) permalink.value = permalinkOf(this.config, view.rendered);
    const embed = this.root.querySelector<HTMLTextAreaElement>('[data-embed-code]');
    if (embed) {
      const title = `${view.rendered.figure.parts.title} · ${this.config.strings.site_name}`;
      embed.value = embedSnippet({ origin: this.config.siteUrl, lang: this.config.lang, query: serializeState(state), title });
    }
    const sql = this.root.querySelector<HTMLTextAreaElement>('[data-sql]');
    if (sql) sql.value = view.sql ?? this.config.strings.sql_pending;
    const status = this.root.querySelector('[data-copy-status]');
    if (status) status.textContent = '';
  }
}
