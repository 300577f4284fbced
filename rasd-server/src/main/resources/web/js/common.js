// Shared helpers of the Rasd pages. Article text, titles and names only ever reach the page as
// text nodes (textContent), never as HTML.

/** Arabic names of the mention types (docs/format.md). */
export const TYPE_LABELS = {
  PERSON: 'شخص', ARMED_GROUP: 'جماعة مسلحة', STATE_FORCES: 'قوات نظامية', GOVERNMENT: 'جهة حكومية',
  MEDIA: 'وسيلة إعلام', ORGANIZATION: 'منظمة', COUNTRY: 'دولة', REGION: 'منطقة', CITY: 'مدينة',
  TOWN: 'بلدة', NEIGHBOURHOOD: 'حي', FACILITY: 'منشأة', ROAD: 'طريق', LOCATION: 'موقع', MISC: 'أخرى',
};

/** Arabic names of the relation types; unknown types show as they are. */
export const RELATION_LABELS = {
  LEADER_OF: 'قائد', MEMBER_OF: 'عضو في', MERGED_WITH: 'اندمج مع', ALLIED_WITH: 'حليف',
  PART_OF: 'جزء من', SUPPORTS: 'يدعم', AFFILIATED_WITH: 'تابع لـ', OPPOSES: 'يعادي', FIGHTS: 'يقاتل',
  SPOKESPERSON_OF: 'متحدث باسم', LOCATED_IN: 'يقع في', CONTROLS: 'يسيطر على',
};

/** Arabic names of ACLED's event types (docs/ontology.md); the list itself comes from /api/event-types. */
export const EVENT_TYPE_LABELS = {
  'Battles': 'معارك', 'Explosions/Remote violence': 'انفجارات وعنف عن بُعد', 'Violence against civilians': 'عنف ضد المدنيين',
  'Protests': 'احتجاجات', 'Riots': 'أعمال شغب', 'Strategic developments': 'تطورات استراتيجية',
};

/** Arabic names of the modalities: how the text presents an event (docs/ontology.md). */
export const MODALITY_LABELS = {
  asserted: 'مؤكَّد', claimed: 'ادعاء', denied: 'منفي', planned: 'مخطَّط', threatened: 'تهديد',
  hypothetical: 'افتراضي', negated: 'لم يقع',
};

/** Arabic names of the time precisions (org.rasd.nlp.facts.time.TimePrecision). */
export const PRECISION_LABELS = {
  DAY: 'يوم', WEEK: 'أسبوع', PART_OF_MONTH: 'جزء من شهر', MONTH: 'شهر', PART_OF_YEAR: 'جزء من سنة', YEAR: 'سنة',
};

/** One colour per ACLED event type, shared by the events table and the map. */
export const EVENT_COLOURS = {
  'Battles': '#c0392b', 'Explosions/Remote violence': '#d35400', 'Violence against civilians': '#7d3c98',
  'Protests': '#2f6fb0', 'Riots': '#b7950b', 'Strategic developments': '#566573',
};

export const PLACE_TYPES = new Set(['COUNTRY', 'REGION', 'CITY', 'TOWN', 'NEIGHBOURHOOD', 'FACILITY', 'ROAD', 'LOCATION']);

/** Creates an element; attrs: class, text, or attributes; children: nodes or strings (as text). */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return e;
}

/** GET an API path with query parameters (an array value repeats the parameter); throws an Error carrying the API's message on 4xx/5xx. */
export async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (Array.isArray(v)) v.forEach(item => query.append(k, item));
    else if (v !== null && v !== undefined && v !== '') query.set(k, v);
  }
  const url = '/api/' + path + (query.toString() ? '?' + query : '');
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || ('HTTP ' + response.status));
  return body;
}

export function param(name) {
  return new URLSearchParams(location.search).get(name);
}

export function entityHref(id) {
  return 'entity.html?id=' + encodeURIComponent(id);
}

export function documentHref(id) {
  return 'doc.html?id=' + encodeURIComponent(id);
}

/** The article opened at an event's trigger, which the page marks and scrolls to. */
export function triggerHref(source) {
  return documentHref(source.doc_id) + '#trigger=' + source.trigger_start + '-' + source.trigger_end;
}

const knownEntities = new Map();

/** The stored entities for the ids, as a Map by id; asks /api/names only for ids not seen before on this page. */
export async function entitiesById(ids) {
  const missing = [...new Set(ids)].filter(id => id && !knownEntities.has(id));
  for (let i = 0; i < missing.length; i += 100) {
    for (const e of await api('names', { id: missing.slice(i, i + 100) })) knownEntities.set(e.id, e);
  }
  return knownEntities;
}

/** The display name of an entity-like record: Arabic first, then Latin, then the id. */
export function displayName(e) {
  return e.name_ar || e.name_en || e.id;
}

export function typeBadge(type) {
  return el('span', { class: 'badge t-' + (type || 'MISC'), text: TYPE_LABELS[type] || type || '' });
}

/** An ACLED event type in Arabic on its type's colour. */
export function eventTypeBadge(type) {
  return el('span', { class: 'badge', style: 'background:' + (EVENT_COLOURS[type] || '#7f8c8d'), text: EVENT_TYPE_LABELS[type] || type });
}

/** Parts separated by " · ", each isolated (bdi) so Latin names and dates keep their order in RTL. */
export function metaLine(...parts) {
  return el('span', {}, ...parts.filter(Boolean).flatMap((p, i) => i ? [' · ', el('bdi', { text: p })] : [el('bdi', { text: p })]));
}

/** Source and date of a document (and any further parts), e.g. "Orient Net · 2016-05". */
export function documentMeta(d, ...more) {
  return metaLine(d.source, d.published, ...more);
}

/** Fills the page header: the site name and the navigation, marking the current page. */
export function header(current) {
  const pages = [['index.html', 'بحث'], ['events.html', 'الأحداث'], ['map.html', 'الخريطة'], ['timeline.html', 'الخط الزمني']];
  const nav = el('nav', {}, ...pages.map(([href, label]) =>
    el('a', { href, class: href === current ? 'current' : null, text: label })));
  const brand = el('a', { class: 'brand', href: 'index.html' }, el('strong', { text: 'رصد' }), ' ',
    el('span', { lang: 'en', dir: 'ltr', text: 'Rasd' }));
  document.querySelector('header').replaceChildren(brand, nav);
}

/** Replaces a container's content with an error line. */
export function showError(container, error) {
  container.replaceChildren(el('p', { class: 'error', role: 'alert', text: 'خطأ: ' + error.message }));
}

/**
 * Previous/next links in #pager: each keeps the page's query with a new offset, pushes it to the
 * history and calls go(newOffset) instead of reloading.
 */
export function pager(offset, pageSize, hasMore, go) {
  const nav = document.getElementById('pager');
  const link = (label, to) => {
    const query = new URLSearchParams(location.search);
    query.set('offset', to);
    const a = el('a', { href: '?' + query, text: label });
    a.addEventListener('click', event => {
      event.preventDefault();
      history.pushState(null, '', '?' + query);
      go(to);
    });
    return a;
  };
  nav.replaceChildren(offset > 0 ? link('→ السابق', Math.max(0, offset - pageSize)) : '', hasMore ? link('التالي ←', offset + pageSize) : '');
}
