/** Query keys start with the source system so a retry or invalidation can target one system. */
export const sourceKey = {
  units: ['units'] as const,
  procedures: ['procedures'] as const,
  complaints: ['complaints'] as const,
  disclosure: ['disclosure'] as const,
  emulation: ['emulation'] as const,
};
