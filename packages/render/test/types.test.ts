import { expectTypeOf, it } from 'vitest';
import type { RenderedReport, renderReport } from '../src/index';

// Checked by the type checker (pnpm typecheck): the rendered report has exactly the formats asked for.
it('types the rendered report by the formats asked for', () => {
  expectTypeOf<RenderedReport<'docx'>>().toEqualTypeOf<{ docx: Uint8Array }>();
  expectTypeOf<Awaited<ReturnType<typeof renderReport<'md' | 'xlsx'>>>>().toEqualTypeOf<{ xlsx: Uint8Array; md: string }>();
  expectTypeOf<RenderedReport>().toEqualTypeOf<{ docx: Uint8Array; xlsx: Uint8Array; md: string; html: string }>();
});
