/** Repository-relative path of the generated types file. */
export declare const TYPES_FILE: string;
/** The text of src/base/schema-types.ts as generated from schemas/*.schema.json. */
export declare function generateTypes(): Promise<string>;
