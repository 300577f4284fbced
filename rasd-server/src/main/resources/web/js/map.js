// Map page: every mentioned place with coordinates, sized by its number of mentions.
import { api, el, header, showError, entityHref, displayName, TYPE_LABELS } from './common.js';
import { syriaMap, linkBox } from './basemap.js';

header('map.html');
const map = syriaMap(document.getElementById('map'));
load();

async function load() {
  const status = document.getElementById('status');
  try {
    const places = await api('places');
    for (const p of places) {
      L.circleMarker([p.lat, p.lon], {
        radius: Math.min(22, 5 + 3 * Math.sqrt(p.mentions)), color: '#1b7a3d', weight: 2, fillColor: '#2ecc71', fillOpacity: 0.55,
      }).addTo(map).bindPopup(linkBox(entityHref(p.id), displayName(p),
        (TYPE_LABELS[p.type] || p.type) + ' · ' + p.mentions + ' إشارة في ' + p.documents + ' مقال'));
    }
    status.textContent = places.length ? places.length + ' مكانًا' : 'لا أماكن بإحداثيات في المخزن بعد.';
  } catch (error) {
    showError(status, error);
  }
}
