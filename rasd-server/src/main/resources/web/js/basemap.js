// A Leaflet map of Syria that works offline: governorate centres as labelled points from the bundled
// GeoJSON; OpenStreetMap tiles are added only when a tile actually loads (online).
import { el } from './common.js';

const TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const PROBE = 'https://tile.openstreetmap.org/6/38/25.png';

export function syriaMap(container) {
  const map = L.map(container, { zoomSnap: 0.5 }).setView([35.0, 38.5], 6.5);
  addGovernorates(map);
  addTilesWhenOnline(map);
  return map;
}

async function addGovernorates(map) {
  const response = await fetch('data/governorates.geojson');
  if (!response.ok) return;
  const geojson = await response.json();
  L.geoJSON(geojson, {
    pointToLayer: (feature, latlng) => L.circleMarker(latlng, {
      radius: 4, color: '#777', weight: 1, fillColor: '#bbb', fillOpacity: 0.8, interactive: false,
    }).bindTooltip(el('span', { text: feature.properties.name_ar }), {
      permanent: true, direction: 'top', className: 'governorate-label', offset: [0, -4],
    }),
  }).addTo(map);
}

function addTilesWhenOnline(map) {
  if (!navigator.onLine) return;
  const probe = new Image();
  const timer = setTimeout(() => { probe.src = ''; }, 4000);
  probe.onload = () => {
    clearTimeout(timer);
    L.tileLayer(TILE_URL, { maxZoom: 18, attribution: '© OpenStreetMap contributors' }).addTo(map).bringToBack();
  };
  probe.src = PROBE;
}

/** A popup or tooltip body linking to a page, built from text only. */
export function linkBox(href, title, detail) {
  return el('div', { class: 'map-box' }, el('a', { href, text: title }), detail ? el('div', { text: detail }) : null);
}
