// Map page: every mentioned place with coordinates, sized by its number of mentions, and the coded
// events at their places, one marker per place and event type, coloured by type.
import { api, el, header, entityHref, triggerHref, entitiesById, displayName, eventTypeBadge, metaLine,
  TYPE_LABELS, EVENT_COLOURS } from './common.js';
import { syriaMap, linkBox } from './basemap.js';

/** The events drawn: the API's largest page. */
const EVENT_LIMIT = 500;

header('map.html');
const map = syriaMap(document.getElementById('map'));
const status = document.getElementById('status');
const placesLayer = L.layerGroup().addTo(map);
const eventsLayer = L.layerGroup().addTo(map);
L.control.layers(null, { 'الأماكن': placesLayer, 'الأحداث': eventsLayer }).addTo(map);
load();

async function load() {
  try {
    const places = await api('places');
    drawPlaces(places);
    status.textContent = places.length ? places.length + ' مكانًا' : 'لا أماكن بإحداثيات في المخزن بعد.';
    const events = await api('events', { limit: EVENT_LIMIT });
    const drawn = await drawEvents(events.items);
    status.textContent += ' · ' + drawn + ' حدثًا على الخريطة'
      + (events.total > EVENT_LIMIT ? ' (من أول ' + EVENT_LIMIT + ' من ' + events.total + ')' : '');
    legend();
  } catch (error) {
    status.append(' · ', el('span', { class: 'error', role: 'alert', text: 'خطأ: ' + error.message }));
  }
}

function drawPlaces(places) {
  for (const p of places) {
    L.circleMarker([p.lat, p.lon], {
      radius: Math.min(22, 5 + 3 * Math.sqrt(p.mentions)), color: '#1b7a3d', weight: 2, fillColor: '#2ecc71', fillOpacity: 0.55,
    }).addTo(placesLayer).bindPopup(linkBox(entityHref(p.id), displayName(p),
      (TYPE_LABELS[p.type] || p.type) + ' · ' + p.mentions + ' إشارة في ' + p.documents + ' مقال'));
  }
}

/** Groups the events by place and type; returns how many had a place with coordinates. */
async function drawEvents(events) {
  const names = await entitiesById(events.flatMap(e => [e.location_entity, ...e.actors]).filter(Boolean));
  const groups = new Map();
  for (const e of events) {
    const place = names.get(e.location_entity);
    if (!place || place.lat === null || place.lon === null) continue;
    const key = place.id + '|' + e.acled_type;
    if (!groups.has(key)) groups.set(key, { place, type: e.acled_type, events: [] });
    groups.get(key).events.push(e);
  }
  let drawn = 0;
  for (const { place, type, events: here } of groups.values()) {
    drawn += here.length;
    const colour = EVENT_COLOURS[type] || '#7f8c8d';
    L.circleMarker([place.lat, place.lon], {
      radius: Math.min(14, 4 + 2 * Math.sqrt(here.length)), color: '#222', weight: 1, fillColor: colour, fillOpacity: 0.9,
      className: 'event-marker',
    }).addTo(eventsLayer).bindPopup(eventsBox(place, type, here, names), { maxHeight: 300 });
  }
  return drawn;
}

function eventsBox(place, type, events, names) {
  return el('div', { class: 'map-box' },
    eventTypeBadge(type), ' ', el('a', { href: entityHref(place.id), text: displayName(place) }),
    el('ul', { class: 'map-events' }, ...events.map(e => el('li', {},
      el('a', { href: triggerHref(e.sources[0]) }, metaLine(e.time_value || e.sources[0].published || 'بلا تاريخ', e.acled_sub_type)),
      e.actors.length ? el('div', { text: e.actors.map(id => names.has(id) ? displayName(names.get(id)) : id).join('، ') }) : null))));
}

/** The colour key of the event types, under the map. */
function legend() {
  const box = el('p', { class: 'legend' }, ...Object.keys(EVENT_COLOURS).map(eventTypeBadge));
  status.after(box);
}
