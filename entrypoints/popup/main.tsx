// Toolbar popup: the page report for the tab it was opened on.
import '@/utils/zod-setup';
import '@/components/popup/popup.css';
import { render } from 'preact';
import { PopupApp } from './app';

render(<PopupApp />, document.getElementById('app')!);
