// The toolbar popup: the current page's report (meeting, counts, claims), the offer to add an
// official page to the records, the site switch and a way to the settings. Props in, markup out;
// entrypoints/popup wires it to the browser.
import type { OfficialRecord } from '../../data/schema';
import type { Report } from '../../engine/report';
import { countVerdicts } from '../../utils/verdict-counts';
import { ClaimList } from './ClaimList';
import { MeetingSummary } from './MeetingSummary';
import { SiteSwitch } from './SiteSwitch';
import { VerdictCounts } from './VerdictCounts';
import { PageRecordOffer, type AddState } from './PageRecordOffer';
import type { PageRecordOutcome } from '../../engine/ingest/page-record';
import { useT } from '../i18n';

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
      /** Whether unverified claims are marked in the text (the list says when not). */
      showUnverified?: boolean;
    };

export interface PopupViewProps {
  state: PopupState;
  /** A short note after an action ("Could not show that claim…"). */
  notice: string | null;
  onToggleSite(on: boolean): void;
  onTurnOnEverywhere(): void;
  onChooseClaim(index: number): void;
  onOpenSettings(): void;
  /** Shown in the side panel (kept open beside the page) rather than the toolbar popup. */
  panel?: boolean;
  /** Opens the side panel; absent where the browser cannot. */
  onOpenPanel?(): void;
  /** The official record the page itself gives (an official summary or readout page), if any. */
  pageRecord?: PageRecordOutcome | null;
  addState?: AddState;
  onAddPageRecord?(): void;
}

function Unreachable({ url }: { url: string | null }) {
  const { t } = useT();
  const web = url === null || /^https?:/i.test(url);
  return (
    <section class="status status-unreachable" data-status="unreachable">
      <h2>{t('popup.unreachableTitle')}</h2>
      <p>{web ? t('popup.unreachableWeb') : t('popup.unreachableOther')}</p>
    </section>
  );
}

function Body({ state, onChooseClaim, onTurnOnEverywhere }: Pick<PopupViewProps, 'state' | 'onChooseClaim' | 'onTurnOnEverywhere'>) {
  const { t } = useT();
  if (state.kind === 'loading') return <p class="status" data-status="loading">{t('popup.reading')}</p>;
  if (state.kind === 'unreachable') return <Unreachable url={state.url} />;
  if (!state.globalOn) {
    return (
      <section class="status" data-status="off-everywhere">
        <h2>{t('popup.offEverywhereTitle')}</h2>
        <p>{t('popup.offEverywhereText')}</p>
        <button type="button" class="primary" onClick={onTurnOnEverywhere}>{t('popup.turnOnEverywhere')}</button>
      </section>
    );
  }
  if (!state.siteOn) {
    return (
      <section class="status" data-status="off-site">
        <h2>{t('popup.offSiteTitle')}</h2>
        <p>{t('popup.offSiteText', { host: state.host ?? t('popup.thisSite') })}</p>
      </section>
    );
  }
  if (state.phase === 'reading' || (state.phase === 'active' && !state.report)) {
    return <p class="status" data-status="reading">{t('popup.reading')}</p>;
  }
  if (!state.report) {
    return (
      <section class="status" data-status="nothing">
        <h2>{t('popup.nothingTitle')}</h2>
        <p>{t('popup.nothingText')}</p>
      </section>
    );
  }
  const { report } = state;
  return (
    <div class="report" data-status="report">
      <MeetingSummary meeting={report.meeting} record={state.record} />
      <VerdictCounts counts={countVerdicts(report)} />
      <ClaimList claims={report.claims} showMinorFlags={state.showMinorFlags} showUnverified={state.showUnverified} onChoose={onChooseClaim} />
    </div>
  );
}

export function PopupView(props: PopupViewProps) {
  const { t } = useT();
  const { state } = props;
  return (
    <main class={`popup${props.panel ? ' panel' : ''}`}>
      <header class="popup-head">
        <h1>{props.panel ? t('panel.title') : t('brand')}</h1>
        {state.kind === 'page' && state.host ? (
          <SiteSwitch host={state.host} on={state.siteOn} disabled={!state.globalOn} onChange={props.onToggleSite} />
        ) : null}
      </header>
      {props.notice ? <p class="notice" role="status">{props.notice}</p> : null}
      <PageRecordOffer outcome={props.pageRecord ?? null} add={props.addState ?? { kind: 'idle' }} onAdd={() => props.onAddPageRecord?.()} />
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
          {t('popup.settingsLink')}
        </a>
        {props.onOpenPanel && !props.panel ? (
          <button type="button" class="link-button" id="open-panel" onClick={props.onOpenPanel}>
            {t('panel.open')}
          </button>
        ) : null}
      </footer>
    </main>
  );
}
