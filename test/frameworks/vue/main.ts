// A Vue 3 app on the packed package (test/node/frameworks.test.mjs builds it with Vite and drives it).
import 'recipro-widgets/define';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#app');
