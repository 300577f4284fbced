// Entity page: names, aliases, mentions, the documents naming it, relation facts with the words of
// each source, and for a place its position on the map.
import { api, el, param, header, showError, entityHref, documentHref, displayName, typeBadge, documentMeta, RELATION_LABELS } from './common.js';
import { syriaMap } from './basemap.js';

header('');
const id = param('id') || '';
load();

async function load() {
  try {
    show(await api('entity', { id }));
  } catch (error) {
    showError(document.querySelector('main'), error);
  }
}

function show({ entity: e, mention_count, documents, facts }) {
  document.title = displayName(e) + ' — رصد';
  document.getElementById('name').replaceChildren(displayName(e), ' ', typeBadge(e.type));
  // Each part isolated (bdi), so Latin names and numbers keep their places in the right-to-left line.
  const parts = [e.name_en && el('bdi', { lang: 'en', text: e.name_en }),
    el('bdi', { text: mention_count + ' إشارة في ' + documents.length + ' مقال' }),
    e.hierarchy && e.hierarchy.length && el('bdi', { lang: 'en', text: e.hierarchy.join(' › ') }),
    e.region && el('bdi', { lang: 'en', text: e.region }),
    e.provisional && el('bdi', { text: 'غير موجود في قاعدة المعرفة' })].filter(Boolean);
  document.getElementById('summary').replaceChildren(...parts.flatMap((p, i) => i ? [' · ', p] : [p]));
  document.getElementById('aliases').replaceChildren(...e.aliases.map(a => el('li', { text: a })));
  document.getElementById('graph-link').href = 'graph.html?id=' + encodeURIComponent(e.id);
  document.getElementById('events-link').href = 'events.html?entity=' + encodeURIComponent(e.id);
  document.getElementById('facts').replaceChildren(facts.length ? factTable(facts, e.id) : el('p', { class: 'status', text: 'لا علاقات مسجلة.' }));
  document.getElementById('documents').replaceChildren(...documents.map(d => el('li', { class: 'hit' },
    el('a', { class: 'title', href: documentHref(d.id), text: d.title || '(بلا عنوان)' }),
    el('div', { class: 'meta' }, documentMeta(d, d.mention_count + ' إشارة')))));
  if (e.lat !== null && e.lon !== null) placeMap(e);
}

function factTable(facts, self) {
  const name = ref => ref.id === self ? el('strong', { text: displayName(ref) }) : el('a', { href: entityHref(ref.id), text: displayName(ref) });
  const rows = facts.map(f => el('tr', {},
    el('td', {}, name(f.from)),
    el('td', { class: 'relation', text: RELATION_LABELS[f.type] || f.type }),
    el('td', {}, name(f.to)),
    el('td', { text: [f.modality, f.time_value].filter(Boolean).join(' · ') }),
    el('td', {}, el('ul', { class: 'sources' }, ...f.sources.map(s => el('li', {},
      el('q', { text: s.quote || '' }), ' — ',
      el('a', { href: documentHref(s.doc_id) }, s.outlet || s.published ? documentMeta({ source: s.outlet, published: s.published }) : s.doc_id.slice(0, 8)),
      s.according_to_text ? el('span', { class: 'meta', text: ' (بحسب ' + s.according_to_text + ')' }) : null))))));
  return el('table', { class: 'facts' },
    el('thead', {}, el('tr', {}, ...['من', 'العلاقة', 'إلى', 'الصيغة', 'المصادر'].map(h => el('th', { text: h })))),
    el('tbody', {}, ...rows));
}

function placeMap(e) {
  const box = document.getElementById('map');
  box.hidden = false;
  const map = syriaMap(box);
  L.marker([e.lat, e.lon], { title: displayName(e) }).addTo(map)
    .bindTooltip(el('span', { text: displayName(e) }), { permanent: true, direction: 'top', offset: [-14, -14] });
  map.setView([e.lat, e.lon], e.feature_type === 'COUNTRY' ? 6 : 9);
}
