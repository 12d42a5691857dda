// The embed configurator: builds the snippet from the chosen options and shows a live preview.
// Runs only on this site's own files (services.json); nothing is sent anywhere.
const base = new URL('./', location.href);
const $ = (id) => document.getElementById(id);

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
  $('snippet-iframe').value = `<iframe src="${attr(src)}" title="KI-Widerspruch" style="width:100%;height:900px;border:0" loading="lazy" referrerpolicy="no-referrer" allow="clipboard-write"></iframe>`;
  const frame = $('preview').querySelector('iframe') ?? document.createElement('iframe');
  frame.title = 'Vorschau / preview';
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
      $(`status-${id}`).textContent = 'Kopiert';
    } catch {
      area.select();
      $(`status-${id}`).textContent = 'Bitte mit Strg+C kopieren';
    }
  });
}

try {
  const response = await fetch(new URL('services.json', base));
  const services = await response.json();
  const box = $('services');
  box.textContent = '';
  for (const s of services) {
    const row = document.createElement('div');
    row.className = 'row check';
    const input = Object.assign(document.createElement('input'), { type: 'checkbox', id: `svc-${s.id}`, value: s.id });
    const label = Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: s.name });
    input.addEventListener('input', update);
    row.append(input, label);
    box.append(row);
  }
} catch {
  $('services').textContent = 'Die Liste der Dienste konnte nicht geladen werden.';
}
update();
