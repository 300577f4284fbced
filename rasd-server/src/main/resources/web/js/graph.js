// Relation graph around one entity (Cytoscape.js): nodes coloured by type, edges named by relation.
import { api, param, header, showError, entityHref, displayName, RELATION_LABELS } from './common.js';

header('');
const id = param('id') || '';
const depth = document.getElementById('depth');
depth.value = param('depth') === '2' ? '2' : '1';
depth.addEventListener('change', () => { location.search = '?id=' + encodeURIComponent(id) + '&depth=' + depth.value; });
load();

const COLOURS = {
  PERSON: '#2f6fb0', ARMED_GROUP: '#c0392b', STATE_FORCES: '#8e3b1d', GOVERNMENT: '#7d3c98', MEDIA: '#16808a',
  ORGANIZATION: '#566573', COUNTRY: '#1e8449', REGION: '#1e8449', CITY: '#1e8449', TOWN: '#1e8449',
  NEIGHBOURHOOD: '#1e8449', FACILITY: '#1e8449', ROAD: '#1e8449', LOCATION: '#1e8449', MISC: '#7f8c8d',
};

async function load() {
  const status = document.getElementById('status');
  try {
    const g = await api('graph', { id, depth: depth.value });
    const center = g.nodes.find(n => n.id === g.center);
    document.getElementById('title').textContent = 'شبكة العلاقات: ' + (center ? displayName(center) : id);
    const link = document.getElementById('entity-link');
    link.href = entityHref(id);
    link.textContent = 'صفحة ' + (center ? displayName(center) : id);
    draw(g);
    status.textContent = g.edges.length ? g.nodes.length + ' عقدة، ' + g.edges.length + ' علاقة' + (g.truncated ? ' (مقتطعة)' : '')
      : 'لا علاقات مسجلة لهذه الجهة.';
  } catch (error) {
    showError(status, error);
  }
}

function draw(g) {
  const nodes = new Set(g.nodes.map(n => n.id));
  const cy = cytoscape({
    container: document.getElementById('graph'),
    elements: [
      ...g.nodes.map(n => ({ data: { id: n.id, label: displayName(n), colour: COLOURS[n.type] || COLOURS.MISC, center: n.id === g.center ? 1 : 0 } })),
      ...g.edges.filter(e => nodes.has(e.source) && nodes.has(e.target)).map(e => ({
        data: { id: e.id, source: e.source, target: e.target, label: RELATION_LABELS[e.type] || e.type, dashed: e.modality !== 'asserted' ? 1 : 0 },
      })),
    ],
    style: [
      { selector: 'node', style: { label: 'data(label)', 'background-color': 'data(colour)', 'font-family': getComputedStyle(document.body).fontFamily,
        'font-size': 13, 'text-valign': 'bottom', 'text-margin-y': 4, width: 22, height: 22 } },
      { selector: 'node[center = 1]', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#222' } },
      { selector: 'edge', style: { label: 'data(label)', 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', width: 2,
        'line-color': '#999', 'target-arrow-color': '#999', 'font-size': 11, 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      { selector: 'edge[dashed = 1]', style: { 'line-style': 'dashed' } },
    ],
    maxZoom: 1.4,
    layout: { name: 'concentric', concentric: n => 2 - (n.data('center') ? 0 : 1), levelWidth: () => 1, minNodeSpacing: 40 },
  });
  cy.on('tap', 'node', event => { location.href = 'graph.html?id=' + encodeURIComponent(event.target.id()) + '&depth=' + depth.value; });
}
