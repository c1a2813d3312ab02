export declare const repoRoot: string;
export declare function generateValidatorsModule(): Promise<string>;
