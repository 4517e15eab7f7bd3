import type { RowEvent, RowStream } from '../_lib/events';
import type { Field } from '../presets/aliases';
import { canonicalRecord, looksCanonical } from '../presets/canonical';
import { foldWord } from '../presets/fold';
import { type Cell, type MappedColumn, type RowContext, mapRow } from '../presets/mapRow';
import { type Preset, civilStatusPreset, oneStopPreset, portalPreset } from '../presets/preset';
import type { ObjectEvent } from './jsonLines';

/** The portal's nested lists, turned into the canonical counts and flags. */
function portalExtras(value: Readonly<Record<string, unknown>>): Record<string, Cell> {
  const extras: Record<string, Cell> = {};
  const supplements = value.DanhSachHoSoBoSung;
  if (Array.isArray(supplements)) extras.supplementRequests = supplements.length;
  const results = value.DanhSachGiayToKetQua;
  if (Array.isArray(results)) {
    extras.hasElectronicResult = results.some(
      (r) => r !== null && typeof r === 'object' && typeof (r as Record<string, unknown>).DuongDanTepTinKetQua === 'string' && (r as Record<string, string>).DuongDanTepTinKetQua !== '',
    );
  }
  return extras;
}

function choosePreset(value: Readonly<Record<string, unknown>>, forced: Preset | undefined): Preset | 'canonical' {
  if (forced) return forced;
  if (looksCanonical(value)) return 'canonical';
  let best: Preset | undefined;
  let bestScore = 2;
  for (const preset of [portalPreset, oneStopPreset, civilStatusPreset]) {
    let score = 0;
    for (const key of Object.keys(value)) if (preset.headings.has(foldWord(key))) score++;
    if (score > bestScore) {
      best = preset;
      bestScore = score;
    }
  }
  return best ?? 'canonical';
}

/**
 * Turns JSON objects into row events. The source is told by the first object's keys: canonical
 * field names, the portal's `HoSoDongBoDVC` names (`MaHoSo`, `TrangThaiHoSo`, …) or Vietnamese
 * headings; its values are read as that source spells them.
 */
export async function* objectEvents(
  objects: AsyncIterable<ObjectEvent>,
  stream: RowStream,
  forced: Preset | undefined,
  forceCanonical: boolean,
): AsyncIterable<RowEvent[]> {
  let out: RowEvent[] = [];
  for await (const event of objectEventsOneByOne(objects, stream, forced, forceCanonical)) {
    out.push(event);
    if (out.length >= 512) {
      yield out;
      out = [];
    }
  }
  if (out.length > 0) yield out;
}

async function* objectEventsOneByOne(
  objects: AsyncIterable<ObjectEvent>,
  stream: RowStream,
  forced: Preset | undefined,
  forceCanonical: boolean,
): AsyncIterable<RowEvent> {
  let preset: Preset | 'canonical' | undefined = forceCanonical ? 'canonical' : undefined;
  const columnCache = new Map<string, { columns: MappedColumn[]; headings: Record<string, string> }>();
  let ctx: RowContext | undefined;
  for await (const event of objects) {
    if (event.kind !== 'object') {
      yield event;
      continue;
    }
    if (preset === undefined) {
      preset = choosePreset(event.value, forced);
      stream.source = preset === 'canonical' ? 'canonical' : preset.name;
      if (preset !== 'canonical') ctx = { preset, dateSystem: '1900', cleanCells: true, serialDates: false };
    }
    if (preset === 'canonical' || !ctx) {
      yield { kind: 'record', path: event.path, record: canonicalRecord(event.value) };
      continue;
    }
    const value = preset === portalPreset ? { ...event.value, ...portalExtras(event.value) } : event.value;
    const keys = Object.keys(value);
    const signature = keys.join('\u0000');
    let cached = columnCache.get(signature);
    if (!cached) {
      const columns: MappedColumn[] = [];
      const headings: Record<string, string> = {};
      const seen = new Set<Field>();
      keys.forEach((key, index) => {
        const field = (preset as Preset).headings.get(foldWord(key)) ?? (isField(key) ? key : undefined);
        if (field && !seen.has(field)) {
          seen.add(field);
          columns.push({ index, field, heading: key });
          headings[field] = key;
        }
      });
      cached = { columns, headings };
      if (columnCache.size < 1000) columnCache.set(signature, cached);
    }
    const cells = keys.map((k) => toCell(value[k]));
    const { record, issues } = mapRow(cells, cached.columns, event.path, ctx);
    if (issues.length > 0) yield { kind: 'reject', issues };
    else yield { kind: 'record', path: event.path, record, columns: cached.headings };
  }
}

const extraFields = new Set(['supplementRequests', 'hasElectronicResult']);
const isField = (key: string): key is Field => extraFields.has(key);

function toCell(v: unknown): Cell {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v);
}
