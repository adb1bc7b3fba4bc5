// The portal page of `ocop serve`: a scoring form built only from the criteria contract
// (GET /v1/versions, /v1/versions/{id}, /v1/versions/{id}/sets/{code}/criteria), a dossier in the dossier format
// (docs/reference/dossier-format.md) built from it, and the service's rating and plan shown in Vietnamese.
// Nothing here knows a criterion, a point or a rule: everything comes from the service.

const $ = (id) => document.getElementById(id);
const LANG = 'lang=vi';
const PART_NAMES = {A: 'Phần A', B: 'Phần B', C: 'Phần C'};
const OUTCOMES = {
  RATED: 'Đã xếp hạng', REFUSED: 'Không xếp hạng (chưa đạt điểm tối thiểu)', DISQUALIFIED: 'Bị loại',
  STOPPED: 'Dừng chấm', COUNCIL_RULE_BREACHED: 'Vi phạm quy định về hội đồng', INVALID: 'Hồ sơ không hợp lệ',
};

const state = {
  versions: [],          // GET /v1/versions
  classification: null,  // GET /v1/versions/{id}
  doc: null,             // the criteria document of the chosen sheet
  sheet: null,           // doc.productSets[0]
  criteria: new Map(),   // code -> criterion
  members: [],           // [{key, name}]
  nextKey: 1,
  carried: {},           // dossier fields the page does not edit (ratedOn, council, recorded), kept for export
};

async function getJson(url, options) {
  const response = await fetch(url, options);
  const body = await response.json();
  if (!response.ok) {
    const error = new Error(body.detail || body.title || response.statusText);
    error.problem = body;
    throw error;
  }
  return body;
}

function status(text) {
  $('status').textContent = text;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('data-') || k.startsWith('aria-') || k === 'for' || k === 'role') node.setAttribute(k, v);
    else node[k] = v;
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function today() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

// ---- version and set choosers --------------------------------------------------------------------------------

/** The version in force on a date (ISO strings compare as dates), as the rating's SUBMISSION_DATE rule takes it. */
function versionInForce(date) {
  return state.versions.find((v) => v.inForceFrom <= date && (v.inForceUntil === null || date <= v.inForceUntil));
}

function chosenVersionId() {
  const explicit = $('f-version').value;
  if (explicit) return explicit;
  const v = versionInForce($('f-submitted').value || today());
  return v ? v.id : null;
}

function fillVersionChooser(selected) {
  const select = $('f-version');
  const byDate = versionInForce($('f-submitted').value || today());
  select.replaceChildren(el('option', {value: '', text: byDate
    ? `Theo ngày nộp hồ sơ (${byDate.decision})` : 'Theo ngày nộp hồ sơ (không có bộ tiêu chí)'}));
  for (const v of state.versions) {
    const until = v.inForceUntil ? ` đến ${v.inForceUntil}` : '';
    select.append(el('option', {value: v.id, text: `${v.decision} (từ ${v.inForceFrom}${until})`}));
  }
  select.value = selected || '';
}

async function loadClassification(keepSet) {
  const id = chosenVersionId();
  if (!id) {
    status('Không có bộ tiêu chí nào có hiệu lực vào ngày nộp hồ sơ.');
    return;
  }
  if (!state.classification || state.classification.version !== id) {
    state.classification = await getJson(`/v1/versions/${encodeURIComponent(id)}`);
  }
  const select = $('f-set');
  const previous = keepSet || select.value;
  select.replaceChildren(el('option', {value: '', text: '— Chọn bộ sản phẩm —'}));
  let group = null;
  let groupKey = null;
  for (const s of state.classification.productSets) {
    const key = `${s.class} ${s.group}`;
    if (key !== groupKey) {
      group = el('optgroup', {label: `${s.class}. ${s.className} — ${s.group} ${s.groupName}`});
      select.append(group);
      groupKey = key;
    }
    group.append(el('option', {value: s.code, disabled: !s.hasSheet,
      text: `${s.code} ${s.name}${s.hasSheet ? '' : ' (chưa có phiếu chấm)'}`}));
  }
  const available = state.classification.productSets.some((s) => s.code === previous && s.hasSheet);
  select.value = available ? previous : '';
}

/** Runs a change of version, set or date; body[data-busy] says while one runs (tests wait for it). */
async function busy(work) {
  const body = document.body;
  body.dataset.busy = String(Number(body.dataset.busy || 0) + 1);
  try {
    await work();
  } catch (e) {
    status(`Không tải được bộ tiêu chí: ${e.message}`);
  } finally {
    body.dataset.busy = String(Number(body.dataset.busy) - 1);
  }
}

async function loadSheet() {
  const id = chosenVersionId();
  const code = $('f-set').value;
  if (state.doc && state.doc.version === id && state.sheet.code === code) return; // the sheet shown already
  if (!id || !code) {
    $('sheet-card').hidden = true;
    state.doc = null;
    state.sheet = null;
    updateExport();
    return;
  }
  status('Đang tải phiếu chấm…');
  const previous = collectAnswers();
  state.doc = await getJson(`/v1/versions/${encodeURIComponent(id)}/sets/${encodeURIComponent(code)}/criteria`);
  state.sheet = state.doc.productSets[0];
  state.criteria = new Map(state.sheet.criteria.map((c) => [c.code, c]));
  renderSheet();
  applyAnswers(previous);
  $('sheet-card').hidden = false;
  clearResult();
  status(`Phiếu chấm ${state.sheet.code} theo ${state.doc.decision.number} đã sẵn sàng.`);
}

// ---- the sheet --------------------------------------------------------------------------------------------------

function inputName(member, code) {
  return `m${member.key}-c${code}`;
}

function inputId(member, optionId) {
  return `m${member.key}-o${optionId}`;
}

function renderSheet() {
  const sheet = state.sheet;
  $('sheet-title').textContent = `${sheet.code} ${sheet.sheetTitle || sheet.name} — ${state.doc.decision.number}`
    + ` (${sheet.sheetSource}); tối đa ${sheet.statedMaxPoints} điểm`
    + (sheet.reachableMaxPoints < sheet.statedMaxPoints ? `, đạt được tối đa ${sheet.reachableMaxPoints}` : '');
  const table = $('sheet');
  table.replaceChildren();
  table.setAttribute('data-set', sheet.code);
  table.setAttribute('data-version', state.doc.version);
  table.append(el('caption', {class: 'visually-hidden',
    text: 'Phiếu chấm: mỗi dòng là một mức của tiêu chí, mỗi cột là một thành viên hội đồng'}));
  const head = el('thead');
  const headRow = el('tr', {}, el('th', {scope: 'col', class: 'stub', text: 'Tiêu chí / mức'}),
    el('th', {scope: 'col', class: 'pts', text: 'Điểm'}));
  state.members.forEach((m, i) => headRow.append(memberHeader(m, i)));
  head.append(headRow);
  table.append(head);
  for (const part of sheet.parts) {
    const partBody = el('tbody', {class: 'part'});
    partBody.append(el('tr', {}, el('th', {scope: 'rowgroup', colSpan: 2 + state.members.length, class: 'part-label',
      text: `${part.label} — tối đa ${part.maxPoints} điểm`})));
    table.append(partBody);
    renderItems(table, part.items, 0);
  }
  const foot = el('tfoot');
  for (const part of sheet.parts) {
    const row = el('tr', {class: 'total-row'}, el('th', {scope: 'row', class: 'stub',
      text: `Cộng ${PART_NAMES[part.part] || part.part}`}), el('td', {class: 'pts', text: String(part.maxPoints)}));
    state.members.forEach((m) => row.append(el('td', {class: 'total', 'data-member': m.key, 'data-part': part.part,
      text: '0'})));
    foot.append(row);
  }
  const totalRow = el('tr', {class: 'total-row grand'}, el('th', {scope: 'row', class: 'stub', text: 'Tổng điểm'}),
    el('td', {class: 'pts', text: String(sheet.statedMaxPoints)}));
  state.members.forEach((m) => totalRow.append(el('td', {class: 'total', 'data-member': m.key, 'data-part': 'total',
    text: '0'})));
  foot.append(totalRow);
  table.append(foot);
  renderKnockOuts();
  refresh();
}

function memberHeader(member, index) {
  const id = `member-name-${member.key}`;
  const th = el('th', {scope: 'col', class: 'member', 'data-member': member.key},
    el('label', {for: id, class: 'visually-hidden', text: `Tên thành viên ${index + 1}`}),
    el('input', {id, value: member.name, class: 'member-name', autocomplete: 'off',
      oninput: (e) => { member.name = e.target.value; refreshLabels(); updateExport(); }}));
  if (state.members.length > 1) {
    th.append(el('button', {type: 'button', class: 'remove', text: 'Bỏ',
      'aria-label': `Bỏ thành viên ${index + 1}`, onclick: () => removeMember(member)}));
  }
  return th;
}

function renderItems(table, items, depth) {
  for (const item of items) {
    if (item.type === 'heading') {
      const body = el('tbody', {class: 'heading'});
      body.append(el('tr', {}, el('th', {scope: 'rowgroup', colSpan: 2 + state.members.length,
        class: `heading-label depth-${depth}`, text: `${item.code}. ${item.label} (tối đa ${item.maxPoints} điểm)`})));
      table.append(body);
      renderItems(table, item.items, depth + 1);
    } else {
      table.append(criterionBody(state.criteria.get(item.code)));
    }
  }
}

/** One criterion: a row group (a fieldset cannot sit in a table) labelled by its header, one row per option. */
function criterionBody(c) {
  const headerId = `crit-${c.code}`;
  const body = el('tbody', {class: 'criterion', role: 'group', 'aria-labelledby': headerId, 'data-criterion': c.code,
    'data-select': c.select});
  const cap = c.select === 'ANY' ? ` — đánh dấu các nội dung có, cộng tối đa ${c.maxPoints} điểm`
    : ` — chọn một mức, tối đa ${c.maxPoints} điểm`;
  const title = el('th', {scope: 'rowgroup', id: headerId, colSpan: 2, class: 'crit-label'},
    el('span', {class: 'code', text: c.code}), ` ${c.label}`, el('span', {class: 'cap', text: cap}));
  if (c.onlyIf) title.append(el('span', {class: 'only-if', text: ` (${c.onlyIf.text})`}));
  for (const note of c.notes) title.append(el('span', {class: 'note', text: ` ${note}`}));
  if (c.cases.length > 0) {
    const switchId = `case-${c.code}`;
    const select = el('select', {id: switchId, class: 'case-switch', 'data-criterion': c.code,
      onchange: () => { applyCase(c); refresh(); }});
    c.cases.forEach((k, i) => select.append(el('option', {value: String(i), text: k.label})));
    title.append(el('span', {class: 'case'}, el('label', {for: switchId, text: `Trường hợp của tiêu chí ${c.code}: `}),
      select));
  }
  const headRow = el('tr', {class: 'crit-head'}, title);
  state.members.forEach((m) => headRow.append(el('td', {class: 'crit-member', 'data-member': m.key,
    'data-criterion': c.code})));
  body.append(headRow);
  for (const o of c.options) {
    const marker = o.minStars ? ` ${'*'.repeat(o.minStars)}` : '';
    const text = el('th', {scope: 'row', class: 'opt-text'}, el('span', {class: 'opt-id', text: o.id}), ` ${o.text}`);
    if (o.minStars) {
      text.append(el('span', {class: 'marker', title: `Mức tối thiểu để đạt ${o.minStars} sao`,
        text: marker}));
    }
    const row = el('tr', {class: 'option', 'data-option': o.id, 'data-case': o.case === null ? null : o.case},
      text, el('td', {class: 'pts', text: String(o.points)}));
    state.members.forEach((m) => {
      const input = el('input', {type: c.select === 'ANY' ? 'checkbox' : 'radio', id: inputId(m, o.id),
        name: inputName(m, c.code), value: o.id, 'data-member': m.key, 'data-criterion': c.code,
        onchange: () => refresh()});
      row.append(el('td', {class: 'choice', 'data-member': m.key}, input));
    });
    body.append(row);
  }
  return body;
}

/** Shows the options of the case chosen on the criterion's switch; choices in the other cases are cleared. */
function applyCase(c) {
  const select = document.querySelector(`select.case-switch[data-criterion="${CSS.escape(c.code)}"]`);
  if (!select) return;
  const chosen = c.cases[Number(select.value)];
  for (const o of c.options) {
    const row = document.querySelector(`tbody[data-criterion="${CSS.escape(c.code)}"] tr[data-option="${CSS.escape(o.id)}"]`);
    const shown = chosen.options.includes(o.id);
    row.hidden = !shown;
    if (!shown) row.querySelectorAll('input').forEach((i) => { i.checked = false; });
  }
}

function renderKnockOuts() {
  const list = $('knockout-list');
  list.replaceChildren();
  for (const k of state.sheet.knockOuts) {
    const kind = k.kind === 'DISQUALIFY' ? 'Loại hồ sơ' : 'Dừng chấm';
    const where = k.at ? `tiêu chí ${k.at}` : 'đầu phiếu';
    if (k.trigger === 'FINDING') {
      const id = `finding-${k.id}`;
      list.append(el('div', {class: 'finding'},
        el('input', {type: 'checkbox', id, value: k.id, class: 'finding-box', onchange: () => updateExport()}),
        el('label', {for: id}, el('strong', {text: `${k.id}`}), ` (${kind}, ${where}): ${k.text}`)));
    } else {
      list.append(el('p', {class: 'finding choice-rule'}, el('strong', {text: k.id}),
        ` (${kind}, ${where}): ${k.text} — tự áp dụng khi thành viên chọn ${k.options.join(', ')}`));
    }
  }
  $('knockouts').hidden = state.sheet.knockOuts.length === 0;
}

function refreshLabels() {
  state.members.forEach((m, i) => {
    const name = m.name || `Thành viên ${i + 1}`;
    for (const c of state.sheet.criteria) {
      for (const o of c.options) {
        const input = $(inputId(m, o.id));
        if (input) input.setAttribute('aria-label', `${name}: ${c.code} ${c.label} — mức ${o.id} (${o.points} điểm)`);
      }
    }
  });
}

/** Greys out what does not apply, recomputes each member's totals per part, and rewrites the dossier JSON. */
function refresh() {
  if (!state.sheet) return;
  for (const m of state.members) {
    const answers = memberAnswers(m);
    const parts = {};
    for (const part of state.sheet.parts) parts[part.part] = 0;
    for (const c of state.sheet.criteria) {
      const applies = appliesTo(c, answers);
      document.querySelectorAll(`input[name="${CSS.escape(inputName(m, c.code))}"]`).forEach((input) => {
        input.disabled = !applies;
        if (!applies) input.checked = false;
        input.closest('td').classList.toggle('not-applicable', !applies);
      });
      const cell = document.querySelector(`td.crit-member[data-member="${m.key}"][data-criterion="${CSS.escape(c.code)}"]`);
      cell.textContent = applies ? '' : 'Không áp dụng';
      cell.classList.toggle('not-applicable', !applies);
      if (applies) parts[c.part] += points(c, answers.get(c.code));
    }
    let total = 0;
    for (const [part, value] of Object.entries(parts)) {
      total += value;
      const cell = document.querySelector(`td.total[data-member="${m.key}"][data-part="${part}"]`);
      if (cell) cell.textContent = String(value);
    }
    document.querySelector(`td.total[data-member="${m.key}"][data-part="total"]`).textContent = String(total);
  }
  refreshLabels();
  updateExport();
}

/** The rule of the contract's onlyIf: not applicable when the member chose one of notChosen on that criterion. */
function appliesTo(c, answers) {
  if (!c.onlyIf) return true;
  const choice = answers.get(c.onlyIf.criterion);
  return !(typeof choice === 'string' && c.onlyIf.notChosen.includes(choice));
}

/** A member's points on a criterion: the chosen option's, or the ticked lines' up to the criterion's cap. */
function points(c, answer) {
  if (answer === undefined) return 0;
  const byId = new Map(c.options.map((o) => [o.id, o.points]));
  if (c.select === 'ANY') return Math.min(c.maxPoints, answer.reduce((sum, id) => sum + byId.get(id), 0));
  return byId.get(answer);
}

/** criterion -> option id (ONE) or list of ids (ANY); checklists answered as [] when nothing is ticked. */
function memberAnswers(member) {
  const answers = new Map();
  for (const c of state.sheet.criteria) {
    const inputs = [...document.querySelectorAll(`input[name="${CSS.escape(inputName(member, c.code))}"]`)];
    if (c.select === 'ANY') {
      if (inputs.some((i) => !i.disabled)) answers.set(c.code, inputs.filter((i) => i.checked).map((i) => i.value));
    } else {
      const checked = inputs.find((i) => i.checked);
      if (checked) answers.set(c.code, checked.value);
    }
  }
  return answers;
}

// ---- members ----------------------------------------------------------------------------------------------------

function addMember(name) {
  const key = state.nextKey++;
  state.members.push({key, name: name ?? `Thành viên ${state.members.length + 1}`});
}

function rerender() {
  const answers = collectAnswers();
  renderSheet();
  applyAnswers(answers);
}

function removeMember(member) {
  const answers = collectAnswers().filter((a) => a.key !== member.key);
  state.members = state.members.filter((m) => m !== member);
  renderSheet();
  applyAnswers(answers);
  status(`Đã bỏ cột của ${member.name}.`);
}

/** Every member's answers, with the case switches and findings, to put back after the table is rebuilt. */
function collectAnswers() {
  if (!state.sheet) return [];
  const cases = {};
  document.querySelectorAll('select.case-switch').forEach((s) => { cases[s.dataset.criterion] = s.value; });
  const findings = [...document.querySelectorAll('input.finding-box:checked')].map((i) => i.value);
  return state.members.map((m) => ({key: m.key, answers: memberAnswers(m), cases, findings}));
}

function applyAnswers(previous) {
  if (!state.sheet) return;
  const first = previous[0];
  if (first) {
    document.querySelectorAll('select.case-switch').forEach((s) => {
      if (first.cases[s.dataset.criterion] !== undefined) s.value = first.cases[s.dataset.criterion];
    });
    document.querySelectorAll('input.finding-box').forEach((i) => { i.checked = first.findings.includes(i.value); });
  }
  for (const c of state.sheet.criteria) applyCase(c);
  for (const p of previous) {
    const m = state.members.find((x) => x.key === p.key);
    if (m) setMemberAnswers(m, p.answers);
  }
  refresh();
}

function setMemberAnswers(member, answers) {
  for (const [code, answer] of answers) {
    const c = state.criteria.get(code);
    if (!c) continue;
    const ids = Array.isArray(answer) ? answer : [answer];
    for (const id of ids) {
      const input = $(inputId(member, id));
      if (input) input.checked = true;
    }
  }
}

// ---- the dossier ------------------------------------------------------------------------------------------------

/** The dossier in the dossier format, in its documented key order, from the inputs alone. */
function buildDossier() {
  const text = (id) => ($(id).value.trim() === '' ? null : $(id).value.trim());
  const dossier = {
    id: text('f-id'),
    productName: text('f-product'),
    producer: text('f-producer'),
    productSet: $('f-set').value || null,
    submittedOn: $('f-submitted').value || null,
    criteriaVersion: $('f-version').value || null,
    level: $('f-level').value || null,
    ratedOn: state.carried.ratedOn ?? null,
    council: state.carried.council ?? null,
    findings: [...document.querySelectorAll('input.finding-box:checked')].map((i) => i.value),
    sheets: state.sheet ? state.members.map((m) => ({member: m.name, choices: memberAnswers(m)})) : [],
  };
  if (state.carried.recorded !== undefined) dossier.recorded = state.carried.recorded;
  return dossier;
}

/**
 * JSON text as JSON.stringify(value, null, 2) writes it, except that a Map is an object in the Map's order: a
 * member's choices stay in sheet order (JavaScript lists an object's integer-like keys such as "7" first).
 */
function toJson(value, indent = '') {
  const inner = `${indent}  `;
  if (value instanceof Map) {
    if (value.size === 0) return '{}';
    const entries = [...value].map(([k, v]) => `${inner}${JSON.stringify(k)}: ${toJson(v, inner)}`);
    return `{\n${entries.join(',\n')}\n${indent}}`;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + toJson(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${toJson(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}

function updateExport() {
  $('dossier-json').value = toJson(buildDossier());
}

function exportDossier() {
  const dossier = buildDossier();
  const blob = new Blob([toJson(dossier) + '\n'], {type: 'application/json'});
  const link = el('a', {href: URL.createObjectURL(blob), download: `${dossier.id || 'ho-so'}.json`});
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(link.href);
  status('Đã xuất hồ sơ JSON.');
}

/** Fills the form from a dossier file: its version and set, members and choices; other fields are kept as read. */
async function importDossier(file) {
  let dossier;
  try {
    dossier = JSON.parse(await file.text());
  } catch (e) {
    status(`Không đọc được tệp ${file.name}: ${e.message}`);
    return;
  }
  if (dossier === null || typeof dossier !== 'object' || Array.isArray(dossier)) {
    status(`Tệp ${file.name} không phải một hồ sơ (cần một đối tượng JSON).`);
    return;
  }
  if (dossier.memberTotals && !dossier.sheets) {
    status(`Hồ sơ ${dossier.id} chỉ có tổng điểm của thành viên, không có phiếu: hãy chấm bằng ocop rate.`);
    return;
  }
  $('f-id').value = dossier.id ?? '';
  $('f-product').value = dossier.productName ?? '';
  $('f-producer').value = dossier.producer ?? '';
  $('f-submitted').value = dossier.submittedOn ?? '';
  $('f-level').value = dossier.level ?? '';
  state.carried = {ratedOn: dossier.ratedOn ?? null, council: dossier.council ?? null};
  if (dossier.recorded !== undefined) state.carried.recorded = dossier.recorded;
  fillVersionChooser(dossier.criteriaVersion);
  state.members = [];
  for (const sheet of dossier.sheets ?? []) addMember(sheet.member);
  if (state.members.length === 0) addMember();
  await loadClassification(dossier.productSet);
  state.sheet = null;
  state.doc = null;
  await loadSheet();
  if (!state.sheet) return;
  // the case switches follow the options chosen (a case is the producer's, the same for every member)
  for (const c of state.sheet.criteria.filter((x) => x.cases.length > 0)) {
    const chosen = (dossier.sheets ?? []).map((s) => s.choices?.[c.code]).find((x) => typeof x === 'string');
    const index = c.cases.findIndex((k) => k.options.includes(chosen));
    if (index >= 0) document.querySelector(`select.case-switch[data-criterion="${CSS.escape(c.code)}"]`).value = index;
  }
  const findings = dossier.findings ?? [];
  applyAnswers(state.members.map((m, i) => ({key: m.key,
    answers: new Map(Object.entries(dossier.sheets[i].choices ?? {})),
    cases: Object.fromEntries([...document.querySelectorAll('select.case-switch')]
      .map((s) => [s.dataset.criterion, s.value])), findings})));
  status(`Đã nhập hồ sơ ${dossier.id} (${state.members.length} thành viên).`);
}

// ---- the rating ------------------------------------------------------------------------------------------------

function clearResult() {
  $('result').hidden = true;
  $('result').removeAttribute('data-state');
  $('result-body').replaceChildren();
  document.querySelectorAll('.failed').forEach((n) => n.classList.remove('failed'));
}

function stars(n) {
  return el('span', {class: 'stars', role: 'img', 'aria-label': `${n} sao`, 'data-stars': n},
    '★'.repeat(n), el('span', {class: 'stars-off', 'aria-hidden': 'true', text: '☆'.repeat(5 - n)}));
}

async function rate() {
  const dossier = buildDossier();
  clearResult();
  $('result').hidden = false;
  $('result').setAttribute('data-state', 'rating');
  status('Đang chấm điểm…');
  const body = $('result-body');
  const request = {method: 'POST', headers: {'Content-Type': 'application/json'}, body: toJson(dossier)};
  let rating;
  try {
    rating = await getJson(`/v1/rate?${LANG}`, request);
  } catch (e) {
    body.append(problemView(e));
    $('result').setAttribute('data-state', 'problem');
    status('Hồ sơ chưa chấm được: xem lỗi bên dưới.');
    return;
  }
  body.append(ratingView(rating));
  markFailedMinimums(rating);
  $('result').setAttribute('data-state', 'done');
  $('result').setAttribute('data-outcome', rating.outcome);
  status(`Kết quả: ${OUTCOMES[rating.outcome] || rating.outcome}.`);
  if (rating.outcome === 'RATED' && rating.stars < 5) {
    const section = el('section', {class: 'plan', 'aria-labelledby': 'h-plan'},
      el('h3', {id: 'h-plan', text: `Con đường lên ${rating.stars + 1} sao`}), el('p', {text: 'Đang tìm…'}));
    body.append(section);
    try {
      const plan = await getJson(`/v1/plan?${LANG}`, request);
      section.replaceChildren(section.firstChild, planView(plan));
    } catch (e) {
      section.replaceChildren(section.firstChild, problemView(e));
    }
  }
  $('result').setAttribute('data-plan', 'done');
}

function problemView(e) {
  const p = e.problem;
  const box = el('div', {class: 'problem', role: 'alert'}, el('p', {}, el('strong', {text: p?.title || 'Lỗi'}),
    ` ${p?.detail || e.message}`));
  if (p?.problems?.length) {
    const list = el('ul');
    for (const x of p.problems) list.append(el('li', {text: x.message}));
    box.append(list);
  }
  return box;
}

function dl(rows) {
  const list = el('dl', {class: 'facts'});
  for (const [term, value, attrs] of rows) {
    // the key facts (with an id) are always shown, "—" when the outcome has none (a stopped rating's average)
    if ((value === null || value === undefined) && !attrs) continue;
    list.append(el('dt', {text: term}), el('dd', attrs || {}, value ?? '—'));
  }
  return list;
}

function ratingView(r) {
  const view = el('div', {id: 'rating', 'data-outcome': r.outcome});
  const scale = r.settings.displayScale;
  const fmt = (x) => (x === null ? null : Number(x).toFixed(scale));
  view.append(dl([
    ['Kết quả', OUTCOMES[r.outcome] || r.outcome, {id: 'r-outcome', 'data-outcome': r.outcome}],
    ['Hạng sao', r.stars === null ? 'Không xếp sao' : stars(r.stars), {id: 'r-stars', 'data-stars': r.stars ?? ''}],
    ['Điểm trung bình', fmt(r.average), {id: 'r-average', 'data-average': fmt(r.average) ?? ''}],
    ['Điểm trung bình chính xác', r.averageExact, {id: 'r-average-exact', 'data-exact': r.averageExact ?? ''}],
    ['Khung điểm đạt', r.bandStars === null ? null : stars(r.bandStars), {id: 'r-band', 'data-stars': r.bandStars ?? ''}],
    ['Bộ tiêu chí', `${r.criteriaVersion} (${r.versionReason})`],
    ['Công nhận', r.recognition ? r.recognition.note : null],
  ]));
  if (r.memberTotals.length) {
    const table = el('table', {class: 'member-totals', id: 'r-member-totals'},
      el('caption', {text: 'Tổng điểm của từng thành viên (do dịch vụ tính)'}));
    const parts = state.sheet.parts.map((p) => p.part);
    table.append(el('tr', {}, el('th', {scope: 'col', text: 'Thành viên'}),
      ...parts.map((p) => el('th', {scope: 'col', text: PART_NAMES[p] || p})), el('th', {scope: 'col', text: 'Tổng'})));
    r.memberTotals.forEach((t, i) => table.append(el('tr', {'data-index': i},
      el('th', {scope: 'row', text: t.member}),
      ...parts.map((p) => el('td', {'data-part': p, text: t.parts ? String(t.parts[p]) : '—'})),
      el('td', {'data-part': 'total', text: String(t.total)}))));
    view.append(el('div', {class: 'table-scroll'}, table));
  }
  if (r.failedMinimums.length) {
    const list = el('ul', {id: 'r-failed'});
    for (const f of r.failedMinimums) {
      const below = Object.entries(f.choices).filter(([, id]) => optionPoints(f.criterion, id) < f.requiredPoints)
        .map(([member]) => member);
      list.append(el('li', {'data-criterion': f.criterion, 'data-stars': f.stars},
        `Tiêu chí ${f.criterion} ${f.label}: để đạt ${f.stars} sao mọi thành viên phải chọn từ mức ${f.requiredOption}`
        + ` (${f.requiredPoints} điểm); chưa đạt: ${below.join(', ')} (${f.source}).`));
    }
    view.append(el('h3', {text: 'Điểm tối thiểu chưa đạt'}), list);
  }
  if (r.knockOuts.length) {
    const list = el('ul', {id: 'r-knockouts'});
    for (const k of r.knockOuts) {
      list.append(el('li', {'data-knockout': k.id}, el('strong', {text: k.id}), ` ${k.text} (${k.source})`
        + (k.reasons.length ? `: ${k.reasons.join('; ')}` : '')));
    }
    view.append(el('h3', {text: 'Điểm loại'}), list);
  }
  const notes = [...r.councilBreaches.map((b) => b.detail), ...r.problems.map((p) => p.message), ...r.warnings];
  if (notes.length) {
    const list = el('ul', {id: 'r-notes'});
    notes.forEach((n) => list.append(el('li', {text: typeof n === 'string' ? n : JSON.stringify(n)})));
    view.append(el('h3', {text: 'Lưu ý'}), list);
  }
  // each rule in the page's language (text), then the criteria data it matched (facts, as the data writes them);
  // the engine's own name of the rule, the same in every language, stays at hand as the item's tooltip
  const firings = el('ol', {id: 'r-firings'});
  for (const f of r.explanation.firings) {
    firings.append(el('li', {'data-rule': f.rule, title: f.rule}, el('span', {class: 'rule-text', text: f.text}),
      f.facts.length ? el('span', {class: 'rule-facts', text: `: ${f.facts.join('; ')}`}) : null));
  }
  view.append(el('details', {class: 'explanation', id: 'r-explanation'},
    el('summary', {text: 'Giải thích cách chấm (các quy tắc đã áp dụng)'}), firings));
  return view;
}

function optionPoints(code, id) {
  const c = state.criteria.get(code);
  const o = c && c.options.find((x) => x.id === id);
  return o ? o.points : -1;
}

/** Highlights each failed minimum at its criterion and at the member columns whose choice is below it. */
function markFailedMinimums(r) {
  for (const f of r.failedMinimums) {
    const body = document.querySelector(`tbody.criterion[data-criterion="${CSS.escape(f.criterion)}"]`);
    if (body) body.classList.add('failed');
    state.members.forEach((m, i) => {
      const chosen = f.choices[m.name];
      if (chosen !== undefined && optionPoints(f.criterion, chosen) < f.requiredPoints) {
        document.querySelector(`td.crit-member[data-member="${m.key}"][data-criterion="${CSS.escape(f.criterion)}"]`)
          ?.classList.add('failed');
        document.querySelector(`th.member[data-member="${m.key}"]`)?.classList.add('failed');
        const cell = $(inputId(m, chosen))?.closest('td');
        if (cell) cell.classList.add('failed');
        void i;
      }
    });
  }
}

function planView(advice) {
  const box = el('div', {id: 'r-plan'});
  if (advice.reason) box.append(el('p', {text: advice.reason}));
  advice.plans.forEach((p, n) => {
    const steps = el('ul');
    for (const s of p.steps) {
      steps.append(el('li', {text: `Tiêu chí ${s.criterion} ${s.label}: ${s.moved.join(', ')} lên mức ${s.target}`
        + ` (${s.targetPoints} điểm, thêm ${Number(s.pointsGained).toFixed(2)} điểm trung bình)`}));
    }
    box.append(el('div', {class: 'plan-item'}, el('p', {text: `Phương án ${n + 1}: thay đổi ${p.criteriaChanged}`
      + ` tiêu chí, điểm trung bình sau ${Number(p.averageAfter).toFixed(2)}, đạt ${p.stars} sao.`}), steps));
  });
  if (!advice.reason && advice.plans.length === 0) box.append(el('p', {text: 'Không có phương án.'}));
  return box;
}

// ---- start ------------------------------------------------------------------------------------------------------

async function start() {
  const params = new URLSearchParams(location.search);
  $('f-submitted').value = today();
  for (let i = 0; i < 3; i++) addMember();
  try {
    state.versions = (await getJson('/v1/versions')).versions;
    const wanted = params.get('version');
    fillVersionChooser(state.versions.some((v) => v.id === wanted) ? wanted : '');
    if (wanted && !state.versions.some((v) => v.id === wanted)) {
      status(`Không có bộ tiêu chí ${wanted}; có: ${state.versions.map((v) => v.id).join(', ')}.`);
    }
    await loadClassification(params.get('set'));
    await loadSheet();
  } catch (e) {
    status(`Không tải được bộ tiêu chí: ${e.message}`);
  }
  $('f-submitted').addEventListener('change', () => busy(async () => {
    fillVersionChooser($('f-version').value);
    await loadClassification();
    await loadSheet();
  }));
  $('f-version').addEventListener('change', () => busy(async () => { await loadClassification(); await loadSheet(); }));
  $('f-set').addEventListener('change', () => busy(loadSheet));
  for (const id of ['f-id', 'f-product', 'f-producer', 'f-level']) $(id).addEventListener('input', updateExport);
  $('b-add-member').addEventListener('click', () => { addMember(); rerender(); });
  $('b-export').addEventListener('click', exportDossier);
  $('f-import').addEventListener('change', (e) => {
    if (e.target.files[0]) busy(() => importDossier(e.target.files[0]));
  });
  $('b-rate').addEventListener('click', rate);
  document.body.dataset.busy = '0';
  document.body.setAttribute('data-ready', 'true');
  updateExport();
}

start();
