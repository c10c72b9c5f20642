// The host page's own Trusted Types policy, created before any library loads, and used.
window.__hostPolicy = window.trustedTypes.createPolicy('host-policy', { createHTML: (s) => s.replace(/</g, '&lt;') });
document.addEventListener('DOMContentLoaded', () => {
  // eslint-disable-next-line no-restricted-syntax -- the host page's own Trusted Types sink, on purpose
  document.getElementById('host-html').innerHTML = window.__hostPolicy.createHTML('host <b>markup</b>');
});
