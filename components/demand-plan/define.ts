import { KerfDemandPlan } from './demand-plan.component.js';

if (!customElements.get('kerf-demand-plan')) customElements.define('kerf-demand-plan', KerfDemandPlan);
