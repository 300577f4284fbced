// Search page: words and filters in, ranked documents with highlighted snippets out. The query
// lives in the address (index.html?q=…), so a search can be shared and the back button works.
import { api, el, param, header, showError, entityHref, documentHref, displayName, typeBadge, documentMeta, TYPE_LABELS, pager } from './common.js';

const FIELDS = ['q', 'type', 'source', 'from', 'to', 'entity'];
const PAGE = 10;

header('index.html');
const form = document.getElementById('search');
const results = document.getElementById('results');
const status = document.getElementById('status');

for (const [type, label] of Object.entries(TYPE_LABELS)) {
  document.getElementById('type').append(el('option', { value: type, text: label }));
}
api('sources').then(outlets => {
  const select = document.getElementById('source');
  for (const o of outlets) select.append(el('option', { value: o.source, text: o.source + ' (' + o.documents + ')' }));
  select.value = param('source') || '';
}).catch(() => {});

for (const f of FIELDS) document.getElementById(f).value = param(f) || '';
if (FIELDS.some(f => param(f))) document.getElementById('filters').open = FIELDS.slice(1).some(f => param(f));

form.addEventListener('submit', event => {
  event.preventDefault();
  const query = new URLSearchParams();
  for (const f of FIELDS) {
    const v = document.getElementById(f).value.trim();
    if (v) query.set(f, v);
  }
  history.pushState(null, '', '?' + query);
  run(0);
});
window.addEventListener('popstate', () => {
  for (const f of FIELDS) document.getElementById(f).value = param(f) || '';
  run(Number(param('offset') || 0));
});

run(Number(param('offset') || 0));

async function run(offset) {
  const query = Object.fromEntries(FIELDS.map(f => [f, param(f)]));
  const searching = FIELDS.some(f => query[f]);
  status.textContent = 'جارٍ البحث…';
  try {
    if (searching) {
      const result = await api('search', { ...query, offset, limit: PAGE });
      showEntities(result.entities);
      showHits(result.items, offset);
      status.textContent = result.items.length ? '' : 'لا نتائج.';
      pager(offset, PAGE, result.has_more, run);
    } else {
      const page = await api('documents', { offset, limit: PAGE });
      showEntities([]);
      showDocuments(page.items, offset);
      status.textContent = page.items.length ? 'أحدث المقالات' : 'لا مقالات في المخزن بعد.';
      pager(offset, PAGE, page.has_more, run);
    }
  } catch (error) {
    results.replaceChildren();
    showError(status, error);
  }
}

function showHits(hits, offset) {
  results.start = offset + 1;
  results.replaceChildren(...hits.map(h => el('li', { class: 'hit' },
    el('a', { class: 'title', href: documentHref(h.doc_id), text: h.title || '(بلا عنوان)' }),
    el('div', { class: 'meta' }, documentMeta(h)),
    el('p', { class: 'snippet' }, ...h.snippet.map(p => p.match ? el('mark', { text: p.text }) : p.text)))));
}

function showDocuments(docs, offset) {
  results.start = offset + 1;
  results.replaceChildren(...docs.map(d => el('li', { class: 'hit' },
    el('a', { class: 'title', href: documentHref(d.id), text: d.title || '(بلا عنوان)' }),
    el('div', { class: 'meta' }, documentMeta(d, d.mention_count ? d.mention_count + ' إشارة' : null)))));
}

function showEntities(entities) {
  const box = document.getElementById('entities');
  box.replaceChildren(...entities.map(e => el('a', { class: 'entity-chip', href: entityHref(e.id) },
    typeBadge(e.type), ' ', displayName(e), ' ', e.name_en && e.name_ar ? el('bdi', { class: 'latin', lang: 'en', text: e.name_en }) : null)));
}

