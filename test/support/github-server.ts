/**
 * A local, in-memory server speaking the part of GitHub's REST API the
 * renewal uses, so the real octokit client can be tested end to end.
 * Branch heads come from a real bare git repository; creating a second open
 * pull request for the same head answers 422 as GitHub does. Faults (5xx,
 * secondary rate limits) can be injected; every request is recorded.
 * What the token writes is authored by its identity: a bot account (`type:
 * 'Bot'`, as GITHUB_TOKEN and App installation tokens, for which `GET /user`
 * answers 403) unless a test gives it a person's (a personal access token).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { branchSha, branchShas, gitAs } from './git-repos.js';
import {
  fullRepository,
  issue,
  issueComment,
  label,
  pullAsIssue,
  pullRequest,
  pullRequestSimple,
  person,
  publicUser,
  type Account,
  type CommentState,
  type IssueState,
  type PullState,
  type Site,
} from './github-fixtures.js';

export interface ServedRepo {
  owner: string;
  repo: string;
  /** Bare repository whose branches are the repository's branches. */
  gitDir: string;
  defaultBranch?: string;
}

export interface RecordedRequest {
  method: string;
  /** Decoded: `heads%2Fa%2Fb` is recorded as `heads/a/b`. */
  path: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
}

export interface Fault {
  method: string;
  /** Matched against the decoded path without the query string. */
  path: RegExp;
  /** How many matching requests fail (default 1). */
  times?: number;
}

/** Something a person does while a request is in flight: run before the request is answered. */
export interface Interleaving extends Fault {
  run(): Promise<void>;
}

interface ArmedFault extends Required<Fault> {
  respond(response: ServerResponse): void;
}

interface RepoContent {
  pulls: PullState[];
  issues: IssueState[];
  comments: CommentState[];
  nextNumber: number;
}

interface RepoState extends Required<ServedRepo>, RepoContent {}

/** All a test can see of the server, copied: its repositories' pull requests, issues and comments, its request log, whose token it is. */
export interface ServerSnapshot {
  requests: RecordedRequest[];
  repos: Array<[string, RepoContent]>;
  nextCommentId: number;
  identity: Account;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: Record<string, unknown>,
  ) {
    super(String(body.message));
  }
}

const DOCS = 'https://docs.github.com/rest';
const MAX_REQUESTS = 2_000;
const MAX_BODY_BYTES = 1_000_000;
const FIRST_COMMENT_ID = 1000;

export class GitHubTestServer {
  readonly requests: RecordedRequest[] = [];
  private readonly repos = new Map<string, RepoState>();
  private readonly faults: ArmedFault[] = [];
  private readonly interleavings: Required<Interleaving>[] = [];
  private nextCommentId = FIRST_COMMENT_ID;
  private site: Site = { api: '', web: 'https://github.test' };
  private identity: Account;
  private readonly server = createServer((request, response) => void this.handle(request, response));

  constructor(
    private readonly token: string,
    repos: ServedRepo[],
    botLogin = 'abm-gitops[bot]',
  ) {
    this.identity = { login: botLogin, type: 'Bot' };
    for (const repo of repos) {
      this.repos.set(`${repo.owner}/${repo.repo}`, { defaultBranch: 'main', ...repo, pulls: [], issues: [], comments: [], nextNumber: 1 });
    }
  }

  get url(): string {
    return this.site.api;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.site = { ...this.site, api: `http://127.0.0.1:${(this.server.address() as AddressInfo).port}` };
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Whether nothing has happened yet: no request, nothing armed, no pull request, issue or comment. */
  get pristine(): boolean {
    const empty = [...this.repos.values()].every((state) => state.pulls.length + state.issues.length + state.comments.length === 0 && state.nextNumber === 1);
    return empty && this.requests.length === 0 && this.faults.length === 0 && this.interleavings.length === 0 && this.nextCommentId === FIRST_COMMENT_ID;
  }

  /** A deep copy of the state (repositories keep their own `gitDir`): what `restore` puts back, in this server or another. */
  snapshot(): ServerSnapshot {
    const repos = [...this.repos].map(([key, { pulls, issues, comments, nextNumber }]): [string, RepoContent] => [key, { pulls, issues, comments, nextNumber }]);
    return structuredClone({ requests: this.requests, repos, nextCommentId: this.nextCommentId, identity: this.identity });
  }

  /** Takes over a copy of `snapshot`, request log included, as if its requests had been made to this server. */
  restore(snapshot: ServerSnapshot): void {
    const copy = structuredClone(snapshot);
    for (const [key, content] of copy.repos) {
      const state = this.repos.get(key);
      if (state === undefined) throw new Error(`restore: this server does not serve ${key}`);
      Object.assign(state, content);
    }
    this.requests.splice(0, this.requests.length, ...copy.requests);
    this.nextCommentId = copy.nextCommentId;
    this.identity = copy.identity;
  }

  /** The next `times` matching requests get `status` (a 5xx by default). */
  failNext(fault: Fault & { status?: number }): void {
    const status = fault.status ?? 502;
    this.faults.push({ ...fault, times: fault.times ?? 1, respond: (response) => this.send(response, status, { message: 'Server Error' }) });
  }

  /** Before the next `times` matching requests are answered, `run` does what a person would do meanwhile (push, comment…). */
  beforeNext(interleaving: Interleaving): void {
    this.interleavings.push({ ...interleaving, times: interleaving.times ?? 1 });
  }

  /** The next matching requests hit GitHub's secondary rate limit. */
  secondaryRateLimitNext(fault: Fault & { retryAfterSeconds?: number }): void {
    const headers = { 'retry-after': String(fault.retryAfterSeconds ?? 0), 'x-ratelimit-remaining': '4990' };
    const body = {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      documentation_url: `${DOCS}/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits`,
    };
    this.faults.push({ ...fault, times: fault.times ?? 1, respond: (response) => this.send(response, 403, body, headers) });
  }

  /**
   * Who the token is from now on: a bot (`github-actions[bot]`, an App's
   * `…[bot]`), as when a workflow moves from GITHUB_TOKEN to an App token, or
   * a person (a personal access token, the only kind `GET /user` answers).
   */
  actAs(identity: Account): void {
    this.identity = identity;
  }

  pulls(owner: string, repo: string): readonly PullState[] {
    return this.repoState(owner, repo).pulls;
  }

  /** Issues that are not pull requests; tests change them as a person would (close, edit). */
  issues(owner: string, repo: string): IssueState[] {
    return this.repoState(owner, repo).issues;
  }

  comments(owner: string, repo: string, issueNumber: number): string[] {
    return this.repoState(owner, repo)
      .comments.filter((c) => c.issueNumber === issueNumber)
      .map((c) => c.body);
  }

  /** A comment written by a person (`author`, a login) or another account, not through the API the bot uses. */
  commentAs(owner: string, repo: string, issueNumber: number, author: string | Account, body: string): void {
    this.repoState(owner, repo).comments.push({ id: this.nextCommentId++, issueNumber, body, author: accountOf(author) });
  }

  /** A pull request a person (`author`: a login, an account, or null once deleted) opened from `head`, which must exist. */
  async openPullAs(owner: string, repo: string, pull: { author: string | Account | null; head: string; title: string; body: string }): Promise<number> {
    const state = this.repoState(owner, repo);
    const [headSha = null, baseSha = null] = await branchShas(state.gitDir, [pull.head, state.defaultBranch]);
    if (headSha === null || baseSha === null) throw new Error(`openPullAs: no branch ${pull.head}`);
    const number = state.nextNumber++;
    state.pulls.push({
      ...pull,
      author: pull.author === null ? null : accountOf(pull.author),
      number,
      headSha,
      base: state.defaultBranch,
      baseSha,
      state: 'open',
      labels: [],
      reviewers: [],
      teamReviewers: [],
      closedAt: null,
    });
    return number;
  }

  /** An issue a person (`author`) opened. */
  openIssueAs(owner: string, repo: string, issue: { author: string | Account; title: string; body: string }): number {
    const state = this.repoState(owner, repo);
    const number = state.nextNumber++;
    state.issues.push({ ...issue, author: accountOf(issue.author), number, state: 'open', stateReason: null, labels: [] });
    return number;
  }

  /** A person closes a pull request without merging it (GitHub keeps its branch). */
  closeAsPerson(owner: string, repo: string, number: number): void {
    const pull = this.repoState(owner, repo).pulls.find((candidate) => candidate.number === number);
    if (pull === undefined) throw new Error(`closeAsPerson: no pull request #${number}`);
    pull.state = 'closed';
    pull.closedAt = '2026-12-19T08:00:00Z';
  }

  /** A person reopens a closed pull request. */
  reopenAsPerson(owner: string, repo: string, number: number): void {
    const pull = this.repoState(owner, repo).pulls.find((candidate) => candidate.number === number);
    if (pull === undefined) throw new Error(`reopenAsPerson: no pull request #${number}`);
    pull.state = 'open';
    pull.closedAt = null;
  }

  private repoState(owner: string, repo: string): RepoState {
    const state = this.repos.get(`${owner}/${repo}`);
    if (state === undefined) throw new HttpError(404, { message: 'Not Found', documentation_url: DOCS });
    return state;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const path = decodeURIComponent(url.pathname);
    const record: RecordedRequest = { method, path, query: Object.fromEntries(url.searchParams), body: undefined, status: 0 };
    this.requests.push(record);
    response.on('finish', () => (record.status = response.statusCode));
    try {
      if (this.requests.length > MAX_REQUESTS) throw new HttpError(503, { message: 'test server request budget exhausted' });
      record.body = await readJson(request);
      const interleaving = this.interleavings.find((i) => i.method === method && i.path.test(path) && i.times > 0);
      if (interleaving !== undefined) {
        interleaving.times--;
        await interleaving.run();
      }
      const fault = this.faults.find((f) => f.method === method && f.path.test(path) && f.times > 0);
      if (fault !== undefined) {
        fault.times--;
        fault.respond(response);
        return;
      }
      if (!this.authorized(request.headers.authorization)) {
        throw new HttpError(401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
      }
      const [status, body] = await this.route(method, path, url.searchParams, record.body);
      this.send(response, status, body);
    } catch (error) {
      if (error instanceof HttpError) this.send(response, error.status, error.body);
      else this.send(response, 500, { message: error instanceof Error ? error.message : String(error) });
    }
  }

  private authorized(header: string | undefined): boolean {
    const match = /^(?:token|bearer)\s+(.+)$/i.exec(header ?? '');
    return match?.[1] === this.token;
  }

  private send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    const text = body === undefined ? '' : JSON.stringify(body, (_, value: unknown) => (typeof value === 'bigint' ? Number(value) : value));
    response.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-github-request-id': `TEST:${this.requests.length}`,
      ...headers,
    });
    response.end(text);
  }

  private async route(method: string, path: string, query: URLSearchParams, body: unknown): Promise<[number, unknown]> {
    if (method === 'GET' && path === '/user') return [200, this.authenticatedUser()];
    const match = /^\/repos\/([^/]+)\/([^/]+)(\/.*)?$/.exec(path);
    if (match === null) throw new HttpError(404, { message: 'Not Found', documentation_url: DOCS });
    const [, owner = '', repo = '', rest = ''] = match;
    const state = this.repoState(owner, repo);
    const input = (body ?? {}) as Record<string, unknown>;
    const number = Number(/^\/(?:pulls|issues)\/(\d+)/.exec(rest)?.[1]);
    const endpoint = `${method} ${rest.replace(/^\/(pulls|issues)\/\d+/, '/$1/{n}').replace(/^\/git\/refs\/heads\/.*/, '/git/refs/heads/{branch}')}`;
    switch (endpoint) {
      case 'GET ':
        return [200, fullRepository(this.site, owner, repo, state.defaultBranch)];
      case 'GET /pulls':
        return [200, this.listPulls(state, query)];
      case 'POST /pulls':
        return [201, await this.createPull(state, input)];
      case 'GET /pulls/{n}':
        return [200, this.render(state, this.pull(state, number))];
      case 'PATCH /pulls/{n}':
        return [200, this.updatePull(state, this.pull(state, number), input)];
      case 'POST /pulls/{n}/requested_reviewers':
        return [201, this.requestReviewers(state, this.pull(state, number), input)];
      case 'GET /issues':
        return [200, this.listIssues(state, query)];
      case 'POST /issues':
        return [201, this.createIssue(state, input)];
      case 'GET /issues/{n}':
        return [200, issue(this.site, owner, repo, this.issue(state, number))];
      case 'PATCH /issues/{n}':
        return [200, this.updateIssue(state, this.issue(state, number), input)];
      case 'POST /issues/{n}/labels':
        return [200, this.addLabels(state, this.pull(state, number), input)];
      case 'POST /issues/{n}/comments':
        return [201, this.addComment(state, this.pull(state, number), input)];
      case 'GET /issues/{n}/comments':
        return [200, state.comments.filter((c) => c.issueNumber === number).map((c) => issueComment(this.site, owner, repo, c))];
      case 'DELETE /git/refs/heads/{branch}':
        return [204, await this.deleteBranch(state, rest.slice('/git/refs/heads/'.length))];
      default:
        throw new HttpError(404, { message: 'Not Found', documentation_url: DOCS });
    }
  }

  /** GitHub answers `GET /user` for a person's token only; GITHUB_TOKEN and App installation tokens get 403. */
  private authenticatedUser() {
    if (this.identity.type === 'Bot') {
      throw new HttpError(403, {
        message: 'Resource not accessible by integration',
        documentation_url: `${DOCS}/users/users#get-the-authenticated-user`,
        status: '403',
      });
    }
    return publicUser(this.site, this.identity);
  }

  private render(state: RepoState, pull: PullState) {
    return pullRequest(this.site, state.owner, state.repo, state.defaultBranch, pull);
  }

  private pull(state: RepoState, number: number): PullState {
    const pull = state.pulls.find((p) => p.number === number);
    if (pull === undefined) throw new HttpError(404, { message: 'Not Found', documentation_url: DOCS });
    return pull;
  }

  private listPulls(state: RepoState, query: URLSearchParams) {
    const wanted = query.get('state') ?? 'open';
    const head = query.get('head');
    return state.pulls
      .filter((pull) => wanted === 'all' || pull.state === wanted)
      .filter((pull) => head === null || head === `${state.owner}:${pull.head}`)
      .map((pull) => pullRequestSimple(this.site, state.owner, state.repo, state.defaultBranch, pull));
  }

  private issue(state: RepoState, number: number): IssueState {
    const found = state.issues.find((candidate) => candidate.number === number);
    if (found === undefined) throw new HttpError(404, { message: 'Not Found', documentation_url: DOCS });
    return found;
  }

  /** Issues and pull requests together, as GitHub lists them, by number; `state`, `per_page` and `page` as GitHub reads them. */
  private listIssues(state: RepoState, query: URLSearchParams) {
    const wanted = query.get('state') ?? 'open';
    const perPage = Math.min(Number(query.get('per_page') ?? 30), 100);
    const page = Number(query.get('page') ?? 1);
    const items = [
      ...state.issues.map((entry) => ({ number: entry.number, state: entry.state, render: () => issue(this.site, state.owner, state.repo, entry) })),
      ...state.pulls.map((pull) => ({ number: pull.number, state: pull.state, render: () => pullAsIssue(this.site, state.owner, state.repo, pull) })),
    ]
      .filter((item) => wanted === 'all' || item.state === wanted)
      .sort((a, b) => (query.get('direction') === 'desc' ? b.number - a.number : a.number - b.number));
    return items.slice((page - 1) * perPage, page * perPage).map((item) => item.render());
  }

  private createIssue(state: RepoState, input: Record<string, unknown>) {
    if (typeof input.title !== 'string' || input.title === '') throw validationFailed({ resource: 'Issue', code: 'missing_field', field: 'title' });
    const entry: IssueState = {
      number: state.nextNumber++,
      title: input.title,
      body: typeof input.body === 'string' ? input.body : null,
      state: 'open',
      stateReason: null,
      author: this.identity,
      labels: stringList(input.labels),
    };
    state.issues.push(entry);
    return issue(this.site, state.owner, state.repo, entry);
  }

  private updateIssue(state: RepoState, entry: IssueState, input: Record<string, unknown>) {
    if (typeof input.title === 'string') entry.title = input.title;
    if (typeof input.body === 'string') entry.body = input.body;
    if (input.state === 'closed' || input.state === 'open') {
      entry.state = input.state;
      entry.stateReason = input.state === 'closed' ? (input.state_reason === 'not_planned' ? 'not_planned' : 'completed') : 'reopened';
    }
    return issue(this.site, state.owner, state.repo, entry);
  }

  private async createPull(state: RepoState, input: Record<string, unknown>) {
    const { title, head, base, body } = input;
    if (typeof title !== 'string' || typeof head !== 'string' || typeof base !== 'string') {
      throw validationFailed({ resource: 'PullRequest', code: 'missing_field', field: typeof title !== 'string' ? 'title' : 'head' });
    }
    const [headSha = null, baseSha = null] = await branchShas(state.gitDir, [head, base]);
    if (headSha === null) throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
    if (baseSha === null) throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
    // Checked after the awaits, as one synchronous step: two racing creates cannot both pass.
    if (state.pulls.some((pull) => pull.state === 'open' && pull.head === head)) {
      throw validationFailed({ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${state.owner}:${head}.` });
    }
    const pull: PullState = {
      number: state.nextNumber++,
      title,
      body: typeof body === 'string' ? body : null,
      head,
      headSha,
      base,
      baseSha,
      state: 'open',
      author: this.identity,
      labels: [],
      reviewers: [],
      teamReviewers: [],
      closedAt: null,
    };
    state.pulls.push(pull);
    return this.render(state, pull);
  }

  private updatePull(state: RepoState, pull: PullState, input: Record<string, unknown>) {
    if (typeof input.title === 'string') pull.title = input.title;
    if (typeof input.body === 'string') pull.body = input.body;
    if (input.state === 'closed' && pull.state === 'open') {
      pull.state = 'closed';
      pull.closedAt = '2026-12-18T07:00:00Z';
    }
    return this.render(state, pull);
  }

  private requestReviewers(state: RepoState, pull: PullState, input: Record<string, unknown>) {
    const reviewers = stringList(input.reviewers);
    const teams = stringList(input.team_reviewers);
    if (pull.author !== null && reviewers.includes(pull.author.login)) {
      throw validationFailed(undefined, 'Review cannot be requested from pull request author.');
    }
    pull.reviewers = [...new Set([...pull.reviewers, ...reviewers])];
    pull.teamReviewers = [...new Set([...pull.teamReviewers, ...teams])];
    return pullRequestSimple(this.site, state.owner, state.repo, state.defaultBranch, pull);
  }

  private addLabels(state: RepoState, pull: PullState, input: Record<string, unknown>) {
    pull.labels = [...new Set([...pull.labels, ...stringList(input.labels)])];
    return pull.labels.map((name) => label(this.site, state.owner, state.repo, name));
  }

  private addComment(state: RepoState, pull: PullState, input: Record<string, unknown>) {
    if (typeof input.body !== 'string') throw validationFailed({ resource: 'IssueComment', code: 'missing_field', field: 'body' });
    const comment: CommentState = { id: this.nextCommentId++, issueNumber: pull.number, body: input.body, author: this.identity };
    state.comments.push(comment);
    return issueComment(this.site, state.owner, state.repo, comment);
  }

  private async deleteBranch(state: RepoState, branch: string): Promise<undefined> {
    if ((await branchSha(state.gitDir, branch)) === null) {
      throw new HttpError(422, { message: 'Reference does not exist', documentation_url: DOCS, status: '422' });
    }
    await gitAs(state.gitDir).raw(['update-ref', '-d', `refs/heads/${branch}`]);
    return undefined;
  }
}

function accountOf(author: string | Account): Account {
  return typeof author === 'string' ? person(author) : author;
}

function validationFailed(error?: Record<string, string>, message = 'Validation Failed'): HttpError {
  return new HttpError(422, { message, errors: error ? [error] : [], documentation_url: DOCS, status: '422' });
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, { message: 'request body too large' });
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, { message: 'Problems parsing JSON', documentation_url: DOCS });
  }
}

export async function startGitHubServer(token: string, repos: ServedRepo[], botLogin?: string): Promise<GitHubTestServer> {
  return new GitHubTestServer(token, repos, botLogin).start();
}
