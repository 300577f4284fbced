// Article page: the original text right to left, entity mentions highlighted from their offsets
// (UTF-16, as in the API) with a colour per type and a link to the entity page.
import { api, el, param, header, showError, entityHref, displayName, typeBadge, documentMeta, TYPE_LABELS, RELATION_LABELS } from './common.js';

header('');
const main = document.querySelector('main');
load();

async function load() {
  try {
    const view = await api('documents/' + encodeURIComponent(param('id') || ''));
    show(view);
  } catch (error) {
    showError(main, error);
  }
}

function show({ document: d, mentions, facts, entities }) {
  const byId = new Map(entities.map(e => [e.id, e]));
  document.title = (d.title || 'مقال') + ' — رصد';
  document.getElementById('title').textContent = d.title || '(بلا عنوان)';
  const meta = document.getElementById('meta');
  meta.replaceChildren(documentMeta(d));
  if (d.url && /^https?:\/\//i.test(d.url)) {
    meta.append(' · ', el('a', { href: d.url, rel: 'noopener noreferrer', text: 'المصدر الأصلي' }));
  }
  const box = document.getElementById('text');
  box.replaceChildren(...highlighted(d.text, mentions, byId));
  markTrigger(box, d.text.length);
  legend(mentions);
  sideList(mentions, byId);
  factList(d.text, facts, byId);
}

/** The text as nodes: plain runs and one element per mention. Overlapping mentions keep the first. */
function highlighted(text, mentions, byId) {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const nodes = [];
  let at = 0;
  for (const m of sorted) {
    if (m.start < at || m.end > text.length) continue;
    if (m.start > at) nodes.push(document.createTextNode(text.slice(at, m.start)));
    const entity = m.entity_id ? byId.get(m.entity_id) : null;
    const attrs = {
      class: 'mention t-' + m.type,
      title: (TYPE_LABELS[m.type] || m.type) + (entity ? ' — ' + displayName(entity) : ''),
      'data-type': m.type,
    };
    nodes.push(entity ? el('a', { ...attrs, href: entityHref(entity.id) }, text.slice(m.start, m.end))
      : el('span', attrs, text.slice(m.start, m.end)));
    at = m.end;
  }
  nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

/**
 * Marks the span named in the address (#trigger=start-end, or ?trigger=…), as the events page
 * links an event's trigger, and scrolls to it. Offsets are UTF-16 into the text, like mentions.
 */
function markTrigger(box, length) {
  const spec = new URLSearchParams(location.hash.slice(1)).get('trigger') || param('trigger');
  const m = /^(\d+)-(\d+)$/.exec(spec || '');
  if (!m) return;
  const [start, end] = [Number(m[1]), Number(m[2])];
  if (start >= end || end > length) return;
  const marks = markRange(box, start, end);
  if (marks.length) marks[0].scrollIntoView({ block: 'center' });
}

/** Wraps the characters start..end of the container's text in <mark class="trigger"> elements, one per text node crossed. */
function markRange(container, start, end) {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  const crossed = [];
  for (let at = 0, node = walker.nextNode(); node && at < end; at += node.length, node = walker.nextNode()) {
    if (at + node.length > start) crossed.push([node, Math.max(0, start - at), Math.min(node.length, end - at)]);
  }
  return crossed.map(([node, from, to]) => {
    const range = document.createRange();
    range.setStart(node, from);
    range.setEnd(node, to);
    const mark = el('mark', { class: 'trigger', title: 'الحدث' });
    range.surroundContents(mark);
    return mark;
  });
}

function legend(mentions) {
  const types = [...new Set(mentions.map(m => m.type))];
  document.getElementById('legend').replaceChildren(...types.map(typeBadge));
}

function sideList(mentions, byId) {
  const counts = new Map();
  for (const m of mentions) if (m.entity_id) counts.set(m.entity_id, (counts.get(m.entity_id) || 0) + 1);
  const items = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id, n]) => {
    const e = byId.get(id);
    return el('li', {}, typeBadge(e ? e.type : null), ' ', el('a', { href: entityHref(id), text: e ? displayName(e) : id }), ' (' + n + ')');
  });
  document.getElementById('entities').replaceChildren(el('h2', { text: 'الجهات والأماكن' }), el('ul', {}, ...items));
}

/** The relation facts the article states, each with its words from the text. */
function factList(text, facts, byId) {
  if (!facts.length) return;
  const name = id => el('a', { href: entityHref(id), text: byId.has(id) ? displayName(byId.get(id)) : id });
  document.getElementById('entities').append(el('h2', { text: 'العلاقات في المقال' }), el('ul', { class: 'facts-list' },
    ...facts.map(f => el('li', {}, name(f.from_entity), ' ', el('strong', { text: RELATION_LABELS[f.type] || f.type }), ' ',
      name(f.to_entity), el('div', { class: 'meta' }, el('q', { text: text.slice(f.start, f.end) }))))));
}
