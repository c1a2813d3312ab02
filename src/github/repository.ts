/**
 * The one door to GitHub: every operation the code needs on one repository
 * (pull requests, labels, reviewers, comments, issues, branches), over the client of
 * ./client.ts. Nothing else calls octokit; a new need becomes a method here,
 * tested against the local server of test/support/github-server.ts.
 */
import type { RestEndpointMethodTypes } from '@octokit/plugin-rest-endpoint-methods';
import type { GitHubClient } from './client.js';

type Pulls = RestEndpointMethodTypes['pulls'];
export type PullRequest = Pulls['create']['response']['data'];
export type PullRequestSummary = Pulls['list']['response']['data'][number];
type IssueListItem = RestEndpointMethodTypes['issues']['listForRepo']['response']['data'][number];

/** An issue as the renewal sees it. */
export interface IssueSummary {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  url: string;
}

export interface WantedIssue {
  title: string;
  /** Must carry the marker: it is how the next run finds the issue again. */
  body: string;
  labels: readonly string[];
}

export interface EnsuredIssue extends IssueSummary {
  action: 'created' | 'updated' | 'unchanged';
}

/** The issue operations the dashboard needs (GitHubRepository has them). */
export interface GitHubIssueWriter {
  ensureIssue(marker: string, wanted: WantedIssue): Promise<EnsuredIssue>;
}

/** Issues listed while looking for a marker: 100 pages of 100 is more than a config repository holds. */
const MAX_ISSUE_PAGES = 100;

function issueSummary(issue: Pick<IssueListItem, 'number' | 'title' | 'body' | 'state' | 'html_url'>): IssueSummary {
  return { number: issue.number, title: issue.title, body: issue.body ?? '', state: issue.state === 'closed' ? 'closed' : 'open', url: issue.html_url };
}

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface NewPull {
  title: string;
  body: string;
  head: string;
  base: string;
}

export interface Reviewers {
  reviewers: string[];
  teamReviewers: string[];
}

/**
 * `@user` → a user reviewer, `@org/team` → a team reviewer (the team's slug),
 * the pull request's author left out since GitHub refuses it.
 */
export function splitReviewers(entries: readonly string[], author?: string): Reviewers {
  const reviewers = new Set<string>();
  const teamReviewers = new Set<string>();
  for (const entry of entries) {
    const name = entry.trim().replace(/^@/, '');
    const slash = name.indexOf('/');
    if (slash > 0) teamReviewers.add(name.slice(slash + 1));
    else if (name !== '' && name.toLowerCase() !== author?.toLowerCase()) reviewers.add(name);
  }
  return { reviewers: [...reviewers], teamReviewers: [...teamReviewers] };
}

/** Comments read while looking for a marker: 2,000, far more than a bot's pull request collects. */
const MAX_COMMENT_PAGES = 20;

export function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error && typeof error.status === 'number' ? error.status : undefined;
}

/** An author as GitHub gives it: `null` for a deleted (ghost) account. */
export type Author = { login: string; type?: string } | null | undefined;

export class GitHubRepository {
  /** The login of a person's token (`GET /user`), asked once; undefined for GITHUB_TOKEN and App tokens. */
  private tokenOwner: Promise<string | undefined> | undefined;

  constructor(
    private readonly client: GitHubClient,
    private readonly where: RepoRef,
  ) {}

  /**
   * Whether `author` is the token this run writes with: any account of type
   * `Bot` (github-actions[bot] and every GitHub App's bot, so what an earlier
   * token identity wrote still counts after a move to an App token), or, for
   * a person's access token, that person. People's accounts are `User`; a
   * deleted account is `null` and never the bot.
   */
  async isBotAuthor(author: Author): Promise<boolean> {
    if (author === null || author === undefined) return false;
    if (author.type === 'Bot') return true;
    return author.login === (await this.personalTokenOwner());
  }

  /** GITHUB_TOKEN and App installation tokens cannot read `GET /user` (403, or 404 on some servers): no person behind them. */
  private personalTokenOwner(): Promise<string | undefined> {
    this.tokenOwner ??= this.client.rest.users.getAuthenticated().then(
      ({ data }) => data.login,
      (error: unknown) => {
        const status = statusOf(error);
        if (status === 403 || status === 404) return undefined;
        this.tokenOwner = undefined;
        throw error;
      },
    );
    return this.tokenOwner;
  }

  async getDefaultBranch(): Promise<string> {
    const { data } = await this.client.rest.repos.get({ ...this.where });
    return data.default_branch;
  }

  async findOpenPullByHead(branch: string): Promise<PullRequestSummary | undefined> {
    const { data } = await this.client.rest.pulls.list({ ...this.where, state: 'open', head: `${this.where.owner}:${branch}`, per_page: 10 });
    return data.find((pull) => pull.head.ref === branch);
  }

  /** Pull requests for `branch` that were closed without being merged, newest first. */
  async findClosedUnmergedPullsByHead(branch: string): Promise<PullRequestSummary[]> {
    const { data } = await this.client.rest.pulls.list({
      ...this.where,
      state: 'closed',
      head: `${this.where.owner}:${branch}`,
      sort: 'created',
      direction: 'desc',
      per_page: 100,
    });
    return data.filter((pull) => pull.head.ref === branch && pull.merged_at === null);
  }

  async createPull(pull: NewPull): Promise<PullRequest> {
    const { data } = await this.client.rest.pulls.create({ ...this.where, ...pull, maintainer_can_modify: false });
    return data;
  }

  /**
   * The open pull request for `pull.head`: the existing one, else a new one.
   * When another run creates it between our look-up and our create, GitHub
   * answers 422 and we return theirs, so two runs leave one pull request.
   */
  async openOrFindPull(pull: NewPull): Promise<{ pull: PullRequestSummary | PullRequest; created: boolean }> {
    const existing = await this.findOpenPullByHead(pull.head);
    if (existing !== undefined) return { pull: existing, created: false };
    try {
      return { pull: await this.createPull(pull), created: true };
    } catch (error) {
      if (statusOf(error) !== 422) throw error;
      const raced = await this.findOpenPullByHead(pull.head);
      if (raced === undefined) throw error;
      return { pull: raced, created: false };
    }
  }

  /** Sends only what changed; returns whether anything was sent. */
  async updatePullIfChanged(current: { number: number; title: string; body: string | null }, wanted: { title: string; body: string }): Promise<boolean> {
    const changes: { title?: string; body?: string } = {};
    if (current.title !== wanted.title) changes.title = wanted.title;
    if ((current.body ?? '') !== wanted.body) changes.body = wanted.body;
    if (Object.keys(changes).length === 0) return false;
    await this.client.rest.pulls.update({ ...this.where, pull_number: current.number, ...changes });
    return true;
  }

  async addLabels(number: number, labels: readonly string[]): Promise<void> {
    if (labels.length === 0) return;
    await this.client.rest.issues.addLabels({ ...this.where, issue_number: number, labels: [...labels] });
  }

  /** Requests reviews from `@user` and `@org/team` entries, skipping the pull request's author. */
  async requestReviewers(number: number, entries: readonly string[], author?: string): Promise<Reviewers> {
    const split = splitReviewers(entries, author);
    if (split.reviewers.length === 0 && split.teamReviewers.length === 0) return split;
    await this.client.rest.pulls.requestReviewers({
      ...this.where,
      pull_number: number,
      reviewers: split.reviewers,
      team_reviewers: split.teamReviewers,
    });
    return split;
  }

  async comment(number: number, body: string): Promise<void> {
    await this.client.rest.issues.createComment({ ...this.where, issue_number: number, body });
  }

  /**
   * Whether one of the issue's or pull request's comments by the bot (see
   * isBotAuthor) carries `marker` (a hidden HTML comment of ours). Anyone can
   * paste the marker into a comment; only the bot's own count.
   */
  async hasComment(number: number, marker: string): Promise<boolean> {
    const perPage = 100;
    for (let page = 1; page <= MAX_COMMENT_PAGES; page++) {
      const { data } = await this.client.rest.issues.listComments({ ...this.where, issue_number: number, per_page: perPage, page });
      for (const comment of data) if (comment.body?.includes(marker) && (await this.isBotAuthor(comment.user))) return true;
      if (data.length < perPage) return false;
    }
    return false;
  }

  /**
   * Comments `body` on the issue or pull request unless a comment by the bot
   * carrying `marker` is already there, so reruns say a thing once. `body`
   * must carry the marker itself, or the next run could not find it.
   */
  async ensureComment(number: number, marker: string, body: string): Promise<'created' | 'exists'> {
    if (marker === '' || !body.includes(marker)) throw new Error('ensureComment: the body must carry its marker, or a rerun would comment again');
    if (await this.hasComment(number, marker)) return 'exists';
    await this.comment(number, body);
    return 'created';
  }

  /** Comments (when a reason is given) and closes. */
  async closePull(number: number, comment?: string): Promise<void> {
    if (comment !== undefined) await this.comment(number, comment);
    await this.client.rest.pulls.update({ ...this.where, pull_number: number, state: 'closed' });
  }

  /**
   * Deletes the branch; one that is already gone (404/422) counts as deleted.
   * Unleased (GitHub's API has no compare-and-delete): the renewal deletes its
   * branches through git with a lease on the commit it checked (src/renew/git.ts).
   */
  async deleteBranch(branch: string): Promise<'deleted' | 'already-gone'> {
    try {
      await this.client.rest.git.deleteRef({ ...this.where, ref: `heads/${branch}` });
      return 'deleted';
    } catch (error) {
      const status = statusOf(error);
      if (status === 404 || status === 422) return 'already-gone';
      throw error;
    }
  }

  /**
   * Issues (not pull requests), open or closed, that the bot opened (see
   * isBotAuthor) and whose body starts with `marker` (the bot writes it
   * first), oldest first. A person's issue that quotes the marker, even as
   * its first line, is never taken over and rewritten.
   */
  async findIssuesByMarker(marker: string): Promise<IssueSummary[]> {
    const found: IssueSummary[] = [];
    const perPage = 100;
    for (let page = 1; page <= MAX_ISSUE_PAGES; page++) {
      const { data } = await this.client.rest.issues.listForRepo({ ...this.where, state: 'all', sort: 'created', direction: 'asc', per_page: perPage, page });
      for (const issue of data) {
        if (issue.pull_request === undefined && issue.body?.startsWith(marker) && (await this.isBotAuthor(issue.user))) found.push(issueSummary(issue));
      }
      if (data.length < perPage) break;
    }
    return found.sort((a, b) => a.number - b.number);
  }

  async createIssue(issue: WantedIssue): Promise<IssueSummary> {
    const { data } = await this.client.rest.issues.create({ ...this.where, title: issue.title, body: issue.body, labels: [...issue.labels] });
    return issueSummary(data);
  }

  /** Sends only what changed (never the state: a closed issue stays closed); returns whether anything was sent. */
  async updateIssueIfChanged(current: IssueSummary, wanted: { title: string; body: string }): Promise<boolean> {
    const changes: { title?: string; body?: string } = {};
    if (current.title !== wanted.title) changes.title = wanted.title;
    if (current.body !== wanted.body) changes.body = wanted.body;
    if (Object.keys(changes).length === 0) return false;
    await this.client.rest.issues.update({ ...this.where, issue_number: current.number, ...changes });
    return true;
  }

  /**
   * The one issue that carries `marker`, brought to `wanted`: the oldest
   * such issue, open or closed (a person may close it; it stays closed),
   * else a new one. Two runs that both find none both create one; the one
   * that created the later issue sees the earlier one when it looks again,
   * and retires its own (closed, marker removed), so one issue remains.
   */
  async ensureIssue(marker: string, wanted: WantedIssue): Promise<EnsuredIssue> {
    if (marker === '' || !wanted.body.startsWith(marker)) throw new Error('ensureIssue: the body must start with its marker, or the next run could not find the issue');
    const [existing] = await this.findIssuesByMarker(marker);
    if (existing !== undefined) {
      const updated = await this.updateIssueIfChanged(existing, wanted);
      return { ...existing, title: wanted.title, body: wanted.body, action: updated ? 'updated' : 'unchanged' };
    }
    const created = await this.createIssue(wanted);
    const [first] = await this.findIssuesByMarker(marker);
    if (first === undefined || first.number >= created.number) return { ...created, action: 'created' };
    const retired = `Opened by a second \`abm-gitops\` run at the same time as #${first.number}, which is the one kept up to date.`;
    await this.client.rest.issues.update({ ...this.where, issue_number: created.number, body: retired, state: 'closed', state_reason: 'not_planned' });
    const updated = await this.updateIssueIfChanged(first, wanted);
    return { ...first, title: wanted.title, body: wanted.body, action: updated ? 'updated' : 'unchanged' };
  }
}
