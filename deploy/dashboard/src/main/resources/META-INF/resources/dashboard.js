// The revenue-cycle dashboard: draws /api/summary, and redraws it when the claim-status stream reports a change.
// Plain browser JavaScript, no libraries and no build step; charts are SVG drawn here.
'use strict';

const NA = 'n/a';
const SVG = 'http://www.w3.org/2000/svg';
const STATE_COLORS = { CREATED: '#8aa1b8', SUBMITTED: '#2f6db5', PARTIALLY_PAID: '#d08a1a', PAID: '#2e8b57', DENIED: '#c0392b' };
const AGING_COLORS = ['#2e8b57', '#8cbf4a', '#e0b130', '#e07b30', '#c0392b'];
const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

const $ = (id) => document.getElementById(id);

function fmtMoney(v) { return v == null ? NA : money.format(Number(v)); }
function fmtRate(v) { return v == null ? NA : (Number(v) * 100).toFixed(1) + '%'; }
function fmtCount(v) { return v == null ? NA : String(v); }
function setText(id, text) { $(id).textContent = text; }

function el(tag, attrs, text) {
  const e = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text != null) e.textContent = text;
  return e;
}

function row(cells, attrs) {
  const tr = el('tr', attrs);
  cells.forEach(([text, cls]) => tr.appendChild(el('td', cls ? { class: cls } : {}, text)));
  return tr;
}

// Horizontal bars: one row per item, label left, value right.
function barChart(svg, items, format) {
  svg.replaceChildren();
  const rowH = 24, labelW = 130, valueW = 90, width = 600;
  const max = Math.max(1, ...items.map((i) => i.value));
  svg.setAttribute('viewBox', `0 0 ${width} ${Math.max(rowH, items.length * rowH)}`);
  items.forEach((item, n) => {
    const y = n * rowH;
    const w = Math.max(item.value > 0 ? 2 : 0, (width - labelW - valueW) * item.value / max);
    svg.appendChild(el('svg:text', { x: 0, y: y + 16 }, item.label));
    const bar = el('svg:rect', { x: labelW, y: y + 4, width: w, height: rowH - 8, rx: 3, fill: item.color || '#2f6db5' });
    bar.appendChild(el('svg:title', {}, `${item.label}: ${format(item.value)}`));
    svg.appendChild(bar);
    svg.appendChild(el('svg:text', { x: labelW + w + 6, y: y + 16, class: 'axis' }, format(item.value)));
  });
}

// One stacked bar per payer, a segment per aging bucket.
function agingChart(svg, aging) {
  svg.replaceChildren();
  const rowH = 26, labelW = 130, valueW = 100, width = 600;
  const payers = aging.payers;
  const max = Math.max(0.01, ...payers.map((p) => Number(p.total)));
  svg.setAttribute('viewBox', `0 0 ${width} ${Math.max(rowH, payers.length * rowH)}`);
  payers.forEach((p, n) => {
    const y = n * rowH;
    let x = labelW;
    svg.appendChild(el('svg:text', { x: 0, y: y + 17 }, p.payerId));
    aging.buckets.forEach((b, i) => {
      const w = (width - labelW - valueW) * Number(p.amounts[b]) / max;
      if (w <= 0) return;
      const seg = el('svg:rect', { x, y: y + 4, width: w, height: rowH - 8, fill: AGING_COLORS[i] });
      seg.appendChild(el('svg:title', {}, `${p.payerId} ${b} days: ${fmtMoney(p.amounts[b])}`));
      svg.appendChild(seg);
      x += w;
    });
    svg.appendChild(el('svg:text', { x: x + 6, y: y + 17, class: 'axis' }, fmtMoney(p.total)));
  });
  if (payers.length === 0) svg.appendChild(el('svg:text', { x: 0, y: 17, class: 'axis' }, 'No outstanding balances.'));
  $('aging-legend').replaceChildren(...aging.buckets.map((b, i) => {
    const s = el('span', {}, `${b} days`);
    s.prepend(el('i', { style: `background:${AGING_COLORS[i]}` }));
    return s;
  }));
}

function renderStates(claims) {
  barChart($('chart-states'), claims.byState.map((s) => ({ label: s.state, value: s.claims, color: STATE_COLORS[s.state] || '#6c7a89' })), String);
  $('table-states').tBodies[0].replaceChildren(...claims.byState.map((s) => {
    const tr = row([[s.state], [String(s.claims), 'n'], [fmtMoney(s.totalCharge), 'n'], [fmtMoney(s.outstanding), 'n']], { 'data-state': s.state });
    tr.cells[1].id = 'count-' + s.state;
    return tr;
  }));
}

function renderAging(aging) {
  agingChart($('chart-aging'), aging);
  const t = $('table-aging');
  const head = el('tr'); head.appendChild(el('th', {}, 'Payer'));
  aging.buckets.forEach((b) => head.appendChild(el('th', { class: 'n' }, b)));
  head.appendChild(el('th', { class: 'n' }, 'Total'));
  t.tHead.replaceChildren(head);
  const line = (label, r) => row([[label], ...aging.buckets.map((b) => [fmtMoney(r.amounts[b]), 'n']), [fmtMoney(r.total), 'n']]);
  t.tBodies[0].replaceChildren(...aging.payers.map((p) => line(p.payerId, p)));
  // Insurance and patient A/R (issue 16); a summary without them (an older dashboard) shows the payers' total only.
  const split = aging.insurance && aging.patient ? [line('Insurance A/R', aging.insurance), line('Patient A/R', aging.patient)] : [];
  const foot = row([[split.length ? 'All A/R' : 'All payers'], ...aging.buckets.map((b) => [fmtMoney(aging.totals[b]), 'n']), [fmtMoney(aging.total), 'n']]);
  foot.cells[foot.cells.length - 1].id = 'aging-total';
  t.tFoot.replaceChildren(...split, foot);
  setText('aging-basis', `As of ${aging.asOf}; aged by ${aging.basis}.`);
}

function renderDenials(d) {
  setText('denial-rate-count', fmtRate(d.initialDenialRateByCount));
  setText('denial-rate-dollars', fmtRate(d.initialDenialRateByDollars));
  setText('denied-now', String(d.deniedNow));
  setText('denied-outstanding', fmtMoney(d.deniedOutstanding));
  const reasons = d.topReasons.map((r) => ({ label: r.code, value: r.claims, color: '#c0392b' }));
  barChart($('chart-reasons'), reasons, (v) => `${v} claim${v === 1 ? '' : 's'}`);
  $('reasons-empty').hidden = reasons.length > 0;
}

function renderUnderpayments(u) {
  const body = $('table-underpaid').tBodies[0];
  body.replaceChildren(...(u.items || []).map((i) => row([[i.claimId], [i.payerId], [i.code], [fmtMoney(i.expectedAllowed), 'n'], [fmtMoney(i.allowed), 'n'], [fmtMoney(i.underpaidAmount), 'n']])));
  const empty = $('underpaid-empty');
  empty.hidden = (u.items || []).length > 0;
  empty.textContent = u.claims == null ? 'n/a: the reimbursement-service did not answer' : 'No underpayments.';
}

function renderParties(id, parties) {
  $(id).tBodies[0].replaceChildren(...parties.map((p) => row([[p.id], [String(p.claims), 'n'], [fmtMoney(p.totalCharge), 'n'], [fmtMoney(p.paid), 'n'], [fmtMoney(p.outstanding), 'n']])));
}

function render(s) {
  setText('kpi-claims', String(s.claims.total));
  setText('kpi-ar', fmtMoney(s.arAging.total));
  setText('kpi-ar-split', s.rates.patientAccountsReceivable == null ? ''
    : 'insurance ' + fmtMoney(s.rates.insuranceAccountsReceivable) + ' · patient '
      + fmtMoney(s.rates.patientAccountsReceivable) + ' (claim-service)');
  const days = s.rates.daysInAR != null ? s.rates.daysInAR : s.rates.daysInARFromFeed;
  setText('kpi-days', days == null ? NA : days);
  setText('kpi-days-note', s.rates.daysInAR != null ? 'claim-service' : (days == null ? '' : 'from the feed'));
  setText('kpi-denial', fmtRate(s.denials.initialDenialRateByCount));
  setText('kpi-denial-note', `${s.denials.deniedOnFirstDecision} of ${s.denials.adjudicatedClaims} adjudicated`);
  setText('kpi-clean', fmtRate(s.rates.cleanClaimRate));
  setText('kpi-firstpass', fmtRate(s.rates.firstPassAcceptanceRate));
  setText('kpi-underpaid', fmtMoney(s.underpayments.totalUnderpaid));
  setText('kpi-underpaid-note', s.underpayments.claims == null ? '' : `${s.underpayments.claims} claims`);
  setText('queue-coding', fmtCount(s.workQueues.coding));
  setText('queue-scrub', fmtCount(s.workQueues.scrubFailed));
  setText('queue-rejected', fmtCount(s.workQueues.rejected));
  setText('queue-unmatched', fmtCount(s.workQueues.unmatchedRemittances));
  setText('queue-parked', s.parkedEvents.permitted === false ? NOT_PERMITTED : fmtCount(s.parkedEvents.total));
  renderParked(s.parkedEvents);
  renderClearinghouse(s.clearinghouse || []);
  renderStates(s.claims);
  renderAging(s.arAging);
  renderDenials(s.denials);
  renderUnderpayments(s.underpayments);
  renderParties('table-payers', s.payers);
  renderParties('table-providers', s.providers);
  $('sources').replaceChildren(...s.sources.map((src) => el('li', { class: src.available ? 'up' : 'down' },
    `${src.name} ${new URL(src.url).pathname}: ${src.available ? 'ok' : 'n/a (' + src.problem + ')'}`)));
  document.body.dataset.sequence = String(Math.max(Number(document.body.dataset.sequence), s.lastSequence));
  setText('updated', new Date(s.asOf).toLocaleTimeString());
  setText('lag', s.feedLag > 0 ? `catching up: ${s.feedLag} changes to apply` : '');
}

// The operators' queue of parked events: per service, the first few with their reason (never a payload).
// Administrators only (parked events can carry patient data): anyone else sees why the panel is empty, not n/a.
const NOT_PERMITTED = 'administrators only';
function renderParked(p) {
  if (p.permitted === false) {
    document.querySelector('#table-parked tbody').replaceChildren();
    const empty = $('parked-empty');
    empty.hidden = false;
    empty.textContent = 'Not permitted for your role: parked events are shown to administrators only.';
    return;
  }
  const rows = [];
  p.services.forEach((q) => {
    if (q.count == null) {
      rows.push(row([[q.service], [NA], [''], [''], [''], ['']], { 'data-service': q.service }));
      return;
    }
    q.items.forEach((e) => rows.push(row([[q.service], [String(e.id)], [e.consumer], [e.eventType || ''], [e.reason],
      [String(e.attempts), 'n']], { 'data-service': q.service, title: `POST ${q.adminUrl}/${e.id}/replay` })));
    if (q.count > q.items.length) {
      rows.push(row([[q.service], ['…'], [`${q.count - q.items.length} more at ${q.adminUrl}`], [''], [''], ['']]));
    }
  });
  document.querySelector('#table-parked tbody').replaceChildren(...rows);
  const empty = $('parked-empty');
  empty.hidden = rows.length > 0 && p.total != null && p.total > 0;
  empty.textContent = p.total == null ? NA : (p.total > 0 ? '' : 'Nothing parked.');
}

// Each service's link to the clearinghouse: up or down and why (the connection's error only), a refused host key,
// the files waiting and those that could not be read; n/a while a service does not answer.
function renderClearinghouse(links) {
  const rows = links.map((l) => {
    if (l.state == null) {
      return row([[l.service], [NA], [''], [''], [''], [''], ['']], { 'data-service': l.service, class: 'down' });
    }
    const waiting = l.backlog == null ? NA : `${l.backlog} ${l.backlogDirection === 'inbound' ? 'in' : 'out'}`;
    return row([[l.service], [l.state], [fmtCount(l.consecutiveFailures), 'n'], [l.lastError || ''],
      [l.hostKeyRefused ? 'REFUSED' : 'ok'], [waiting, 'n'], [fmtCount(l.failedFiles), 'n']],
      { 'data-service': l.service, class: l.state === 'DOWN' || l.hostKeyRefused ? 'down' : 'up',
        title: l.lastSuccess ? `last round through ${new Date(l.lastSuccess).toLocaleString()}` : 'no round through yet' });
  });
  document.querySelector('#table-clearinghouse tbody').replaceChildren(...rows);
}

function addChange(sequence, e, fresh) {
  const li = el('li', { 'data-sequence': sequence, 'data-claim': e.claimId, class: fresh ? 'fresh' : '' });
  li.appendChild(el('time', {}, new Date(e.changedAt).toLocaleTimeString()));
  const what = el('span');
  what.appendChild(el('span', { class: 'badge ' + e.toStatus }, e.toStatus));
  // responsibility: who the claim is with (primary, secondary, tertiary payer or patient); absent in older events.
  const withWhom = e.responsibility ? ` · with ${e.responsibility.toLowerCase()}` : '';
  what.appendChild(document.createTextNode(` ${e.payerId}${withWhom} · ${fmtMoney(e.outstanding)} open`));
  li.appendChild(what);
  li.appendChild(el('span', {}, `${e.reason}${e.reasonCodes && e.reasonCodes.length ? ' [' + e.reasonCodes.join(', ') + ']' : ''}`));
  const feed = $('feed');
  feed.prepend(li);
  while (feed.children.length > 50) feed.lastChild.remove();
}

// The page's calls say they are a script's: an ended session then answers 499 (not a login page a script cannot
// show), and the page reloads itself, which goes through the sign-in again.
const SCRIPT_CALL = { Accept: 'application/json', 'X-Requested-With': 'JavaScript' };
function signInAgainIfEnded(response) {
  if (response.status === 499) window.location.reload();
}

let refreshing = null;
let again = false;
// Many changes in a burst cost one summary: a refresh already under way is followed by exactly one more.
function refresh() {
  if (refreshing) { again = true; return refreshing; }
  refreshing = fetch('api/summary', { headers: SCRIPT_CALL })
    .then((r) => { signInAgainIfEnded(r); if (!r.ok) throw new Error('HTTP ' + r.status); return r.json(); })
    .then(render)
    .catch((err) => setText('updated', 'failed: ' + err.message))
    .finally(() => { refreshing = null; if (again) { again = false; refresh(); } });
  return refreshing;
}

function connect(after) {
  const stream = new EventSource('claim-status/stream?after=' + after);
  const live = $('live');
  stream.addEventListener('ready', () => { live.className = 'live on'; live.textContent = 'live'; });
  stream.addEventListener('claim-status', (m) => { addChange(Number(m.lastEventId), JSON.parse(m.data), true); refresh(); });
  stream.addEventListener('reset', () => refresh());
  stream.onerror = () => { live.className = 'live off'; live.textContent = 'reconnecting…'; };
}

async function start() {
  await refresh();
  const recent = await fetch('api/changes?limit=20', { headers: SCRIPT_CALL })
    .then((r) => { signInAgainIfEnded(r); return r.json(); }).catch(() => []);
  const upTo = Number(document.body.dataset.sequence);
  recent.reverse().filter((c) => c.sequence <= upTo).forEach((c) => addChange(c.sequence, c.event, false));
  connect(document.body.dataset.sequence);
  // Work queues and underpayments change without a claim status change: look again now and then.
  setInterval(refresh, 15000);
}

start();
