// The embed configurator: builds the snippet from the chosen options and shows a live preview.
// Runs only on this site's own files; nothing is sent anywhere. Its words come with the page
// (data attributes, written from data/pages.toml at build time).
const base = new URL('./', location.href);
const $ = (id) => document.getElementById(id);
const words = document.querySelector('main').dataset;

function options() {
  const services = [...document.querySelectorAll('#services input:checked')].map((i) => i.value);
  const o = { lang: $('lang').value, theme: $('theme').value, accent: $('accent').value.replace('#', '') };
  if (services.length) o.services = services.join(',');
  if ($('compact').checked) o.compact = '1';
  if ($('chrome').checked) o.chrome = '0';
  if (o.accent === '0b5cad') delete o.accent;
  if (o.theme === 'auto') delete o.theme;
  return o;
}

const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function update() {
  const o = options();
  const data = Object.entries(o).map(([k, v]) => ` data-${k}="${attr(v)}"`).join('');
  $('snippet-script').value = `<script src="${attr(new URL('embed.js', base).href)}"${data} async></script>`;
  const query = new URLSearchParams(o).toString();
  const src = new URL(`./?${query}#/${o.lang}/start`, base).href;
  const title = $('lang').selectedOptions[0]?.dataset.title ?? '';
  $('snippet-iframe').value = `<iframe src="${attr(src)}" title="${attr(title)}" style="width:100%;height:900px;border:0" loading="lazy" referrerpolicy="no-referrer" allow="clipboard-write"></iframe>`;
  const frame = $('preview').querySelector('iframe') ?? document.createElement('iframe');
  frame.title = words.preview;
  if (frame.src !== src) frame.src = src;
  if (!frame.isConnected) $('preview').append(frame);
}

window.addEventListener('message', (event) => {
  const frame = $('preview').querySelector('iframe');
  if (event.origin !== base.origin || !frame || event.source !== frame.contentWindow) return;
  const h = Number(event.data?.height);
  if (event.data?.type === 'ki-widerspruch:height' && h > 200 && h < 100000) frame.style.height = `${Math.ceil(h)}px`;
});

for (const el of document.querySelectorAll('#options select, #options input')) el.addEventListener('input', update);

for (const button of document.querySelectorAll('[data-copy]')) {
  button.addEventListener('click', async () => {
    const id = button.dataset.copy;
    const area = $(id);
    try {
      await navigator.clipboard.writeText(area.value);
      $(`status-${id}`).textContent = words.copied;
    } catch {
      area.select();
      $(`status-${id}`).textContent = words.copyByHand;
    }
  });
}

update();
