// A page that freezes the built-in prototypes in place before any library loads (as some
// hardening scripts do): assignments that would shadow a frozen method now fail silently.
for (const proto of [Object.prototype, Array.prototype, Function.prototype, String.prototype, Promise.prototype])
  Object.freeze(proto);
