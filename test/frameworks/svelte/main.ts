// A Svelte 5 app on the packed package (test/node/frameworks.test.mjs builds it with Vite and drives it).
import 'recipro-widgets/define';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
