import { LocalDate } from '@tthc/core';
import { z } from 'zod';
import { ServiceIndexAssumptionsSetting } from '@tthc/core';

const text = z.string().trim().min(1);

/**
 * One paragraph of standing narrative. It may hold footnote markers `[^id]` whose texts live in
 * the profile's `footnotes` map.
 */
export const Paragraph = text;

const paragraphs = z.array(Paragraph);

/** The narrative of sections I–III and V, and the standing part of IV.3 (domain.md §8). */
export const Narrative = z.object({
  /** I. Về việc xây dựng, ban hành văn bản. */
  documents: paragraphs,
  /** II. Về hạ tầng công nghệ (systems in use, equipment inventory). */
  infrastructure: paragraphs,
  /** III.1 Về việc bố trí cán bộ. */
  staffing: paragraphs,
  /** III.2 Về việc đào tạo, tập huấn. */
  training: paragraphs,
  /** IV.3 Kết quả đã đạt được (before the generated sentence about overdue dossiers). */
  achievements: paragraphs,
  /** V.1.a Ưu điểm. */
  strengths: paragraphs,
  /** V.1.b Khó khăn, vướng mắc. */
  difficulties: paragraphs,
  /** V.2 Đề xuất kiến nghị. */
  recommendations: paragraphs,
});
export interface Narrative extends z.infer<typeof Narrative> {}

/** An e-mail address a report is sent to: "van-phong@phuong.example.vn". */
export const EmailAddress = z.email({ error: 'expected an e-mail address, e.g. van-phong@phuong.example.vn' });

/** Who signs (Nghị định 30/2020, ô 7a/7b): authority lines, position, name. */
export const Signer = z.object({
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" — one line each, printed in capitals. */
  authority: z.array(text),
  /** "PHÓ CHỦ TỊCH". */
  position: text,
  /** The signer's name, without academic titles. */
  name: text,
});
export interface Signer extends z.infer<typeof Signer> {}

/** An image file next to the profile: a plain PNG file name, no folder ("chu-ky.png"). */
const imageFile = z.string().regex(/^[\p{L}\p{N}_.-]+\.png$/iu, 'expected a PNG file name next to the profile, e.g. chu-ky.png');

/**
 * The unit's signature images, for `tthc sign` (Nghị định 30/2020, Phụ lục I): files next to
 * the profile, and their printed widths.
 */
export const SigningImages = z.object({
  /** The signer's handwritten signature: blue, PNG with a transparent background. */
  signerImage: imageFile.optional(),
  /** Its printed width in mm (35 by default; shrunk to the room between title and name). */
  signerWidthMm: z.number().positive().max(100).optional(),
  /** The seal: red, PNG with a transparent background. */
  sealImage: imageFile.optional(),
  /** The seal's real width in mm (its diameter): the image is printed at this size. */
  sealWidthMm: z.number().positive().max(80).optional(),
});
export interface SigningImages extends z.infer<typeof SigningImages> {}

/**
 * A unit's profile: who reports, to whom, how the document is headed and signed, and the
 * standing narrative. Read from YAML or JSON with `parseProfile`.
 */
export const Profile = z.object({
  unit: z.object({
    /** The unit's name, used for the file names: "Phường Hải An". */
    name: text,
    /** The word used in generated sentences: "phường", "xã", "đặc khu". */
    kind: text,
  }),
  agency: z.object({
    /** Cơ quan chủ quản trực tiếp (ô 2, upright capitals), when there is one. */
    parent: text.nullable().default(null),
    /** Tên cơ quan ban hành, one entry per printed line: ["ỦY BAN NHÂN DÂN", "PHƯỜNG HẢI AN"]. */
    name: z.array(text).min(1),
  }),
  /** Địa danh of the date line: "Hải An". */
  place: text,
  /** Ký hiệu: "BC-UBND". */
  symbol: text.regex(/^[A-ZĐ0-9-]+$/u, 'expected capitals and hyphens, e.g. BC-UBND'),
  /** Trích yếu (the report's title under "BÁO CÁO"). */
  title: text,
  /** Đơn vị nhận báo cáo, printed on the annex. */
  reportRecipient: text,
  narrative: Narrative,
  /** The closing sentence ("Trên đây là báo cáo … ./."). */
  closing: text,
  /** Nơi nhận, one line each, without the leading "- " and the final ";" or ".". */
  recipients: z.array(text).min(1),
  /**
   * The e-mail addresses the finished report is sent to (by the n8n city workflow, which mails
   * each ward's report to its own list); not printed in the document. Default none.
   */
  emailRecipients: z.array(EmailAddress).default([]),
  signer: Signer,
  /** The signature and seal images `tthc sign` draws; none by default. */
  signing: SigningImages.optional(),
  /**
   * Whether the report has the section "Chỉ số QĐ 766 (ước tính)" and the annex its sheet: the
   * QĐ 766 index estimated from the dossiers (`computeServiceIndex` of @tthc/core). Default off.
   */
  serviceIndex: z.boolean().default(false),
  /**
   * What the unit assumes where the portal publishes nothing, for its QĐ 766 index: today how
   * the online group's 12 points split across A, B, C (`onlineSplit: { points: [3, 4, 5] }`,
   * with a `name` and `version` when the unit names it). Default the toolkit's `split-2-4-6`,
   * a hypothesis. The report states the split used.
   */
  serviceIndexAssumptions: ServiceIndexAssumptionsSetting.optional(),
  /** Footnote texts by id, referenced as `[^id]` in narrative paragraphs. */
  footnotes: z.record(z.string().regex(/^[\w-]+$/), text).default({}),
});
export interface Profile extends z.infer<typeof Profile> {}

/**
 * A period's notes, merged over the profile: any part of the profile (objects merge key by
 * key, lists replace), plus the document number and date once they are known.
 */
export const Notes = z
  .object({
    /** Số of the document (the "15" of "Số: 15/BC-UBND"); blank when absent. */
    documentNumber: z.number().int().positive().optional(),
    /** The document's date (YYYY-MM-DD); the date line keeps blanks when absent. */
    documentDate: LocalDate.optional(),
  })
  .catchall(z.unknown());
export interface Notes extends z.infer<typeof Notes> {}
