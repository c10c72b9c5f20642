// Records every console call on the page, before the bundle loads.
window.__console = [];
for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir']) {
  const original = console[method];
  console[method] = (...args) => {
    window.__console.push(`${method}: ${args.map(String).join(' ')}`);
    original.apply(console, args);
  };
}
window.addEventListener('error', (event) => window.__console.push(`error event: ${event.message}`));
window.addEventListener('unhandledrejection', (event) => window.__console.push(`unhandledrejection: ${event.reason}`));
