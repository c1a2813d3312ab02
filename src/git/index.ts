/**
 * The git adapter: one `simple-git` client with the environment the tool
 * allows (`gitClient`), and the files a change touched (`changedFilesSince`,
 * for `--changed-since` and the Action's changed-only).
 */
export { changedFilesSince } from './changed-files.js';
export { gitClient } from './client.js';
