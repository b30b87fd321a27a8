// The HTML report's script (format/html.ts inlines it, with a hash in the
// page's Content-Security-Policy). It reads the report's data from the
// JSON block #report-data and builds every element with textContent, never
// innerHTML: a post's text is shown as written, however hostile. It renders
// only what is on screen (one month, one week, or the list fifty posts at a
// time), so that a schedule of 10,000 posts opens at once.
(() => {
  'use strict';
  const DATA = JSON.parse(document.getElementById('report-data').textContent);
  const SEVERITIES = ['error', 'warning', 'suggestion'];
  const PRESENCES = ['professional', 'personal'];
  const DAY_MS = 86400000;
  const PAGE = 50;
  /** Cards shown per lane of a day before "+N more". */
  const CARDS = { month: 3, week: 40 };
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  const NO_PLATFORM = '(none)';

  /** An element with attributes and children (strings become text nodes). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [key, value] of Object.entries(attrs)) {
        if (value === undefined || value === null || value === false) continue;
        if (key === 'class') node.className = value;
        else if (key === 'text') node.textContent = value;
        else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, value === true ? '' : String(value));
      }
    }
    for (const child of children) {
      if (child === undefined || child === null || child === false) continue;
      node.append(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function plural(n, word) {
    return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
  }

  // --- The data, indexed once ---
  const posts = DATA.posts;
  const findings = DATA.findings;
  const byPost = posts.map(() => []);
  for (let i = 0; i < findings.length; i++) byPost[findings[i].q].push(i);
  const times = posts.map((p) => (p.d ? Date.parse(p.d) : NaN));
  const platformsOf = posts.map((p) => (p.pl.length ? p.pl : [NO_PLATFORM]));
  /** Dated posts by UTC day (days since the epoch), in time order. */
  const byDay = new Map();
  const dated = [];
  const undated = [];
  posts.forEach((_, q) => (Number.isNaN(times[q]) ? undated : dated).push(q));
  dated.sort((a, b) => times[a] - times[b] || a - b);
  for (const q of dated) {
    const day = Math.floor(times[q] / DAY_MS);
    const list = byDay.get(day);
    if (list) list.push(q);
    else byDay.set(day, [q]);
  }
  const platforms = [...new Set(platformsOf.flat())].sort();
  const ruleIds = DATA.rules.map((r) => r.id);
  const usedRules = [...new Set(findings.map((f) => f.r))].sort((a, b) => (ruleIds[a] < ruleIds[b] ? -1 : 1));

  // --- Filters ---
  const filter = {
    presence: new Set(PRESENCES),
    platform: new Set(platforms),
    rule: new Set(usedRules),
    severity: new Set([...SEVERITIES, 'none']),
    source: new Set(['new', 'baseline']),
    file: '',
  };
  let shown = new Uint8Array(posts.length);
  /** Posts that pass the presence, platform and file filters, whatever their findings (the ignores' audit trail). */
  let inScope = new Uint8Array(posts.length);
  /** Whether a finding passes the rule, severity and new/baseline filters. */
  function findingShown(i) {
    const f = findings[i];
    return filter.rule.has(f.r) && filter.severity.has(SEVERITIES[f.v]) && filter.source.has(f.bl ? 'baseline' : 'new');
  }
  function applyFilters() {
    const file = filter.file.trim().toLowerCase();
    const next = new Uint8Array(posts.length);
    const scope = new Uint8Array(posts.length);
    for (let q = 0; q < posts.length; q++) {
      const p = posts[q];
      if (!filter.presence.has(p.p)) continue;
      if (!platformsOf[q].some((x) => filter.platform.has(x))) continue;
      if (file && !DATA.files[p.f].toLowerCase().includes(file)) continue;
      scope[q] = 1;
      const own = byPost[q];
      next[q] = own.length === 0 ? (filter.severity.has('none') ? 1 : 0) : own.some(findingShown) ? 1 : 0;
    }
    shown = next;
    inScope = scope;
  }

  // --- The page ---
  const root = document.getElementById('app');
  const view = { name: 'month', cursor: initialCursor(), listLimit: PAGE, undatedLimit: PAGE };
  readHash();

  function initialCursor() {
    const now = Date.now();
    const upcoming = dated.find((q) => times[q] >= now);
    const at = upcoming !== undefined ? times[upcoming] : dated.length ? times[dated[dated.length - 1]] : now;
    return Math.floor(at / DAY_MS);
  }

  function readHash() {
    const params = new URLSearchParams(location.hash.slice(1));
    const v = params.get('view');
    if (v && ['month', 'week', 'list', 'ignores', 'baseline'].includes(v)) view.name = v;
    const date = params.get('date');
    if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) view.cursor = Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
  }

  function dayLabel(day, withYear) {
    const d = new Date(day * DAY_MS);
    return `${DOW[(d.getUTCDay() + 6) % 7]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()].slice(0, 3)}${withYear ? ` ${d.getUTCFullYear()}` : ''}`;
  }
  function isoDay(day) {
    return new Date(day * DAY_MS).toISOString().slice(0, 10);
  }
  function timeOf(q) {
    return Number.isNaN(times[q]) ? '' : new Date(times[q]).toISOString().slice(11, 16);
  }

  function severityCounts(q, onlyShown) {
    const counts = [0, 0, 0];
    for (const i of byPost[q]) if (!onlyShown || findingShown(i)) counts[findings[i].v]++;
    return counts;
  }

  function badges(q) {
    const counts = severityCounts(q, true);
    const out = [];
    counts.forEach((n, v) => {
      if (n) out.push(el('span', { class: `badge ${SEVERITIES[v]}`, text: `${n} ${SEVERITIES[v]}${n === 1 ? '' : 's'}` }));
    });
    if (!byPost[q].length) out.push(el('span', { class: 'badge ok', text: 'clean' }));
    return out;
  }

  function excerpt(q) {
    const body = posts[q].s[0];
    const text = body ? body[1] : '';
    return text.length > 90 ? `${text.slice(0, 90)}…` : text;
  }

  function card(q) {
    const p = posts[q];
    const label = `${p.p} post, ${platformsOf[q].join(', ')}${timeOf(q) ? ` at ${timeOf(q)} UTC` : ''}, ${DATA.files[p.f]}: ${byPost[q].length ? plural(byPost[q].length, 'finding') : 'no findings'}`;
    return el(
      'button',
      { type: 'button', class: `card ${p.p}`, 'data-file': DATA.files[p.f], 'data-index': p.i, 'aria-label': label, onclick: (e) => openPost(q, e.currentTarget) },
      el('span', { class: 'head' }, timeOf(q) ? el('span', { class: 'time', text: timeOf(q) }) : null, ...platformsOf[q].map((x) => el('span', { class: 'badge platform', text: x })), ...badges(q)),
      el('span', { class: 'excerpt', text: excerpt(q) }),
    );
  }

  /** The cards of one presence's lane in a day, the first `limit` of them and a button for the rest. */
  function lane(presence, list, limit, day) {
    const mine = list.filter((q) => posts[q].p === presence);
    if (!mine.length) return null;
    const box = el('div', { class: `lane ${presence}`, role: 'group', 'aria-label': `${presence} presence` }, el('div', { class: 'lane-name', text: presence }));
    for (const q of mine.slice(0, limit)) box.append(card(q));
    if (mine.length > limit) {
      box.append(el('button', { type: 'button', class: 'more', text: `+${mine.length - limit} more`, onclick: (e) => openDay(day, presence, e.currentTarget) }));
    }
    return box;
  }

  function dayCell(day, inMonth, limit) {
    const list = (byDay.get(day) || []).filter((q) => shown[q]);
    const cell = el('div', { class: `day${inMonth ? '' : ' outside'}`, role: 'gridcell', 'data-day': isoDay(day), 'aria-label': `${dayLabel(day, true)}: ${plural(list.length, 'post')}` });
    cell.append(el('div', { class: 'date', text: dayLabel(day, false) }));
    for (const presence of PRESENCES) {
      if (filter.presence.has(presence)) {
        const box = lane(presence, list, limit, day);
        if (box) cell.append(box);
      }
    }
    return cell;
  }

  /** Monday of the week of a day. */
  function weekStart(day) {
    const dow = (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
    return day - dow;
  }

  function calendar(kind) {
    const wrap = el('section', { 'aria-labelledby': 'calendar-title' });
    const d = new Date(view.cursor * DAY_MS);
    let first;
    let last;
    let title;
    if (kind === 'month') {
      const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS;
      const end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS - 1;
      first = weekStart(start);
      last = weekStart(end) + 6;
      title = `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    } else {
      first = weekStart(view.cursor);
      last = first + 6;
      title = `Week of ${dayLabel(first, true)}`;
    }
    const step = (n) => () => {
      if (kind === 'month') {
        const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
        view.cursor = m.getTime() / DAY_MS;
      } else view.cursor += 7 * n;
      render();
      document.getElementById(n < 0 ? 'prev' : 'next')?.focus();
    };
    let count = 0;
    for (let day = first; day <= last; day++) for (const q of byDay.get(day) || []) if (shown[q]) count++;
    wrap.append(
      el(
        'div',
        { class: 'toolbar' },
        el('button', { type: 'button', id: 'prev', onclick: step(-1), 'aria-label': kind === 'month' ? 'Previous month' : 'Previous week', text: '◀' }),
        el('h2', { id: 'calendar-title', text: title }),
        el('button', { type: 'button', id: 'next', onclick: step(1), 'aria-label': kind === 'month' ? 'Next month' : 'Next week', text: '▶' }),
        el('span', { class: 'status', role: 'status', text: `${plural(count, 'post')} shown in this ${kind}` }),
      ),
    );
    const grid = el('div', { class: `calendar ${kind}`, role: 'grid', 'aria-label': title });
    const head = el('div', { role: 'row', class: 'row' });
    for (const name of DOW) head.append(el('div', { class: 'dow', role: 'columnheader', text: name }));
    grid.append(head);
    const month = d.getUTCMonth();
    for (let week = first; week <= last; week += 7) {
      const row = el('div', { role: 'row', class: 'row' });
      for (let day = week; day < week + 7; day++) {
        const inMonth = kind === 'week' || new Date(day * DAY_MS).getUTCMonth() === month;
        row.append(dayCell(day, inMonth, CARDS[kind]));
      }
      grid.append(row);
    }
    wrap.append(grid);
    wrap.append(undatedSection());
    return wrap;
  }

  function undatedSection() {
    const list = undated.filter((q) => shown[q]);
    const section = el('section', { 'aria-labelledby': 'undated-title', class: 'undated' }, el('h2', { id: 'undated-title', text: `Not scheduled (${list.length.toLocaleString('en-US')})` }));
    if (!list.length) {
      section.append(el('p', { class: 'empty', text: undated.length ? 'No post without a date matches the filters.' : 'Every post has a date.' }));
      return section;
    }
    const box = el('div', { class: 'undated-cards' });
    for (const q of list.slice(0, view.undatedLimit)) box.append(card(q));
    section.append(box);
    if (list.length > view.undatedLimit) {
      section.append(el('button', { type: 'button', class: 'more', text: `Show ${Math.min(PAGE, list.length - view.undatedLimit)} more of ${list.length - view.undatedLimit}`, onclick: () => { view.undatedLimit += PAGE; render(); } }));
    }
    return section;
  }

  /** The pieces of a text between the edges of its findings' spans, each with the findings over it. */
  function highlighted(text, marks) {
    const box = el('p', { class: 'text' });
    if (!marks.length) {
      box.textContent = text;
      return box;
    }
    const edges = new Set([0, text.length]);
    for (const m of marks) {
      edges.add(Math.max(0, Math.min(text.length, m.a)));
      edges.add(Math.max(0, Math.min(text.length, m.b)));
    }
    const points = [...edges].sort((a, b) => a - b);
    for (let k = 0; k < points.length - 1; k++) {
      const from = points[k];
      const to = points[k + 1];
      const over = marks.filter((m) => m.a < to && m.b > from);
      const piece = text.slice(from, to);
      if (!over.length) {
        box.append(piece);
        continue;
      }
      const worst = Math.min(...over.map((m) => findings[m.i].v));
      const mark = el('mark', { class: SEVERITIES[worst] });
      for (const m of over) if (m.a === from) mark.append(el('sup', { text: String(m.n) }));
      mark.append(piece);
      box.append(mark);
    }
    return box;
  }

  function findingItem(i, n) {
    const f = findings[i];
    const rule = DATA.rules[f.r];
    return el(
      'li',
      { value: n },
      el('span', { class: `badge ${SEVERITIES[f.v]}`, text: SEVERITIES[f.v] }),
      ' ',
      f.m,
      ' ',
      rule.url ? el('a', { class: 'rule', href: rule.url, text: rule.id }) : el('span', { class: 'rule', text: rule.id }),
      ' ',
      el('span', { class: 'where', text: `${f.l}:${f.c}` }),
      f.bl ? el('span', { class: 'badge baseline', text: 'in baseline' }) : null,
    );
  }

  /** One post in full: each text with its findings highlighted, their messages beside it, and its ignore entries. */
  function postDetail(q, level) {
    const p = posts[q];
    const own = byPost[q].filter(findingShown);
    const article = el('article', { class: `post ${p.p}`, 'data-file': DATA.files[p.f], 'data-index': p.i });
    article.append(
      el(
        `h${level}`,
        null,
        el('span', { text: `${DATA.files[p.f]} · post ${p.i}` }),
        el('span', { class: 'badge platform', text: p.p }),
        ...platformsOf[q].map((x) => el('span', { class: 'badge platform', text: x })),
        el('span', { class: 'where', text: Number.isNaN(times[q]) ? 'not scheduled' : `${isoDay(Math.floor(times[q] / DAY_MS))} ${timeOf(q)} UTC` }),
        ...badges(q),
      ),
    );
    let n = 0;
    const numbered = own.map((i) => ({ i, n: ++n, a: findings[i].a, b: findings[i].b, fd: findings[i].fd }));
    const fields = p.s.length ? p.s : [['body', '']];
    for (const [field, text] of fields) {
      const here = numbered.filter((m) => m.fd === field);
      const marks = here.filter((m) => m.a >= 0);
      const segment = el('div', { class: 'segment' });
      const left = el('div', null, el('div', { class: 'field', text: field === 'body' ? 'Post text' : field }), p.s.length ? highlighted(text, marks) : el('p', { class: 'empty', text: 'The text of this post is not in the report.' }));
      const right = el('div', null);
      if (here.length) {
        const list = el('ol', { class: 'findings', 'aria-label': `Findings in ${field === 'body' ? 'the post text' : field}` });
        for (const m of here) list.append(findingItem(m.i, m.n));
        right.append(list);
      }
      segment.append(left, right);
      article.append(segment);
    }
    const elsewhere = numbered.filter((m) => !fields.some(([field]) => field === m.fd));
    if (elsewhere.length) {
      const list = el('ol', { class: 'findings', 'aria-label': 'Other findings' });
      for (const m of elsewhere) list.append(findingItem(m.i, m.n));
      article.append(el('div', { class: 'field', text: 'About the post' }), list);
    }
    if (p.ig.length) {
      const list = el('ul', { 'aria-label': 'Ignore entries' });
      for (const [ruleId, reason, line, used] of p.ig) list.append(el('li', null, el('span', { class: 'rule', text: ruleId }), ` ignored (line ${line}): “${reason}”`, used ? '' : ' (suppressed nothing in this run)'));
      article.append(el('div', { class: 'field', text: 'Ignored, with reasons' }), list);
    }
    return article;
  }

  // --- The dialog: one post, or every card of a day ---
  const dialog = el('dialog', { 'aria-labelledby': 'dialog-title' });
  let opener = null;
  dialog.addEventListener('close', () => {
    // Opened again before this event came: the new contents stay.
    if (dialog.open) return;
    dialog.replaceChildren();
    // The browser gives the focus back to the opener itself; the 'close'
    // event comes a task later, when the user may already have moved on, so
    // take the focus back only when nothing holds it.
    const active = document.activeElement;
    if (!active || active === document.body || dialog.contains(active)) opener?.focus();
    opener = null;
  });
  function showDialog(title, body, from) {
    opener = opener || from;
    dialog.replaceChildren(
      el('div', { class: 'toolbar' }, el('h2', { id: 'dialog-title', text: title }), el('button', { type: 'button', text: 'Close', onclick: () => dialog.close() })),
      body,
    );
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('button')?.focus();
  }
  function openPost(q, from) {
    showDialog(`Post ${posts[q].i} of ${DATA.files[posts[q].f]}`, postDetail(q, 3), from);
  }
  function openDay(day, presence, from) {
    const list = (byDay.get(day) || []).filter((q) => shown[q] && posts[q].p === presence);
    const box = el('div');
    for (const q of list) box.append(card(q));
    showDialog(`${dayLabel(day, true)}: ${presence} (${list.length})`, box, from);
  }

  function listView() {
    const list = [...dated, ...undated].filter((q) => shown[q]);
    const section = el('section', { 'aria-labelledby': 'list-title' });
    section.append(el('div', { class: 'toolbar' }, el('h2', { id: 'list-title', text: 'Every post' }), el('span', { class: 'status', role: 'status', text: `${plural(list.length, 'post')} match the filters; dated posts first, in time order` })));
    const ul = el('ul', { class: 'posts' });
    for (const q of list.slice(0, view.listLimit)) ul.append(el('li', null, postDetail(q, 3)));
    section.append(ul);
    if (list.length > view.listLimit) {
      const more = el('button', { type: 'button', class: 'more', text: `Show ${Math.min(PAGE, list.length - view.listLimit)} more of ${list.length - view.listLimit}`, onclick: () => { view.listLimit += PAGE; render(); } });
      section.append(more);
    }
    if (!list.length) section.append(el('p', { class: 'empty', text: 'No post matches the filters.' }));
    return section;
  }

  function ignoresView() {
    const section = el('section', { 'aria-labelledby': 'ignores-title' }, el('h2', { id: 'ignores-title', text: 'Ignored findings, with their reasons' }));
    const rows = [];
    posts.forEach((p, q) => {
      if (inScope[q]) for (const entry of p.ig) rows.push([q, ...entry]);
    });
    if (!rows.length) {
      section.append(el('p', { class: 'empty', text: 'No post ignores a rule.' }));
      return section;
    }
    const table = el('table', null, el('caption', { class: 'sr-only', text: 'Every ignore entry of the posts shown' }), el('thead', null, el('tr', null, ...['File', 'Post', 'Presence', 'Rule', 'Reason', 'Line', 'In this run'].map((h) => el('th', { scope: 'col', text: h })))));
    const body = el('tbody');
    for (const [q, ruleId, reason, line, used] of rows.slice(0, 2000)) {
      const p = posts[q];
      body.append(el('tr', null, el('td', { text: DATA.files[p.f] }), el('td', null, el('button', { type: 'button', class: 'more', text: `post ${p.i}`, onclick: (e) => openPost(q, e.currentTarget) })), el('td', { text: p.p }), el('td', { class: 'rule', text: ruleId }), el('td', { text: reason }), el('td', { class: 'num', text: String(line) }), el('td', { text: used ? 'suppressed a finding' : 'suppressed nothing' })));
    }
    table.append(body);
    section.append(table);
    if (rows.length > 2000) section.append(el('p', { class: 'status', text: `The first 2,000 of ${rows.length.toLocaleString('en-US')} entries.` }));
    return section;
  }

  function baselineView() {
    const section = el('section', { 'aria-labelledby': 'baseline-title' }, el('h2', { id: 'baseline-title', text: 'What the baseline holds' }));
    const known = findings.map((f, i) => i).filter((i) => findings[i].bl);
    const fresh = findings.length - known.length;
    section.append(el('p', null, DATA.baselineFile ? `${plural(known.length, 'finding')} of this run ${known.length === 1 ? 'is' : 'are'} in the baseline ${DATA.baselineFile} and left out of the other formats; ${plural(fresh, 'finding')} ${fresh === 1 ? 'is' : 'are'} new.` : 'This run read no baseline: every finding is new.'));
    if (!known.length) return section;
    const table = el('table', null, el('thead', null, el('tr', null, ...['File', 'Line', 'Rule', 'Severity', 'Message'].map((h) => el('th', { scope: 'col', text: h })))));
    const body = el('tbody');
    for (const i of known.slice(0, 2000)) {
      const f = findings[i];
      body.append(el('tr', null, el('td', { text: DATA.files[posts[f.q].f] }), el('td', { class: 'num', text: `${f.l}:${f.c}` }), el('td', { class: 'rule', text: ruleIds[f.r] }), el('td', { text: SEVERITIES[f.v] }), el('td', { text: f.m })));
    }
    table.append(body);
    section.append(table);
    return section;
  }

  // --- The parts that do not change with the view ---
  function checkboxes(legend, name, values, set, labelOf) {
    const box = el('fieldset', null, el('legend', { text: legend }));
    for (const value of values) {
      const input = el('input', { type: 'checkbox', name, value, checked: set.has(value) });
      input.addEventListener('change', () => {
        if (input.checked) set.add(value);
        else set.delete(value);
        refresh();
      });
      box.append(el('label', null, input, labelOf ? labelOf(value) : String(value)));
    }
    return box;
  }

  function filtersPanel() {
    const panel = el('aside', { class: 'filters', 'aria-label': 'Filters' }, el('h2', { text: 'Filters' }));
    panel.append(checkboxes('Presence', 'presence', PRESENCES, filter.presence));
    panel.append(checkboxes('Platform', 'platform', platforms, filter.platform));
    panel.append(checkboxes('Severity', 'severity', [...SEVERITIES, 'none'], filter.severity, (v) => (v === 'none' ? 'posts without findings' : v)));
    if (usedRules.length) panel.append(checkboxes('Rule', 'rule', usedRules, filter.rule, (r) => ruleIds[r]));
    panel.append(checkboxes('Findings', 'source', ['new', 'baseline'], filter.source, (v) => (v === 'new' ? 'new' : 'in the baseline')));
    const search = el('input', { type: 'search', id: 'file-filter', placeholder: 'part of a file path' });
    let timer;
    search.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        filter.file = search.value;
        refresh();
      }, 150);
    });
    panel.append(el('fieldset', null, el('legend', null, el('label', { for: 'file-filter', text: 'File' })), search));
    panel.append(
      el('div', { class: 'filter-actions' }, el('button', { type: 'button', text: 'Show everything', onclick: () => { filter.presence = new Set(PRESENCES); filter.platform = new Set(platforms); filter.rule = new Set(usedRules); filter.severity = new Set([...SEVERITIES, 'none']); filter.source = new Set(['new', 'baseline']); filter.file = ''; build(); } })),
    );
    return panel;
  }

  function countsSection() {
    const perRule = new Map();
    for (const f of findings) {
      const row = perRule.get(f.r) || [0, 0, 0, 0];
      row[f.v]++;
      if (f.bl) row[3]++;
      perRule.set(f.r, row);
    }
    const ruleTable = el('table', null, el('caption', { text: 'Findings per rule' }), el('thead', null, el('tr', null, el('th', { scope: 'col', text: 'Rule' }), ...['Errors', 'Warnings', 'Suggestions', 'In baseline'].map((h) => el('th', { scope: 'col', class: 'num', text: h })))));
    const ruleBody = el('tbody');
    for (const r of usedRules) {
      const row = perRule.get(r);
      const rule = DATA.rules[r];
      ruleBody.append(el('tr', null, el('th', { scope: 'row' }, rule.url ? el('a', { class: 'rule', href: rule.url, text: rule.id }) : el('span', { class: 'rule', text: rule.id })), ...row.map((n) => el('td', { class: 'num', text: n.toLocaleString('en-US') }))));
    }
    if (!usedRules.length) ruleBody.append(el('tr', null, el('td', { colspan: 5, class: 'empty', text: 'No findings.' })));
    ruleTable.append(ruleBody);
    const presenceTable = el('table', null, el('caption', { text: 'Per presence' }), el('thead', null, el('tr', null, el('th', { scope: 'col', text: 'Presence' }), ...['Posts', 'With findings', 'Errors', 'Warnings', 'Suggestions'].map((h) => el('th', { scope: 'col', class: 'num', text: h })))));
    const presenceBody = el('tbody');
    for (const presence of PRESENCES) {
      const row = [0, 0, 0, 0, 0];
      posts.forEach((p, q) => {
        if (p.p !== presence) return;
        row[0]++;
        if (byPost[q].length) row[1]++;
        for (const i of byPost[q]) row[2 + findings[i].v]++;
      });
      presenceBody.append(el('tr', null, el('th', { scope: 'row', text: presence }), ...row.map((n) => el('td', { class: 'num', text: n.toLocaleString('en-US') }))));
    }
    presenceTable.append(presenceBody);
    return el('section', { class: 'counts', 'aria-label': 'Counts' }, ruleTable, presenceTable);
  }

  const TABS = [
    ['month', 'Month'],
    ['week', 'Week'],
    ['list', 'List'],
    ['ignores', 'Ignores'],
    ['baseline', 'Baseline'],
  ];
  function tabs() {
    const bar = el('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Views' });
    for (const [name, label] of TABS) {
      const selected = view.name === name;
      bar.append(
        el('button', {
          type: 'button',
          role: 'tab',
          id: `tab-${name}`,
          'aria-selected': selected ? 'true' : 'false',
          'aria-controls': 'view',
          tabindex: selected ? '0' : '-1',
          text: label,
          onclick: () => { view.name = name; render(); document.getElementById(`tab-${name}`).focus(); },
          onkeydown: (e) => {
            const at = TABS.findIndex(([n]) => n === name);
            const to = e.key === 'ArrowRight' ? (at + 1) % TABS.length : e.key === 'ArrowLeft' ? (at + TABS.length - 1) % TABS.length : -1;
            if (to < 0) return;
            e.preventDefault();
            view.name = TABS[to][0];
            render();
            document.getElementById(`tab-${view.name}`).focus();
          },
        }),
      );
    }
    return bar;
  }

  let viewBox;
  let tabBox;
  function render() {
    const next = view.name === 'month' || view.name === 'week' ? calendar(view.name) : view.name === 'list' ? listView() : view.name === 'ignores' ? ignoresView() : baselineView();
    viewBox.replaceChildren(next);
    viewBox.setAttribute('aria-labelledby', `tab-${view.name}`);
    const bar = tabs();
    tabBox.replaceWith(bar);
    tabBox = bar;
  }
  function refresh() {
    applyFilters();
    view.listLimit = PAGE;
    view.undatedLimit = PAGE;
    render();
  }

  function build() {
    applyFilters();
    const main = el('main', { id: 'main' });
    tabBox = el('div');
    viewBox = el('div', { id: 'view', role: 'tabpanel' });
    main.append(countsSection(), tabBox, viewBox);
    root.replaceChildren(el('div', { class: 'layout' }, filtersPanel(), main), dialog);
    render();
  }

  build();
  document.documentElement.dataset.ready = 'true';
  performance.mark('presence-report-ready');
})();
