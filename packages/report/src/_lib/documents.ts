import { dirname, isAbsolute, resolve } from 'node:path';
import { InputError, type Metrics, type OnlineSplitSetting, type ServiceIndex } from '@tthc/core';
import { readUnitsTable } from '@tthc/import';
import {
  type Notes,
  type Profile,
  type RenderReportOptions,
  type RenderedFile,
  type UnitEntry,
  mergeNotes,
  parseNotes,
  parseProfile,
  renderReport,
  reportFileName,
  unitEntries,
} from '@tthc/render';
import type { DocumentRequest, FileRef } from '../request/reportRequest';
import { reportInputErrors } from '../reportErrors';
import { renderFormatsFor, withPdfs } from './reportPdf';
import { type FileAccess, bytesOf, nameOf, pathOf, textOf } from './files';

/** The options every report of a run shares. */
type SharedOptions = Pick<RenderReportOptions, 'templates' | 'templatesDir' | 'wordTemplate' | 'documentDate'>;

/** What the documents are made from, read before the import (a broken profile does not wait for it). */
export interface DocumentInputs {
  /** One unit's profile (a unit report request). */
  profile?: Profile;
  notes?: Notes;
  /** The wards of a units table, their profiles parsed (a units request). */
  units?: UnitEntry[];
  /** Whether a profile (merged with the notes) turns the QĐ 766 section on. */
  serviceIndex: boolean;
  /** The online split one unit's profile (merged with the notes) sets for its index; each ward's is in its profile. */
  onlineSplit?: OnlineSplitSetting;
  shared: SharedOptions;
}

const lastSegment = (path: string): string => path.split(/[\\/]/).pop() ?? path;

/** The units table's rows with their profiles: among `profiles` by file name, else beside the table. */
async function readUnits(table: FileRef, profiles: readonly FileRef[] | undefined, files: FileAccess): Promise<UnitEntry[]> {
  const source = await bytesOf(table, files);
  const rows = await readUnitsTable(source);
  const folder = pathOf(table) === undefined ? undefined : dirname(pathOf(table) as string);
  return unitEntries(rows, async (row) => {
    if (profiles !== undefined) {
      const wanted = lastSegment(row.profile);
      const found = profiles.find((p) => lastSegment(nameOf(p)) === wanted);
      if (found === undefined) {
        throw new InputError(reportInputErrors.no_profile_file, { path: { file: source.name, line: row.line }, params: { profile: row.profile } });
      }
      return (await textOf(found, files)).text;
    }
    const path = isAbsolute(row.profile) || folder === undefined ? row.profile : resolve(folder, row.profile);
    return (await textOf(row.profile === path ? path : { name: row.profile, path }, files)).text;
  });
}

/** Reads the profile and notes, or the units table and its profiles, and the Word template. */
export async function readDocumentInputs(r: DocumentRequest, files: FileAccess): Promise<DocumentInputs> {
  const report = r.report;
  const shared: SharedOptions = {
    ...(r.templates ? { templates: r.templates } : {}),
    ...(r.templatesDir ? { templatesDir: r.templatesDir } : {}),
    ...(r.documentDate ? { documentDate: r.documentDate } : {}),
  };
  if ('units' in report) {
    const units = await readUnits(report.units, report.profiles, files);
    if (r.wordTemplate) shared.wordTemplate = (await bytesOf(r.wordTemplate, files)).data;
    return { units, serviceIndex: units.some((u) => u.profile.serviceIndex), shared };
  }
  const profileFile = await textOf(report.profile, files);
  const profile = parseProfile(profileFile.text, profileFile.name);
  const notesFile = report.notes === undefined ? undefined : await textOf(report.notes, files);
  const notes = notesFile === undefined ? undefined : parseNotes(notesFile.text, notesFile.name);
  if (r.wordTemplate) shared.wordTemplate = (await bytesOf(r.wordTemplate, files)).data;
  const merged = mergeNotes(profile, notes);
  const onlineSplit = merged.serviceIndexAssumptions?.onlineSplit;
  return { profile, ...(notes ? { notes } : {}), serviceIndex: merged.serviceIndex, ...(onlineSplit ? { onlineSplit } : {}), shared };
}

/** One unit's report in the request's formats, each file named by `reportFileName` from its profile. */
export async function renderUnitDocuments(
  r: Pick<DocumentRequest, 'formats'>,
  inputs: DocumentInputs,
  metrics: Metrics,
  serviceIndex: ServiceIndex | undefined,
  history?: Pick<RenderReportOptions, 'comparisons' | 'carriedOver' | 'recent'>,
): Promise<RenderedFile[]> {
  const profile = inputs.profile as Profile;
  const formats = renderFormatsFor(r.formats);
  const rendered = await renderReport({
    metrics,
    profile,
    ...(inputs.notes ? { notes: inputs.notes } : {}),
    formats,
    ...inputs.shared,
    ...(serviceIndex ? { serviceIndex } : {}),
    ...history,
  });
  const files = formats.map((format) => ({ name: reportFileName(profile.unit.name, metrics.period, format), content: rendered[format] }));
  return withPdfs(r.formats, files, inputs.shared.documentDate ?? inputs.notes?.documentDate ?? metrics.period.to);
}
