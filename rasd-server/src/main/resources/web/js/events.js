// Events page: coded events as a table, filtered by ACLED type, entity and dates through
// /api/events. The filters and the page live in the address (events.html?type=…&offset=…).
import { api, el, param, header, showError, entityHref, triggerHref, entitiesById, displayName, metaLine, eventTypeBadge,
  EVENT_TYPE_LABELS, MODALITY_LABELS, PRECISION_LABELS, pager } from './common.js';

const FILTERS = ['type', 'entity', 'from', 'to'];
const PAGE = 25;

header('events.html');
const form = document.getElementById('filters');
const status = document.getElementById('status');
const rows = document.querySelector('#events tbody');
const entityName = document.getElementById('entity-name');

api('event-types').then(types => {
  const select = document.getElementById('type');
  for (const type of Object.keys(types)) select.append(el('option', { value: type, text: EVENT_TYPE_LABELS[type] || type }));
  select.value = param('type') || '';
}).catch(error => showError(status, error));

form.addEventListener('submit', async event => {
  event.preventDefault();
  try {
    await resolveEntity();
  } catch (error) {
    showError(status, error);
    return;
  }
  const query = new URLSearchParams();
  for (const f of FILTERS) {
    const v = document.getElementById(f).value.trim();
    if (v) query.set(f, v);
  }
  history.pushState(null, '', '?' + query);
  run();
});
window.addEventListener('popstate', run);
run();

/** The typed name becomes the best matching entity's id; an emptied field clears the filter. */
async function resolveEntity() {
  const hidden = document.getElementById('entity');
  const name = entityName.value.trim();
  if (!name) {
    hidden.value = '';
    return;
  }
  const known = hidden.value && (await entitiesById([hidden.value])).get(hidden.value);
  if (known && name === displayName(known)) return;
  const found = await api('entities', { q: name, limit: 1 });
  if (!found.length) throw new Error('لا جهة ولا مكان باسم «' + name + '»');
  hidden.value = found[0].id;
}

async function run() {
  for (const f of FILTERS) document.getElementById(f).value = param(f) || '';
  document.getElementById('type').value = param('type') || '';
  const offset = Number(param('offset') || 0);
  status.textContent = 'جارٍ التحميل…';
  try {
    const page = await api('events', { ...Object.fromEntries(FILTERS.map(f => [f, param(f)])), offset, limit: PAGE });
    const names = await entitiesById([param('entity'), ...page.items.flatMap(e => [...e.actors, ...e.targets, e.location_entity,
      ...e.sources.map(s => s.according_to)])].filter(Boolean));
    const filtered = param('entity') && names.get(param('entity'));
    entityName.value = filtered ? displayName(filtered) : (param('entity') || '');
    rows.replaceChildren(...page.items.map(e => row(e, names)));
    status.textContent = page.total
      ? 'الأحداث ' + (offset + 1) + '–' + (offset + page.items.length) + ' من ' + page.total
      : 'لا أحداث تطابق التصفية.';
    pager(offset, PAGE, offset + PAGE < page.total, run);
  } catch (error) {
    rows.replaceChildren();
    showError(status, error);
  }
}

function row(e, names) {
  const link = id => {
    const entity = names.get(id);
    return el('a', { href: entityHref(id), text: entity ? displayName(entity) : id });
  };
  const list = ids => ids.length ? el('ul', { class: 'names' }, ...ids.map(id => el('li', {}, link(id)))) : '—';
  return el('tr', { 'data-type': e.acled_type },
    el('td', { class: 'when' }, when(e)),
    el('td', {}, eventTypeBadge(e.acled_type),
      el('div', { class: 'meta latin', lang: 'en' }, metaLine(e.acled_sub_type, e.plover))),
    el('td', {}, el('span', { class: 'modality m-' + e.modality, text: MODALITY_LABELS[e.modality] || e.modality })),
    el('td', {}, list(e.actors)),
    el('td', {}, list(e.targets)),
    el('td', {}, e.location_entity ? link(e.location_entity) : '—'),
    el('td', {}, el('ol', { class: 'sources' }, ...e.sources.map(s => el('li', {},
      el('a', { class: 'source-link', href: triggerHref(s) }, metaLine(s.outlet || 'المقال', s.published)),
      attribution(s, names))))));
}

/** The event's time with its precision, or else the first report's publication date, said as such. */
function when(e) {
  if (e.time_value) {
    return el('span', {}, el('bdi', { text: e.time_value }),
      el('div', { class: 'meta', text: PRECISION_LABELS[e.time_precision] || e.time_precision || '' }));
  }
  const published = e.sources.map(s => s.published).find(Boolean);
  return published ? el('span', {}, el('bdi', { text: published }), el('div', { class: 'meta', text: 'تاريخ النشر' })) : '—';
}

function attribution(s, names) {
  const source = s.according_to && names.get(s.according_to);
  const who = source ? displayName(source) : s.according_to_text;
  return who ? el('div', { class: 'meta', text: 'بحسب ' + who }) : null;
}

