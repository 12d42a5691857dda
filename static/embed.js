/*! KI-Widerspruch embed script. One tag on a host page:
 *  <script src="https://HOST/PATH/embed.js" data-services="facebook,instagram" data-lang="de" async></script>
 * inserts the tool as an iframe right after the tag and keeps the iframe as tall as its content.
 * Options (all optional): data-services, data-lang (a language of the tool, e.g. de or fr;
 * without it the tool follows the visitor's browser), data-theme (auto|light|dark),
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
  // The frame's title in each language of the tool (written by the build from data/pages.toml).
  var titles = {{frame_titles}};
  var lang = params.get('lang');
  var known = lang !== null && Object.prototype.hasOwnProperty.call(titles, lang);
  var src = new URL('./?' + params.toString() + (known ? '#/' + lang + '/start' : ''), base);
  var frame = document.createElement('iframe');
  frame.src = src.href;
  frame.title = titles[known ? lang : '{{lang}}'];
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
