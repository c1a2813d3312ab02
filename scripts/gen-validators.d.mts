export declare const repoRoot: string;
export declare function generateValidatorsModule(): Promise<string>;
/** Bundles module text (resolved from the repository root) into `outfile` as ESM and imports it. */
export declare function importBundled(contents: string, loader: 'js' | 'ts', outfile: string): Promise<Record<string, unknown>>;
