/**
 * Full GitHub REST objects for the local test server, typed against
 * `@octokit/openapi-types` so the server answers in GitHub's real shapes.
 */
import type { components } from '@octokit/openapi-types';

type Schemas = components['schemas'];
export type PullRequest = Schemas['pull-request'];
export type PullRequestSimple = Schemas['pull-request-simple'];
export type IssueComment = Schemas['issue-comment'];
export type Label = Schemas['label'];
export type Repository = Schemas['repository'];
export type FullRepository = Schemas['full-repository'];
export type SimpleUser = Schemas['simple-user'];
export type PublicUser = Schemas['public-user'];
export type TeamSimple = Schemas['team-simple'];

const TIMESTAMP = '2026-12-18T06:00:00Z';

/** Stable small ids from names, so objects look the same across runs. */
export function idFor(text: string): number {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_007;
  return hash;
}

export interface Site {
  /** e.g. http://127.0.0.1:1234 (the API root) */
  api: string;
  /** where html_url links point */
  web: string;
}

/**
 * Who wrote something, as GitHub tells it: `Bot` for github-actions[bot] and
 * every GitHub App's bot, `User` for people (and a personal access token's
 * owner); `null` for a deleted (ghost) account.
 */
export interface Account {
  login: string;
  type: 'Bot' | 'User';
}

export function person(login: string): Account {
  return { login, type: 'User' };
}

/** The `user` of what `account` wrote; `null` once the account is deleted. */
export function authorOf(site: Site, account: Account | null): SimpleUser | null {
  return account === null ? null : simpleUser(site, account.login, account.type);
}

export function simpleUser(site: Site, login: string, type: SimpleUser['type'] = 'User'): SimpleUser {
  const url = `${site.api}/users/${login}`;
  return {
    login,
    id: idFor(login),
    node_id: `U_${idFor(login)}`,
    avatar_url: `${site.web}/avatars/${login}`,
    gravatar_id: '',
    url,
    html_url: `${site.web}/${login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type,
    site_admin: false,
  };
}

/** `GET /user` for a personal access token: its owner. */
export function publicUser(site: Site, account: Account): PublicUser {
  return {
    ...simpleUser(site, account.login, account.type),
    name: null,
    company: null,
    blog: null,
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: TIMESTAMP,
    updated_at: TIMESTAMP,
  };
}

export function repository(site: Site, owner: string, name: string, defaultBranch: string): Repository {
  const url = `${site.api}/repos/${owner}/${name}`;
  const fullName = `${owner}/${name}`;
  return {
    id: idFor(fullName),
    node_id: `R_${idFor(fullName)}`,
    name,
    full_name: fullName,
    license: null,
    forks: 0,
    owner: simpleUser(site, owner),
    private: true,
    html_url: `${site.web}/${fullName}`,
    description: null,
    fork: false,
    url,
    archive_url: `${url}/{archive_format}{/ref}`,
    assignees_url: `${url}/assignees{/user}`,
    blobs_url: `${url}/git/blobs{/sha}`,
    branches_url: `${url}/branches{/branch}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    comments_url: `${url}/comments{/number}`,
    commits_url: `${url}/commits{/sha}`,
    compare_url: `${url}/compare/{base}...{head}`,
    contents_url: `${url}/contents/{+path}`,
    contributors_url: `${url}/contributors`,
    deployments_url: `${url}/deployments`,
    downloads_url: `${url}/downloads`,
    events_url: `${url}/events`,
    forks_url: `${url}/forks`,
    git_commits_url: `${url}/git/commits{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_url: `git://${new URL(site.web).host}/${fullName}.git`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    issue_events_url: `${url}/issues/events{/number}`,
    issues_url: `${url}/issues{/number}`,
    keys_url: `${url}/keys{/key_id}`,
    labels_url: `${url}/labels{/name}`,
    languages_url: `${url}/languages`,
    merges_url: `${url}/merges`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    pulls_url: `${url}/pulls{/number}`,
    releases_url: `${url}/releases{/id}`,
    ssh_url: `git@${new URL(site.web).host}:${fullName}.git`,
    stargazers_url: `${url}/stargazers`,
    statuses_url: `${url}/statuses/{sha}`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    tags_url: `${url}/tags`,
    teams_url: `${url}/teams`,
    trees_url: `${url}/git/trees{/sha}`,
    clone_url: `${site.web}/${fullName}.git`,
    mirror_url: null,
    hooks_url: `${url}/hooks`,
    svn_url: `${site.web}/${fullName}`,
    homepage: null,
    language: null,
    forks_count: 0,
    stargazers_count: 0,
    watchers_count: 0,
    size: 1,
    default_branch: defaultBranch,
    open_issues_count: 0,
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: false,
    archived: false,
    disabled: false,
    visibility: 'private',
    pushed_at: TIMESTAMP,
    created_at: TIMESTAMP,
    updated_at: TIMESTAMP,
    open_issues: 0,
    watchers: 0,
  };
}

export function fullRepository(site: Site, owner: string, name: string, defaultBranch: string): FullRepository {
  const base = repository(site, owner, name, defaultBranch);
  return { ...base, pushed_at: TIMESTAMP, created_at: TIMESTAMP, updated_at: TIMESTAMP, has_discussions: false, network_count: 0, subscribers_count: 0 };
}

export function teamSimple(site: Site, org: string, slug: string): TeamSimple {
  const url = `${site.api}/orgs/${org}/teams/${slug}`;
  return {
    id: idFor(`${org}/${slug}`),
    node_id: `T_${idFor(`${org}/${slug}`)}`,
    url,
    members_url: `${url}/members{/member}`,
    name: slug,
    description: null,
    permission: 'pull',
    html_url: `${site.web}/orgs/${org}/teams/${slug}`,
    repositories_url: `${url}/repos`,
    slug,
    type: 'organization',
  };
}

export function label(site: Site, owner: string, repo: string, name: string): Label {
  return {
    id: idFor(`${owner}/${repo}#${name}`),
    node_id: `LA_${idFor(name)}`,
    url: `${site.api}/repos/${owner}/${repo}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  };
}

export interface CommentState {
  id: number;
  issueNumber: number;
  body: string;
  author: Account | null;
}

export function issueComment(site: Site, owner: string, repo: string, comment: CommentState): IssueComment {
  const repoUrl = `${site.api}/repos/${owner}/${repo}`;
  return {
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${repoUrl}/issues/comments/${comment.id}`,
    body: comment.body,
    html_url: `${site.web}/${owner}/${repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
    user: authorOf(site, comment.author),
    created_at: TIMESTAMP,
    updated_at: TIMESTAMP,
    issue_url: `${repoUrl}/issues/${comment.issueNumber}`,
    author_association: 'NONE',
  };
}

/** What the server keeps about one pull request. */
export interface PullState {
  number: number;
  title: string;
  body: string | null;
  head: string;
  headSha: string;
  base: string;
  baseSha: string;
  state: 'open' | 'closed';
  author: Account | null;
  labels: string[];
  reviewers: string[];
  teamReviewers: string[];
  closedAt: string | null;
}

export function pullRequest(site: Site, owner: string, repo: string, defaultBranch: string, pull: PullState): PullRequest {
  const repoObject = repository(site, owner, repo, defaultBranch);
  const url = `${site.api}/repos/${owner}/${repo}/pulls/${pull.number}`;
  const issueUrl = `${site.api}/repos/${owner}/${repo}/issues/${pull.number}`;
  const html = `${site.web}/${owner}/${repo}/pull/${pull.number}`;
  const ownerUser = simpleUser(site, owner, 'Organization');
  return {
    url,
    id: idFor(url),
    node_id: `PR_${idFor(url)}`,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issueUrl,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${site.api}/repos/${owner}/${repo}/pulls/comments{/number}`,
    comments_url: `${issueUrl}/comments`,
    statuses_url: `${site.api}/repos/${owner}/${repo}/statuses/${pull.headSha}`,
    number: pull.number,
    state: pull.state,
    locked: false,
    title: pull.title,
    // This schema has no null user: GitHub shows a deleted account as `ghost` here.
    user: authorOf(site, pull.author) ?? simpleUser(site, 'ghost'),
    body: pull.body,
    labels: pull.labels.map((name) => label(site, owner, repo, name)),
    milestone: null,
    created_at: TIMESTAMP,
    updated_at: TIMESTAMP,
    closed_at: pull.closedAt,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: pull.reviewers.map((login) => simpleUser(site, login)),
    requested_teams: pull.teamReviewers.map((slug) => teamSimple(site, owner, slug)),
    head: { label: `${owner}:${pull.head}`, ref: pull.head, repo: repoObject, sha: pull.headSha, user: ownerUser },
    base: { label: `${owner}:${pull.base}`, ref: pull.base, repo: repoObject, sha: pull.baseSha, user: ownerUser },
    _links: {
      comments: { href: `${issueUrl}/comments` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${site.api}/repos/${owner}/${repo}/statuses/${pull.headSha}` },
      html: { href: html },
      issue: { href: issueUrl },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${site.api}/repos/${owner}/${repo}/pulls/comments{/number}` },
      self: { href: url },
    },
    author_association: 'NONE',
    auto_merge: null,
    draft: false,
    merged: false,
    mergeable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: 0,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: 1,
    additions: 3,
    deletions: 0,
    changed_files: 1,
  };
}

/** The list endpoint's shape: a full pull request carries every field of the simple one. */
export function pullRequestSimple(site: Site, owner: string, repo: string, defaultBranch: string, pull: PullState): PullRequestSimple {
  const full = pullRequest(site, owner, repo, defaultBranch, pull);
  // This schema types a deleted author as null, a label's description as a non-null string and a requested team with its parent.
  return {
    ...full,
    user: authorOf(site, pull.author),
    labels: full.labels.map((entry) => ({ ...entry, description: entry.description ?? '' })),
    requested_teams: (full.requested_teams ?? []).map((team) => ({ ...team, parent: null })),
  };
}

export type Issue = Schemas['issue'];

/** What the server keeps about one issue that is not a pull request. */
export interface IssueState {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  author: Account | null;
  labels: string[];
}

export function issue(site: Site, owner: string, repo: string, state: IssueState): Issue {
  const repoUrl = `${site.api}/repos/${owner}/${repo}`;
  const url = `${repoUrl}/issues/${state.number}`;
  return {
    id: idFor(`${owner}/${repo}/issues/${state.number}`),
    node_id: `I_${state.number}`,
    url,
    repository_url: repoUrl,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `${site.web}/${owner}/${repo}/issues/${state.number}`,
    number: state.number,
    state: state.state,
    state_reason: state.stateReason,
    title: state.title,
    body: state.body,
    user: authorOf(site, state.author),
    labels: state.labels.map((name) => label(site, owner, repo, name)),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments: 0,
    closed_at: state.state === 'closed' ? TIMESTAMP : null,
    created_at: TIMESTAMP,
    updated_at: TIMESTAMP,
    author_association: 'NONE',
  };
}

/** A pull request as `GET /issues` lists it: an issue with a `pull_request` key. */
export function pullAsIssue(site: Site, owner: string, repo: string, pull: PullState): Issue {
  const base = issue(site, owner, repo, {
    number: pull.number,
    title: pull.title,
    body: pull.body,
    state: pull.state,
    stateReason: null,
    author: pull.author,
    labels: pull.labels,
  });
  return {
    ...base,
    html_url: `${site.web}/${owner}/${repo}/pull/${pull.number}`,
    pull_request: {
      url: `${site.api}/repos/${owner}/${repo}/pulls/${pull.number}`,
      html_url: `${site.web}/${owner}/${repo}/pull/${pull.number}`,
      diff_url: `${site.web}/${owner}/${repo}/pull/${pull.number}.diff`,
      patch_url: `${site.web}/${owner}/${repo}/pull/${pull.number}.patch`,
      merged_at: null,
    },
  };
}
