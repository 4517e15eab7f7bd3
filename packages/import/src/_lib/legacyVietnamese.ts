/** Placeholder until the TCVN3/VNI tables land: returns the text unchanged. */
export function convertLegacy(text: string): string {
  return text;
}
