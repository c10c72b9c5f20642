// Loaded first by every test page: records CSP violations and errors for the test to read.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
window.addEventListener('error', (event) => window.__errors.push(String(event.message)));
window.addEventListener('unhandledrejection', (event) => window.__errors.push(String(event.reason)));
const originalError = console.error;
console.error = (...args) => {
  window.__errors.push(args.map(String).join(' '));
  originalError(...args);
};
