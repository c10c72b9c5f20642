/* eslint-disable */
var N = window,
  R =
    N.ShadowRoot &&
    (N.ShadyCSS === void 0 || N.ShadyCSS.nativeShadow) &&
    'adoptedStyleSheets' in Document.prototype &&
    'replace' in CSSStyleSheet.prototype,
  L = Symbol(),
  st = new WeakMap(),
  C = class {
    constructor(t, e, s) {
      if (((this._$cssResult$ = !0), s !== L))
        throw Error('CSSResult is not constructable. Use `unsafeCSS` or `css` instead.');
      ((this.cssText = t), (this.t = e));
    }
    get styleSheet() {
      let t = this.o,
        e = this.t;
      if (R && t === void 0) {
        let s = e !== void 0 && e.length === 1;
        (s && (t = st.get(e)),
          t === void 0 && ((this.o = t = new CSSStyleSheet()).replaceSync(this.cssText), s && st.set(e, t)));
      }
      return t;
    }
    toString() {
      return this.cssText;
    }
  },
  it = (n) => new C(typeof n == 'string' ? n : n + '', void 0, L),
  j = (n, ...t) => {
    let e =
      n.length === 1
        ? n[0]
        : t.reduce(
            (s, i, r) =>
              s +
              ((o) => {
                if (o._$cssResult$ === !0) return o.cssText;
                if (typeof o == 'number') return o;
                throw Error(
                  "Value passed to 'css' function must be a 'css' function result: " +
                    o +
                    ". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.",
                );
              })(i) +
              n[r + 1],
            n[0],
          );
    return new C(e, n, L);
  },
  B = (n, t) => {
    R
      ? (n.adoptedStyleSheets = t.map((e) => (e instanceof CSSStyleSheet ? e : e.styleSheet)))
      : t.forEach((e) => {
          let s = document.createElement('style'),
            i = N.litNonce;
          (i !== void 0 && s.setAttribute('nonce', i), (s.textContent = e.cssText), n.appendChild(s));
        });
  },
  O = R
    ? (n) => n
    : (n) =>
        n instanceof CSSStyleSheet
          ? ((t) => {
              let e = '';
              for (let s of t.cssRules) e += s.cssText;
              return it(e);
            })(n)
          : n;
var D,
  M = window,
  nt = M.trustedTypes,
  Et = nt ? nt.emptyScript : '',
  ot = M.reactiveElementPolyfillSupport,
  V = {
    toAttribute(n, t) {
      switch (t) {
        case Boolean:
          n = n ? Et : null;
          break;
        case Object:
        case Array:
          n = n == null ? n : JSON.stringify(n);
      }
      return n;
    },
    fromAttribute(n, t) {
      let e = n;
      switch (t) {
        case Boolean:
          e = n !== null;
          break;
        case Number:
          e = n === null ? null : Number(n);
          break;
        case Object:
        case Array:
          try {
            e = JSON.parse(n);
          } catch {
            e = null;
          }
      }
      return e;
    },
  },
  rt = (n, t) => t !== n && (t == t || n == n),
  I = { attribute: !0, type: String, converter: V, reflect: !1, hasChanged: rt },
  z = 'finalized',
  v = class extends HTMLElement {
    constructor() {
      (super(),
        (this._$Ei = new Map()),
        (this.isUpdatePending = !1),
        (this.hasUpdated = !1),
        (this._$El = null),
        this._$Eu());
    }
    static addInitializer(t) {
      var e;
      (this.finalize(), ((e = this.h) !== null && e !== void 0 ? e : (this.h = [])).push(t));
    }
    static get observedAttributes() {
      this.finalize();
      let t = [];
      return (
        this.elementProperties.forEach((e, s) => {
          let i = this._$Ep(s, e);
          i !== void 0 && (this._$Ev.set(i, s), t.push(i));
        }),
        t
      );
    }
    static createProperty(t, e = I) {
      if (
        (e.state && (e.attribute = !1),
        this.finalize(),
        this.elementProperties.set(t, e),
        !e.noAccessor && !this.prototype.hasOwnProperty(t))
      ) {
        let s = typeof t == 'symbol' ? Symbol() : '__' + t,
          i = this.getPropertyDescriptor(t, s, e);
        i !== void 0 && Object.defineProperty(this.prototype, t, i);
      }
    }
    static getPropertyDescriptor(t, e, s) {
      return {
        get() {
          return this[e];
        },
        set(i) {
          let r = this[t];
          ((this[e] = i), this.requestUpdate(t, r, s));
        },
        configurable: !0,
        enumerable: !0,
      };
    }
    static getPropertyOptions(t) {
      return this.elementProperties.get(t) || I;
    }
    static finalize() {
      if (this.hasOwnProperty(z)) return !1;
      this[z] = !0;
      let t = Object.getPrototypeOf(this);
      if (
        (t.finalize(),
        t.h !== void 0 && (this.h = [...t.h]),
        (this.elementProperties = new Map(t.elementProperties)),
        (this._$Ev = new Map()),
        this.hasOwnProperty('properties'))
      ) {
        let e = this.properties,
          s = [...Object.getOwnPropertyNames(e), ...Object.getOwnPropertySymbols(e)];
        for (let i of s) this.createProperty(i, e[i]);
      }
      return ((this.elementStyles = this.finalizeStyles(this.styles)), !0);
    }
    static finalizeStyles(t) {
      let e = [];
      if (Array.isArray(t)) {
        let s = new Set(t.flat(1 / 0).reverse());
        for (let i of s) e.unshift(O(i));
      } else t !== void 0 && e.push(O(t));
      return e;
    }
    static _$Ep(t, e) {
      let s = e.attribute;
      return s === !1 ? void 0 : typeof s == 'string' ? s : typeof t == 'string' ? t.toLowerCase() : void 0;
    }
    _$Eu() {
      var t;
      ((this._$E_ = new Promise((e) => (this.enableUpdating = e))),
        (this._$AL = new Map()),
        this._$Eg(),
        this.requestUpdate(),
        (t = this.constructor.h) === null || t === void 0 || t.forEach((e) => e(this)));
    }
    addController(t) {
      var e, s;
      (((e = this._$ES) !== null && e !== void 0 ? e : (this._$ES = [])).push(t),
        this.renderRoot !== void 0 &&
          this.isConnected &&
          ((s = t.hostConnected) === null || s === void 0 || s.call(t)));
    }
    removeController(t) {
      var e;
      (e = this._$ES) === null || e === void 0 || e.splice(this._$ES.indexOf(t) >>> 0, 1);
    }
    _$Eg() {
      this.constructor.elementProperties.forEach((t, e) => {
        this.hasOwnProperty(e) && (this._$Ei.set(e, this[e]), delete this[e]);
      });
    }
    createRenderRoot() {
      var t;
      let e =
        (t = this.shadowRoot) !== null && t !== void 0 ? t : this.attachShadow(this.constructor.shadowRootOptions);
      return (B(e, this.constructor.elementStyles), e);
    }
    connectedCallback() {
      var t;
      (this.renderRoot === void 0 && (this.renderRoot = this.createRenderRoot()),
        this.enableUpdating(!0),
        (t = this._$ES) === null ||
          t === void 0 ||
          t.forEach((e) => {
            var s;
            return (s = e.hostConnected) === null || s === void 0 ? void 0 : s.call(e);
          }));
    }
    enableUpdating(t) {}
    disconnectedCallback() {
      var t;
      (t = this._$ES) === null ||
        t === void 0 ||
        t.forEach((e) => {
          var s;
          return (s = e.hostDisconnected) === null || s === void 0 ? void 0 : s.call(e);
        });
    }
    attributeChangedCallback(t, e, s) {
      this._$AK(t, s);
    }
    _$EO(t, e, s = I) {
      var i;
      let r = this.constructor._$Ep(t, s);
      if (r !== void 0 && s.reflect === !0) {
        let o = (
          ((i = s.converter) === null || i === void 0 ? void 0 : i.toAttribute) !== void 0 ? s.converter : V
        ).toAttribute(e, s.type);
        ((this._$El = t), o == null ? this.removeAttribute(r) : this.setAttribute(r, o), (this._$El = null));
      }
    }
    _$AK(t, e) {
      var s;
      let i = this.constructor,
        r = i._$Ev.get(t);
      if (r !== void 0 && this._$El !== r) {
        let o = i.getPropertyOptions(r),
          a =
            typeof o.converter == 'function'
              ? { fromAttribute: o.converter }
              : ((s = o.converter) === null || s === void 0 ? void 0 : s.fromAttribute) !== void 0
                ? o.converter
                : V;
        ((this._$El = r), (this[r] = a.fromAttribute(e, o.type)), (this._$El = null));
      }
    }
    requestUpdate(t, e, s) {
      let i = !0;
      (t !== void 0 &&
        (((s = s || this.constructor.getPropertyOptions(t)).hasChanged || rt)(this[t], e)
          ? (this._$AL.has(t) || this._$AL.set(t, e),
            s.reflect === !0 &&
              this._$El !== t &&
              (this._$EC === void 0 && (this._$EC = new Map()), this._$EC.set(t, s)))
          : (i = !1)),
        !this.isUpdatePending && i && (this._$E_ = this._$Ej()));
    }
    async _$Ej() {
      this.isUpdatePending = !0;
      try {
        await this._$E_;
      } catch (e) {
        Promise.reject(e);
      }
      let t = this.scheduleUpdate();
      return (t != null && (await t), !this.isUpdatePending);
    }
    scheduleUpdate() {
      return this.performUpdate();
    }
    performUpdate() {
      var t;
      if (!this.isUpdatePending) return;
      (this.hasUpdated, this._$Ei && (this._$Ei.forEach((i, r) => (this[r] = i)), (this._$Ei = void 0)));
      let e = !1,
        s = this._$AL;
      try {
        ((e = this.shouldUpdate(s)),
          e
            ? (this.willUpdate(s),
              (t = this._$ES) === null ||
                t === void 0 ||
                t.forEach((i) => {
                  var r;
                  return (r = i.hostUpdate) === null || r === void 0 ? void 0 : r.call(i);
                }),
              this.update(s))
            : this._$Ek());
      } catch (i) {
        throw ((e = !1), this._$Ek(), i);
      }
      e && this._$AE(s);
    }
    willUpdate(t) {}
    _$AE(t) {
      var e;
      ((e = this._$ES) === null ||
        e === void 0 ||
        e.forEach((s) => {
          var i;
          return (i = s.hostUpdated) === null || i === void 0 ? void 0 : i.call(s);
        }),
        this.hasUpdated || ((this.hasUpdated = !0), this.firstUpdated(t)),
        this.updated(t));
    }
    _$Ek() {
      ((this._$AL = new Map()), (this.isUpdatePending = !1));
    }
    get updateComplete() {
      return this.getUpdateComplete();
    }
    getUpdateComplete() {
      return this._$E_;
    }
    shouldUpdate(t) {
      return !0;
    }
    update(t) {
      (this._$EC !== void 0 && (this._$EC.forEach((e, s) => this._$EO(s, this[s], e)), (this._$EC = void 0)),
        this._$Ek());
    }
    updated(t) {}
    firstUpdated(t) {}
  };
((v[z] = !0),
  (v.elementProperties = new Map()),
  (v.elementStyles = []),
  (v.shadowRootOptions = { mode: 'open' }),
  ot?.({ ReactiveElement: v }),
  ((D = M.reactiveElementVersions) !== null && D !== void 0 ? D : (M.reactiveElementVersions = [])).push('1.6.3'));
var W,
  k = window,
  S = k.trustedTypes,
  lt = S ? S.createPolicy('lit-html', { createHTML: (n) => n }) : void 0,
  K = '$lit$',
  _ = `lit$${(Math.random() + '').slice(9)}$`,
  $t = '?' + _,
  bt = `<${$t}>`,
  g = document,
  x = () => g.createComment(''),
  U = (n) => n === null || (typeof n != 'object' && typeof n != 'function'),
  vt = Array.isArray,
  Ct = (n) => vt(n) || typeof n?.[Symbol.iterator] == 'function',
  q = `[ 	
\f\r]`,
  w = /<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,
  ht = /-->/g,
  at = />/g,
  A = RegExp(
    `>|${q}(?:([^\\s"'>=/]+)(${q}*=${q}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,
    'g',
  ),
  ct = /'/g,
  dt = /"/g,
  _t = /^(?:script|style|textarea|title)$/i,
  ft =
    (n) =>
    (t, ...e) => ({ _$litType$: n, strings: t, values: e }),
  At = ft(1),
  Nt = ft(2),
  y = Symbol.for('lit-noChange'),
  u = Symbol.for('lit-nothing'),
  ut = new WeakMap(),
  m = g.createTreeWalker(g, 129, null, !1);
function mt(n, t) {
  if (!Array.isArray(n) || !n.hasOwnProperty('raw')) throw Error('invalid template strings array');
  return lt !== void 0 ? lt.createHTML(t) : t;
}
var wt = (n, t) => {
    let e = n.length - 1,
      s = [],
      i,
      r = t === 2 ? '<svg>' : '',
      o = w;
    for (let a = 0; a < e; a++) {
      let l = n[a],
        h,
        c,
        d = -1,
        p = 0;
      for (; p < l.length && ((o.lastIndex = p), (c = o.exec(l)), c !== null);)
        ((p = o.lastIndex),
          o === w
            ? c[1] === '!--'
              ? (o = ht)
              : c[1] !== void 0
                ? (o = at)
                : c[2] !== void 0
                  ? (_t.test(c[2]) && (i = RegExp('</' + c[2], 'g')), (o = A))
                  : c[3] !== void 0 && (o = A)
            : o === A
              ? c[0] === '>'
                ? ((o = i ?? w), (d = -1))
                : c[1] === void 0
                  ? (d = -2)
                  : ((d = o.lastIndex - c[2].length), (h = c[1]), (o = c[3] === void 0 ? A : c[3] === '"' ? dt : ct))
              : o === dt || o === ct
                ? (o = A)
                : o === ht || o === at
                  ? (o = w)
                  : ((o = A), (i = void 0)));
      let $ = o === A && n[a + 1].startsWith('/>') ? ' ' : '';
      r +=
        o === w
          ? l + bt
          : d >= 0
            ? (s.push(h), l.slice(0, d) + K + l.slice(d) + _ + $)
            : l + _ + (d === -2 ? (s.push(void 0), a) : $);
    }
    return [mt(n, r + (n[e] || '<?>') + (t === 2 ? '</svg>' : '')), s];
  },
  P = class n {
    constructor({ strings: t, _$litType$: e }, s) {
      let i;
      this.parts = [];
      let r = 0,
        o = 0,
        a = t.length - 1,
        l = this.parts,
        [h, c] = wt(t, e);
      if (((this.el = n.createElement(h, s)), (m.currentNode = this.el.content), e === 2)) {
        let d = this.el.content,
          p = d.firstChild;
        (p.remove(), d.append(...p.childNodes));
      }
      for (; (i = m.nextNode()) !== null && l.length < a;) {
        if (i.nodeType === 1) {
          if (i.hasAttributes()) {
            let d = [];
            for (let p of i.getAttributeNames())
              if (p.endsWith(K) || p.startsWith(_)) {
                let $ = c[o++];
                if ((d.push(p), $ !== void 0)) {
                  let St = i.getAttribute($.toLowerCase() + K).split(_),
                    T = /([.?@])?(.*)/.exec($);
                  l.push({
                    type: 1,
                    index: r,
                    name: T[2],
                    strings: St,
                    ctor: T[1] === '.' ? F : T[1] === '?' ? Z : T[1] === '@' ? G : b,
                  });
                } else l.push({ type: 6, index: r });
              }
            for (let p of d) i.removeAttribute(p);
          }
          if (_t.test(i.tagName)) {
            let d = i.textContent.split(_),
              p = d.length - 1;
            if (p > 0) {
              i.textContent = S ? S.emptyScript : '';
              for (let $ = 0; $ < p; $++) (i.append(d[$], x()), m.nextNode(), l.push({ type: 2, index: ++r }));
              i.append(d[p], x());
            }
          }
        } else if (i.nodeType === 8)
          if (i.data === $t) l.push({ type: 2, index: r });
          else {
            let d = -1;
            for (; (d = i.data.indexOf(_, d + 1)) !== -1;) (l.push({ type: 7, index: r }), (d += _.length - 1));
          }
        r++;
      }
    }
    static createElement(t, e) {
      let s = g.createElement('template');
      return ((s.innerHTML = t), s);
    }
  };
function E(n, t, e = n, s) {
  var i, r, o, a;
  if (t === y) return t;
  let l = s !== void 0 ? ((i = e._$Co) === null || i === void 0 ? void 0 : i[s]) : e._$Cl,
    h = U(t) ? void 0 : t._$litDirective$;
  return (
    l?.constructor !== h &&
      ((r = l?._$AO) === null || r === void 0 || r.call(l, !1),
      h === void 0 ? (l = void 0) : ((l = new h(n)), l._$AT(n, e, s)),
      s !== void 0 ? (((o = (a = e)._$Co) !== null && o !== void 0 ? o : (a._$Co = []))[s] = l) : (e._$Cl = l)),
    l !== void 0 && (t = E(n, l._$AS(n, t.values), l, s)),
    t
  );
}
var J = class {
    constructor(t, e) {
      ((this._$AV = []), (this._$AN = void 0), (this._$AD = t), (this._$AM = e));
    }
    get parentNode() {
      return this._$AM.parentNode;
    }
    get _$AU() {
      return this._$AM._$AU;
    }
    u(t) {
      var e;
      let {
          el: { content: s },
          parts: i,
        } = this._$AD,
        r = ((e = t?.creationScope) !== null && e !== void 0 ? e : g).importNode(s, !0);
      m.currentNode = r;
      let o = m.nextNode(),
        a = 0,
        l = 0,
        h = i[0];
      for (; h !== void 0;) {
        if (a === h.index) {
          let c;
          (h.type === 2
            ? (c = new H(o, o.nextSibling, this, t))
            : h.type === 1
              ? (c = new h.ctor(o, h.name, h.strings, this, t))
              : h.type === 6 && (c = new Q(o, this, t)),
            this._$AV.push(c),
            (h = i[++l]));
        }
        a !== h?.index && ((o = m.nextNode()), a++);
      }
      return ((m.currentNode = g), r);
    }
    v(t) {
      let e = 0;
      for (let s of this._$AV)
        (s !== void 0 && (s.strings !== void 0 ? (s._$AI(t, s, e), (e += s.strings.length - 2)) : s._$AI(t[e])), e++);
    }
  },
  H = class n {
    constructor(t, e, s, i) {
      var r;
      ((this.type = 2),
        (this._$AH = u),
        (this._$AN = void 0),
        (this._$AA = t),
        (this._$AB = e),
        (this._$AM = s),
        (this.options = i),
        (this._$Cp = (r = i?.isConnected) === null || r === void 0 || r));
    }
    get _$AU() {
      var t, e;
      return (e = (t = this._$AM) === null || t === void 0 ? void 0 : t._$AU) !== null && e !== void 0 ? e : this._$Cp;
    }
    get parentNode() {
      let t = this._$AA.parentNode,
        e = this._$AM;
      return (e !== void 0 && t?.nodeType === 11 && (t = e.parentNode), t);
    }
    get startNode() {
      return this._$AA;
    }
    get endNode() {
      return this._$AB;
    }
    _$AI(t, e = this) {
      ((t = E(this, t, e)),
        U(t)
          ? t === u || t == null || t === ''
            ? (this._$AH !== u && this._$AR(), (this._$AH = u))
            : t !== this._$AH && t !== y && this._(t)
          : t._$litType$ !== void 0
            ? this.g(t)
            : t.nodeType !== void 0
              ? this.$(t)
              : Ct(t)
                ? this.T(t)
                : this._(t));
    }
    k(t) {
      return this._$AA.parentNode.insertBefore(t, this._$AB);
    }
    $(t) {
      this._$AH !== t && (this._$AR(), (this._$AH = this.k(t)));
    }
    _(t) {
      (this._$AH !== u && U(this._$AH) ? (this._$AA.nextSibling.data = t) : this.$(g.createTextNode(t)),
        (this._$AH = t));
    }
    g(t) {
      var e;
      let { values: s, _$litType$: i } = t,
        r =
          typeof i == 'number'
            ? this._$AC(t)
            : (i.el === void 0 && (i.el = P.createElement(mt(i.h, i.h[0]), this.options)), i);
      if (((e = this._$AH) === null || e === void 0 ? void 0 : e._$AD) === r) this._$AH.v(s);
      else {
        let o = new J(r, this),
          a = o.u(this.options);
        (o.v(s), this.$(a), (this._$AH = o));
      }
    }
    _$AC(t) {
      let e = ut.get(t.strings);
      return (e === void 0 && ut.set(t.strings, (e = new P(t))), e);
    }
    T(t) {
      vt(this._$AH) || ((this._$AH = []), this._$AR());
      let e = this._$AH,
        s,
        i = 0;
      for (let r of t)
        (i === e.length ? e.push((s = new n(this.k(x()), this.k(x()), this, this.options))) : (s = e[i]),
          s._$AI(r),
          i++);
      i < e.length && (this._$AR(s && s._$AB.nextSibling, i), (e.length = i));
    }
    _$AR(t = this._$AA.nextSibling, e) {
      var s;
      for ((s = this._$AP) === null || s === void 0 || s.call(this, !1, !0, e); t && t !== this._$AB;) {
        let i = t.nextSibling;
        (t.remove(), (t = i));
      }
    }
    setConnected(t) {
      var e;
      this._$AM === void 0 && ((this._$Cp = t), (e = this._$AP) === null || e === void 0 || e.call(this, t));
    }
  },
  b = class {
    constructor(t, e, s, i, r) {
      ((this.type = 1),
        (this._$AH = u),
        (this._$AN = void 0),
        (this.element = t),
        (this.name = e),
        (this._$AM = i),
        (this.options = r),
        s.length > 2 || s[0] !== '' || s[1] !== ''
          ? ((this._$AH = Array(s.length - 1).fill(new String())), (this.strings = s))
          : (this._$AH = u));
    }
    get tagName() {
      return this.element.tagName;
    }
    get _$AU() {
      return this._$AM._$AU;
    }
    _$AI(t, e = this, s, i) {
      let r = this.strings,
        o = !1;
      if (r === void 0) ((t = E(this, t, e, 0)), (o = !U(t) || (t !== this._$AH && t !== y)), o && (this._$AH = t));
      else {
        let a = t,
          l,
          h;
        for (t = r[0], l = 0; l < r.length - 1; l++)
          ((h = E(this, a[s + l], e, l)),
            h === y && (h = this._$AH[l]),
            o || (o = !U(h) || h !== this._$AH[l]),
            h === u ? (t = u) : t !== u && (t += (h ?? '') + r[l + 1]),
            (this._$AH[l] = h));
      }
      o && !i && this.j(t);
    }
    j(t) {
      t === u ? this.element.removeAttribute(this.name) : this.element.setAttribute(this.name, t ?? '');
    }
  },
  F = class extends b {
    constructor() {
      (super(...arguments), (this.type = 3));
    }
    j(t) {
      this.element[this.name] = t === u ? void 0 : t;
    }
  },
  xt = S ? S.emptyScript : '',
  Z = class extends b {
    constructor() {
      (super(...arguments), (this.type = 4));
    }
    j(t) {
      t && t !== u ? this.element.setAttribute(this.name, xt) : this.element.removeAttribute(this.name);
    }
  },
  G = class extends b {
    constructor(t, e, s, i, r) {
      (super(t, e, s, i, r), (this.type = 5));
    }
    _$AI(t, e = this) {
      var s;
      if ((t = (s = E(this, t, e, 0)) !== null && s !== void 0 ? s : u) === y) return;
      let i = this._$AH,
        r = (t === u && i !== u) || t.capture !== i.capture || t.once !== i.once || t.passive !== i.passive,
        o = t !== u && (i === u || r);
      (r && this.element.removeEventListener(this.name, this, i),
        o && this.element.addEventListener(this.name, this, t),
        (this._$AH = t));
    }
    handleEvent(t) {
      var e, s;
      typeof this._$AH == 'function'
        ? this._$AH.call(
            (s = (e = this.options) === null || e === void 0 ? void 0 : e.host) !== null && s !== void 0
              ? s
              : this.element,
            t,
          )
        : this._$AH.handleEvent(t);
    }
  },
  Q = class {
    constructor(t, e, s) {
      ((this.element = t), (this.type = 6), (this._$AN = void 0), (this._$AM = e), (this.options = s));
    }
    get _$AU() {
      return this._$AM._$AU;
    }
    _$AI(t) {
      E(this, t);
    }
  };
var pt = k.litHtmlPolyfillSupport;
(pt?.(P, H), ((W = k.litHtmlVersions) !== null && W !== void 0 ? W : (k.litHtmlVersions = [])).push('2.8.0'));
var gt = (n, t, e) => {
  var s, i;
  let r = (s = e?.renderBefore) !== null && s !== void 0 ? s : t,
    o = r._$litPart$;
  if (o === void 0) {
    let a = (i = e?.renderBefore) !== null && i !== void 0 ? i : null;
    r._$litPart$ = o = new H(t.insertBefore(x(), a), a, void 0, e ?? {});
  }
  return (o._$AI(n), o);
};
var X, Y;
var f = class extends v {
  constructor() {
    (super(...arguments), (this.renderOptions = { host: this }), (this._$Do = void 0));
  }
  createRenderRoot() {
    var t, e;
    let s = super.createRenderRoot();
    return (
      ((t = (e = this.renderOptions).renderBefore) !== null && t !== void 0) || (e.renderBefore = s.firstChild),
      s
    );
  }
  update(t) {
    let e = this.render();
    (this.hasUpdated || (this.renderOptions.isConnected = this.isConnected),
      super.update(t),
      (this._$Do = gt(e, this.renderRoot, this.renderOptions)));
  }
  connectedCallback() {
    var t;
    (super.connectedCallback(), (t = this._$Do) === null || t === void 0 || t.setConnected(!0));
  }
  disconnectedCallback() {
    var t;
    (super.disconnectedCallback(), (t = this._$Do) === null || t === void 0 || t.setConnected(!1));
  }
  render() {
    return y;
  }
};
((f.finalized = !0),
  (f._$litElement$ = !0),
  (X = globalThis.litElementHydrateSupport) === null || X === void 0 || X.call(globalThis, { LitElement: f }));
var yt = globalThis.litElementPolyfillSupport;
yt?.({ LitElement: f });
((Y = globalThis.litElementVersions) !== null && Y !== void 0 ? Y : (globalThis.litElementVersions = [])).push('3.3.3');
var tt = new URL(import.meta.url).searchParams.get('tag') || 'host-counter',
  et = class extends f {
    static properties = { count: { type: Number } };
    static styles = j`button { color: rebeccapurple; }`;
    constructor() {
      (super(), (this.count = 0));
    }
    render() {
      return At`<button @click=${() => this.count++}>clicked ${this.count}</button>`;
    }
  };
globalThis.customElements.get(tt) || globalThis.customElements.define(tt, et);
(globalThis.__hostLoaded ||= []).push(tt);
/*! Bundled license information:

@lit/reactive-element/css-tag.js:
  (**
   * @license
   * Copyright 2019 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

@lit/reactive-element/reactive-element.js:
lit-html/lit-html.js:
lit-element/lit-element.js:
  (**
   * @license
   * Copyright 2017 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)

lit-html/is-server.js:
  (**
   * @license
   * Copyright 2022 Google LLC
   * SPDX-License-Identifier: BSD-3-Clause
   *)
*/
