export declare const CONFIG_SCHEMA: string;
export declare function withRuleIds(schemaText: string, ids: readonly string[]): string;
