/**
 * SAJ database names as pages and people write them: "SAJ-Campo Grande" = "SAJ Campo Grande" =
 * "campo grande". One key for the engine, the options page and the guides.
 */
export function databaseKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^saj\s+/, '');
}

export function sameDatabase(a: string, b: string): boolean {
  const key = databaseKey(a);
  return key !== '' && key === databaseKey(b);
}
