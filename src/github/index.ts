/** GitHub, for the shells that talk to it (renewal pull requests, and later issues): a client and one repository adapter. */
export { createGitHubClient, DEFAULT_API_URL, type GitHubClient, type GitHubClientOptions } from './client.js';
export {
  GitHubRepository,
  splitReviewers,
  statusOf,
  type Author,
  type EnsuredIssue,
  type GitHubIssueWriter,
  type IssueSummary,
  type NewPull,
  type PullRequest,
  type PullRequestSummary,
  type RepoRef,
  type Reviewers,
  type WantedIssue,
} from './repository.js';
