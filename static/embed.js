/*! KI-Widerspruch embed script. One tag on a host page:
 *  <script src="https://HOST/PATH/embed.js" data-services="facebook,instagram" data-lang="de" async></script>
 * inserts the tool as an iframe right after the tag and keeps the iframe as tall as its content.
 * Options (all optional): data-services, data-lang (de|en), data-theme (auto|light|dark),
 * data-accent (e.g. 0b5cad), data-compact (1), data-chrome (0 hides the tool's header and footer).
 * No dependencies, no cookies, no data sent anywhere: the only message it accepts is the tool's
 * height, and only from the tool's own origin. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) return;
  var base = new URL('./', script.src);
  var params = new URLSearchParams();
  var names = ['services', 'lang', 'theme', 'accent', 'compact', 'chrome'];
  for (var i = 0; i < names.length; i++) {
    var v = script.getAttribute('data-' + names[i]);
    if (v !== null) params.set(names[i], v);
  }
  var lang = params.get('lang') === 'en' ? 'en' : 'de';
  var src = new URL('./?' + params.toString() + '#/' + lang + '/start', base);
  var frame = document.createElement('iframe');
  frame.src = src.href;
  frame.title = lang === 'en' ? 'Object to AI training (KI-Widerspruch)' : 'Widerspruch gegen KI-Training (KI-Widerspruch)';
  frame.loading = 'lazy';
  frame.referrerPolicy = 'no-referrer';
  // The copy buttons need the Clipboard API, which a cross-origin frame only gets when allowed.
  frame.allow = 'clipboard-write';
  frame.style.cssText = 'display:block;width:100%;min-height:480px;border:0;';
  frame.setAttribute('height', '800');
  script.parentNode.insertBefore(frame, script.nextSibling);
  window.addEventListener('message', function (event) {
    if (event.origin !== base.origin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || data.type !== 'ki-widerspruch:height') return;
    var h = Number(data.height);
    if (!isFinite(h) || h < 200 || h > 100000) return;
    frame.style.height = Math.ceil(h) + 'px';
  });
})();
