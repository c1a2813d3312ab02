export function fieldReference(root?: URL): string;
export function replaceReference(page: string, reference: string): string;
