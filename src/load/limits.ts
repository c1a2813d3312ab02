/** Input limits (`limits` in abm-gitops.yml); defaults from docs/security.md. */
export interface InputLimits {
  maxFileBytes: number;
  maxDepth: number;
  maxAliasCount: number;
}

export const DEFAULT_LIMITS: InputLimits = {
  maxFileBytes: 2_097_152,
  maxDepth: 64,
  maxAliasCount: 1000,
};
