export function formatViDate(date: string): string {
  void date;
  throw new Error('not implemented');
}
