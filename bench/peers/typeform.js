// Typeform peer: the embed loader from @typeform/embed, as a page would bundle it. The form itself
// is an iframe served by typeform.com, which the benchmark cannot (and does not) reach.
import { createWidget } from '@typeform/embed';

window.benchTypeform = (element) => createWidget('benchform', { container: element, height: 500 });
