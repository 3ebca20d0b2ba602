/** The part of mapshaper's Node API the boundary scripts use (the package ships no types). */
declare module 'mapshaper' {
  /** Runs mapshaper commands on in-memory files; resolves to the output files by name. */
  export function applyCommands(
    commands: string,
    input?: Record<string, string | object>,
  ): Promise<Record<string, string | Uint8Array>>;
  const mapshaper: { applyCommands: typeof applyCommands };
  export default mapshaper;
}
