// The toolbar popup: the current page's report (meeting, counts, claims), the site switch and a
// way to the settings. Props in, markup out; entrypoints/popup wires it to the browser.
import type { OfficialRecord } from '../../data/schema';
import type { Report } from '../../engine/report';
import { countVerdicts } from '../../utils/verdict-counts';
import { ClaimList } from './ClaimList';
import { MeetingSummary } from './MeetingSummary';
import { SiteSwitch } from './SiteSwitch';
import { VerdictCounts } from './VerdictCounts';

export type PopupState =
  | { kind: 'loading' }
  /** No content script answers in this tab (browser pages, stores, PDFs, or not reloaded yet). */
  | { kind: 'unreachable'; url: string | null }
  | {
      kind: 'page';
      host: string | null;
      siteOn: boolean;
      globalOn: boolean;
      /** What the page's lens is doing. */
      phase: 'off' | 'reading' | 'waiting' | 'active';
      report: Report | null;
      record: OfficialRecord | null;
      showMinorFlags: boolean;
    };

export interface PopupViewProps {
  state: PopupState;
  /** A short note after an action ("Could not show that claim…"). */
  notice: string | null;
  onToggleSite(on: boolean): void;
  onTurnOnEverywhere(): void;
  onChooseClaim(index: number): void;
  onOpenSettings(): void;
}

function Unreachable({ url }: { url: string | null }) {
  const web = url === null || /^https?:/i.test(url);
  return (
    <section class="status status-unreachable" data-status="unreachable">
      <h2>Readout Lens cannot read this page</h2>
      {web ? (
        <p>It has not started on this tab. If the page was open before Readout Lens was installed or updated, reload it.</p>
      ) : (
        <p>It reads web pages (http and https) only. Browser pages, extension stores and local files are out of its reach.</p>
      )}
    </section>
  );
}

function Body({ state, onChooseClaim, onTurnOnEverywhere }: Pick<PopupViewProps, 'state' | 'onChooseClaim' | 'onTurnOnEverywhere'>) {
  if (state.kind === 'loading') return <p class="status" data-status="loading">Reading the page…</p>;
  if (state.kind === 'unreachable') return <Unreachable url={state.url} />;
  if (!state.globalOn) {
    return (
      <section class="status" data-status="off-everywhere">
        <h2>Switched off everywhere</h2>
        <p>Readout Lens is turned off for all sites.</p>
        <button type="button" class="primary" onClick={onTurnOnEverywhere}>Turn on everywhere</button>
      </section>
    );
  }
  if (!state.siteOn) {
    return (
      <section class="status" data-status="off-site">
        <h2>Off for this site</h2>
        <p>Highlights and checks are switched off on {state.host ?? 'this site'}. Use the switch above to turn them back on.</p>
      </section>
    );
  }
  if (state.phase === 'reading' || (state.phase === 'active' && !state.report)) {
    return <p class="status" data-status="reading">Reading the page…</p>;
  }
  if (!state.report) {
    return (
      <section class="status" data-status="nothing">
        <h2>Nothing to check here</h2>
        <p>This page does not mention the U.S.–Japan defence relationship. Readout Lens keeps watching in case the page adds more.</p>
      </section>
    );
  }
  const { report } = state;
  return (
    <div class="report" data-status="report">
      <MeetingSummary meeting={report.meeting} record={state.record} />
      <VerdictCounts counts={countVerdicts(report)} />
      <ClaimList claims={report.claims} showMinorFlags={state.showMinorFlags} onChoose={onChooseClaim} />
    </div>
  );
}

export function PopupView(props: PopupViewProps) {
  const { state } = props;
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>Readout Lens</h1>
        {state.kind === 'page' && state.host ? (
          <SiteSwitch host={state.host} on={state.siteOn} disabled={!state.globalOn} onChange={props.onToggleSite} />
        ) : null}
      </header>
      {props.notice ? <p class="notice" role="status">{props.notice}</p> : null}
      <Body state={state} onChooseClaim={props.onChooseClaim} onTurnOnEverywhere={props.onTurnOnEverywhere} />
      <footer class="popup-foot">
        <a
          href="options.html"
          id="open-settings"
          onClick={(e) => {
            e.preventDefault();
            props.onOpenSettings();
          }}
        >
          Settings, records and export
        </a>
      </footer>
    </main>
  );
}
