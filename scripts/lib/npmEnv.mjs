// The environment for an npm or pnpm command a script starts: without the npm_config_* settings
// `pnpm run` passes to its scripts, which are pnpm's (npm warns of each one it does not know).
export function npmEnv(extra = {}) {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_/i.test(k))), ...extra };
}
