// Side panel (Chrome sidePanel, Firefox sidebar_action): the same page report as the popup,
// kept open beside the page and following the active tab.
import '@/utils/zod-setup';
import '@/components/popup/popup.css';
import { render } from 'preact';
import { PopupApp } from '../popup/app';

render(<PopupApp panel />, document.getElementById('app')!);
