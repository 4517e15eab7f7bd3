import { dirname, join } from 'node:path';
import { documentNumberAndSymbol, mergeNotes, parseNotes, parseProfile } from '@tthc/render';
import { type FileAccess, diskFiles, pathOf, textOf } from '../_lib/files';
import type { FileRef } from '../request/reportRequest';
import type { SignPdfOptions } from './signPdf';

/** What a unit's profile (and the period's notes) give a signature: its images and sizes, the document's number. */
export interface SigningProfile {
  appearance: NonNullable<SignPdfOptions['appearance']>;
  /**
   * The number given, else from the profile and notes: "15/BC-UBND"; "    /BC-UBND" (blanks, as the
   * report's header) when the notes give no number; absent with neither a number nor a profile.
   */
  documentNumber?: string;
}

/**
 * Reads a unit's profile for signing: the images of `signing` (PNG files named in it, read from
 * the profile's folder: a name, never a path) and the document's number from the notes, unless
 * `documentNumber` gives it. Without a profile: no images, and the number given if any. The
 * result goes into `signPdf`'s options as it is.
 *
 * @throws InputError naming the profile, the notes or an image that cannot be read
 */
export async function readSigningProfile(
  profile: FileRef | undefined,
  options: { notes?: FileRef; files?: FileAccess; documentNumber?: string } = {},
): Promise<SigningProfile> {
  const given = options.documentNumber?.trim() ? { documentNumber: options.documentNumber.trim() } : {};
  if (profile === undefined) return { appearance: {}, ...given };
  const files = options.files ?? diskFiles;
  const profileFile = await textOf(profile, files);
  const notesFile = options.notes === undefined ? undefined : await textOf(options.notes, files);
  const notes = notesFile ? parseNotes(notesFile.text, notesFile.name) : undefined;
  const unit = mergeNotes(parseProfile(profileFile.text, profileFile.name), notes);
  const s = unit.signing ?? {};
  const folder = pathOf(profile);
  // The schema allows a plain file name only (no folder, no "..").
  const image = async (fileName: string | undefined) =>
    fileName === undefined || folder === undefined ? undefined : files.readFile(join(dirname(folder), fileName), fileName);
  const [signerImage, sealImage] = await Promise.all([image(s.signerImage), image(s.sealImage)]);
  const documentNumber = documentNumberAndSymbol(notes?.documentNumber, unit.symbol);
  return {
    appearance: {
      ...(signerImage ? { signerImage } : {}),
      ...(s.signerWidthMm ? { signerWidthMm: s.signerWidthMm } : {}),
      ...(sealImage ? { sealImage } : {}),
      ...(s.sealWidthMm ? { sealWidthMm: s.sealWidthMm } : {}),
    },
    documentNumber,
    ...given,
  };
}
