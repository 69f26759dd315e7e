// Stable ids from names: 'United States' -> 'united-states', 'Qihoo 360' -> 'qihoo-360', 'Türkiye' -> 'turkiye'.
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
