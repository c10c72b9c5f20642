import { defineOnce } from '../components/shared/define.js';
import { ReciproDashboard } from './dashboard.component.js';

export { ReciproDashboard };

defineOnce('recipro-dashboard', ReciproDashboard);

declare global {
  interface HTMLElementTagNameMap {
    'recipro-dashboard': ReciproDashboard;
  }
}
