// Timeline: documents per month of publication as bars; a bar opens the search for its month.
import { api, el, header, showError } from './common.js';

header('timeline.html');
load();

async function load() {
  const box = document.getElementById('timeline');
  const status = document.getElementById('status');
  try {
    const { periods, undated } = await api('timeline');
    const most = Math.max(1, ...periods.map(p => p.documents));
    box.replaceChildren(...periods.map(p => el('a', { class: 'bar', href: 'index.html?from=' + p.period + '&to=' + p.period, title: p.period + ': ' + p.documents },
      el('span', { class: 'label', text: p.period }),
      el('span', { class: 'fill', style: 'height:' + Math.round(80 * p.documents / most) + '%' }),
      el('span', { class: 'count', text: String(p.documents) }))));
    status.textContent = (periods.length ? '' : 'لا مقالات مؤرخة. ') + (undated ? undated + ' مقال بلا تاريخ.' : '');
  } catch (error) {
    showError(status, error);
  }
}
