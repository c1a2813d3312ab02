// Tables, target checks and the expected-vs-actual findings check for bench/run.mjs.

/** Rules that may report a pair on one or on both of its entries. */
const PAIR_RULES = new Set(['content-token-shared']);
const GiB_KiB = 1024 * 1024;

const seconds = (ms) => (ms / 1000).toFixed(2);
const mib = (kib) => (Number.isFinite(kib) ? (kib / 1024).toFixed(0) : 'n/a');
const ratio = (value) => `${value.toFixed(2)}x`;

/** Expected findings (from the generator) against what abm-gitops reported, rule by rule. */
export function compareFindings(expected, actual, report) {
  const rules = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  return rules.map((rule) => {
    const want = expected[rule] ?? 0;
    const got = actual[rule] ?? 0;
    const max = PAIR_RULES.has(rule) ? 2 * want : want;
    let status = got >= want && got <= max ? 'ok' : got === 0 ? 'NOT FIRING (rule not registered yet?)' : want === 0 ? 'UNEXPECTED' : 'MISMATCH';
    if (status !== 'ok' && got > 0) {
      const example = report.findings.find((finding) => finding.ruleId === rule);
      status += ` e.g. ${example.file}:${example.line} ${example.message}`;
    }
    return { rule, expected: PAIR_RULES.has(rule) ? `${want}–${max}` : String(want), actual: got, status };
  });
}

export function checkTargets(results) {
  const targets = [];
  const bySize = new Map(results.scale.map((row) => [row.organizations, row]));
  const add = (name, measured, pass) => targets.push({ name, measured, status: measured === undefined ? 'SKIP' : pass ? 'PASS' : 'FAIL' });

  // Issue 18's targets, against the floor measured in the same rounds (paired medians).
  for (const size of [1000, 10000]) {
    const vsFloor = bySize.get(size)?.abm.vsFloor;
    add(`validate CPU ≤ 2.5x the floor's at ${size.toLocaleString('en')} organizations`, vsFloor && ratio(vsFloor.cpu), vsFloor?.cpu <= 2.5);
    add(`validate wall ≤ 1.5x the floor's (single process) at ${size.toLocaleString('en')} organizations`, vsFloor && ratio(vsFloor.wall), vsFloor?.wall <= 1.5);
  }
  const largest = results.scale.at(-1);
  const perThousand = largest && largest.abm.peakRssKiB / 1024 / (largest.organizations / 1000);
  add(`peak memory ≤ 15 MiB per 1,000 organizations (at ${largest?.organizations.toLocaleString('en') ?? '—'})`, largest && `${perThousand.toFixed(1)} MiB`, perThousand <= 15);
  const large = bySize.get(10000);
  add('10,000 organizations in under 10 s', large && `${seconds(large.abm.wallMs)} s`, large?.abm.wallMs < 10_000);
  add('10,000 organizations under 1 GiB peak memory', large && `${mib(large.abm.peakRssKiB)} MiB`, large?.abm.peakRssKiB < GiB_KiB);
  for (const [small, big] of [
    [100, 1000],
    [1000, 10000],
  ]) {
    const a = bySize.get(small);
    const b = bySize.get(big);
    const growth = a && b && b.abm.wallMs / a.abm.wallMs;
    add(`linear: ${small.toLocaleString('en')} → ${big.toLocaleString('en')} organizations at most 11x time`, growth && ratio(growth), growth <= 11);
  }
  const startup = results.startup;
  const overhead = startup && startup.version.wallMs - startup.nodeBaseline.wallMs;
  add('start-up: --version within 40 ms of `node -e 0`', startup && `+${overhead.toFixed(0)} ms`, overhead <= 40);
  const oneOrganization = startup && startup.validateOneFile.wallMs - startup.nodeBaseline.wallMs;
  add('start-up: validate one small organization within 120 ms of `node -e 0`', startup && `+${oneOrganization.toFixed(0)} ms`, oneOrganization <= 120);
  const spectral = results.spectral;
  // Paired rounds (Spectral in turns with abm-gitops): wall decides, CPU shown beside it.
  const faster = spectral?.spectral.vsAbm;
  add('at least 50x faster than Spectral on 2,000 files (paired wall; CPU)', faster && `${ratio(faster.wall)}; CPU ${ratio(faster.cpu)}`, faster?.wall >= 50);
  const atScale = results.onlineAtScale;
  add(
    `validate --online at ${atScale?.organizations.toLocaleString('en') ?? '—'} organizations (Apple fake, ${atScale?.latencyMs ?? 0} ms): every credential checked, no finding`,
    atScale && (atScale.problem ?? `${atScale.checked} checked, ${ratio(atScale.online.vsValidate.cpu)} validate's CPU`),
    atScale?.problem === undefined,
  );
  const online = results.online;
  add(
    `validate --online, ${online?.organizations ?? 150} organizations, ${online?.latencyMs ?? 50} ms per request, in under 15 s`,
    online && `${seconds(online.wallMs)} s`,
    online?.wallMs < 15_000,
  );
  return targets;
}

function table(headers, rows, markdown) {
  if (markdown) {
    return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
  }
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => String(row[column]).length)));
  const line = (cells) =>
    cells
      .map((cell, column) => String(cell).padEnd(widths[column]))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

function subjectRow(name, organizations, files, measured, abmWallMs) {
  return [
    name,
    organizations.toLocaleString('en'),
    files.toLocaleString('en'),
    seconds(measured.wallMs),
    seconds(measured.cpuMs),
    `${seconds(measured.minWallMs)}–${seconds(measured.maxWallMs)}`,
    mib(measured.peakRssKiB),
    Math.round(files / (measured.wallMs / 1000)).toLocaleString('en'),
    measured.findings,
    ratio(measured.wallMs / abmWallMs),
    measured.vsFloor ? `${ratio(measured.vsFloor.wall)} / ${ratio(measured.vsFloor.cpu)}` : '',
  ];
}

const SCALE_HEADERS = ['subject', 'orgs', 'files', 'median s', 'CPU s', 'min–max s', 'peak MiB', 'files/s', 'findings', 'time vs abm-gitops', 'vs floor, paired (wall / CPU)'];

export function printResults(results, { markdown }) {
  const heading = (text) => console.log(markdown ? `\n### ${text}\n` : `\n== ${text}`);
  heading(`Scale (median of ${results.runs} runs, abm-gitops and floor in turns; peak memory and CPU: ${results.peakMemorySource}; floor parser: ${results.floorParser})`);
  const rows = [];
  for (const row of results.scale) {
    rows.push(subjectRow('abm-gitops validate', row.organizations, row.files, row.abm, row.abm.wallMs));
    rows.push(subjectRow('floor (read+parse with positions+ajv)', row.organizations, row.files, row.floor, row.abm.wallMs));
  }
  console.log(table(SCALE_HEADERS, rows, markdown));

  if (results.spectral) {
    const { organizations, files, abm, floor, spectral } = results.spectral;
    heading(`Against Spectral ${spectral.version} (${spectral.runs} runs; abm-gitops and floor ${abm.runs})`);
    console.log(
      table(
        SCALE_HEADERS,
        [
          subjectRow('abm-gitops validate', organizations, files, abm, abm.wallMs),
          subjectRow('floor (read+parse+ajv)', organizations, files, floor, abm.wallMs),
          subjectRow('Spectral (schema + 3 rules)', organizations, files, spectral, abm.wallMs),
        ],
        markdown,
      ),
    );
    console.log(`Spectral findings by rule: ${JSON.stringify(spectral.byRule)}; abm-gitops: ${JSON.stringify(abm.byRule)}`);
    console.log(`Spectral in turns with abm-gitops validate, paired: Spectral takes ${ratio(spectral.vsAbm.wall)} the wall time and ${ratio(spectral.vsAbm.cpu)} the CPU time`);
  }

  if (results.startup) {
    const { nodeBaseline, version, validateOneFile } = results.startup;
    heading(`Start-up (median of ${nodeBaseline.runs} runs, in turns)`);
    const startupRow = (name, measured) => [
      name,
      measured.wallMs.toFixed(0),
      `+${(measured.wallMs - nodeBaseline.wallMs).toFixed(0)}`,
      measured.cpuMs.toFixed(0),
      `+${(measured.cpuMs - nodeBaseline.cpuMs).toFixed(0)}`,
      mib(measured.peakRssKiB),
    ];
    console.log(
      table(
        ['subject', 'median ms', 'vs node -e 0 (ms)', 'CPU ms', 'CPU vs node -e 0 (ms)', 'peak MiB'],
        [startupRow('node -e 0', nodeBaseline), startupRow('node dist/cli.js --version', version), startupRow('validate, 1 organization', validateOneFile)],
        markdown,
      ),
    );
  }

  if (results.views) {
    const { organizations, ...subjects } = results.views;
    heading(`Other commands at ${organizations.toLocaleString('en')} organizations (median of ${subjects.validate.runs} runs, in turns with validate)`);
    const names = { validate: 'validate --format json', renewDryRun: 'renew --dry-run --format json', tokens: 'tokens --format json', html: 'validate --format html' };
    console.log(
      table(
        ['command', 'median s', 'CPU s', 'peak MiB', 'vs validate, paired (wall / CPU)'],
        Object.entries(subjects).map(([name, measured]) => [
          names[name] ?? name,
          seconds(measured.wallMs),
          seconds(measured.cpuMs),
          mib(measured.peakRssKiB),
          `${ratio(measured.vsValidate.wall)} / ${ratio(measured.vsValidate.cpu)}`,
        ]),
        markdown,
      ),
    );
  }

  if (results.onlineAtScale) {
    const { organizations, latencyMs, credentials, checked, findings, validate, online } = results.onlineAtScale;
    heading(
      `validate --online at ${organizations.toLocaleString('en')} organizations against the local Apple fake (${latencyMs} ms per request, median of ${online.runs} runs, in turns with validate of the same repository)`,
    );
    console.log(
      table(
        ['command', 'median s', 'CPU s', 'peak MiB', 'findings', 'credentials checked', 'vs validate, paired (wall / CPU)'],
        [
          ['validate --format json', seconds(validate.wallMs), seconds(validate.cpuMs), mib(validate.peakRssKiB), '', '', '1.00x / 1.00x'],
          [
            'validate --online --format json',
            seconds(online.wallMs),
            seconds(online.cpuMs),
            mib(online.peakRssKiB),
            findings,
            `${checked} of ${credentials}`,
            `${ratio(online.vsValidate.wall)} / ${ratio(online.vsValidate.cpu)}`,
          ],
        ],
        markdown,
      ),
    );
  }

  if (results.online) {
    const { organizations, latencyMs, runs, wallMs, peakRssKiB, findings, online } = results.online;
    heading(`validate --online against the local Apple fake (${latencyMs} ms per request, median of ${runs} runs)`);
    const checked = online ? Object.values(online.checked).reduce((sum, count) => sum + count, 0) : 0;
    const asked = online ? `${checked} answers, ${online.skipped.length} skipped` : 'no online block';
    console.log(table(['organizations', 'median s', 'peak MiB', 'findings', 'online block'], [[organizations, seconds(wallMs), mib(peakRssKiB), findings, asked]], markdown));
  }

  heading('Targets');
  console.log(
    table(
      ['target', 'measured', 'status'],
      results.targets.map((target) => [target.name, target.measured ?? '—', target.status]),
      markdown,
    ),
  );
}

export function printFindingCheck(check, markdown) {
  console.log(
    markdown
      ? `\n#### Findings at ${check.organizations.toLocaleString('en')} organizations: expected vs actual\n`
      : `\n== Findings at ${check.organizations} organizations: expected vs actual`,
  );
  console.log(
    table(
      ['rule', 'expected', 'actual', 'status'],
      check.rows.map((row) => [row.rule, row.expected, row.actual, row.status]),
      markdown,
    ),
  );
}
