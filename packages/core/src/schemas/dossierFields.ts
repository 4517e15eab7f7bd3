// domain.md §3 — the canonical dossier as data: the one definition of its fields, from which the
// zod schema (schemas/dossier.ts), the fast validator (validate/validateDossier.ts), the import's
// compact store and its JSON writer, and the merge of several inputs are all derived.

/** What a field holds, which decides its zod type, its validation and its storage. */
export type DossierFieldKind = 'text' | 'status' | 'channel' | 'serviceLevel' | 'dateTime' | 'count' | 'flag';

/** One field of the canonical dossier. */
export interface DossierFieldSpec {
  readonly name: string;
  /** The field's Vietnamese name, as officers read it in exports and messages. */
  readonly label: string;
  readonly kind: DossierFieldKind;
  /** Present in every dossier (the zod schema's non-optional fields). */
  readonly required?: true;
  /** Personal data: dropped on import unless asked for, never printed. */
  readonly personal?: true;
  /** Two inputs that disagree on it report a `conflict` (domain.md §3, several inputs). */
  readonly compared?: true;
  /** The kept record takes it from another input of the same dossier when it lacks it. */
  readonly fillable?: true;
}

/**
 * The fields of the canonical dossier in their order (domain.md §3): the JSON key order of every
 * dossier the toolkit writes. Names follow the portal's `HoSoDongBoDVC` in English.
 */
export const dossierFieldTable = [
  { name: 'code', label: 'Mã hồ sơ', kind: 'text', required: true },
  { name: 'procedureCode', label: 'Mã TTHC', kind: 'text', compared: true, fillable: true },
  { name: 'procedureName', label: 'Tên thủ tục', kind: 'text', required: true },
  { name: 'fieldName', label: 'Lĩnh vực', kind: 'text', fillable: true },
  { name: 'fieldCode', label: 'Mã lĩnh vực', kind: 'text', fillable: true },
  { name: 'unit', label: 'Đơn vị xử lý', kind: 'text', fillable: true },
  { name: 'channel', label: 'Kênh nộp', kind: 'channel', required: true, compared: true },
  { name: 'serviceLevel', label: 'Mức độ DVC', kind: 'serviceLevel', compared: true, fillable: true },
  { name: 'status', label: 'Trạng thái', kind: 'status', required: true, compared: true },
  { name: 'submittedAt', label: 'Ngày nộp', kind: 'dateTime', compared: true },
  { name: 'receivedAt', label: 'Ngày tiếp nhận', kind: 'dateTime', compared: true },
  { name: 'dueAt', label: 'Ngày hẹn trả', kind: 'dateTime', compared: true },
  { name: 'supplementRequestedAt', label: 'Ngày yêu cầu bổ sung', kind: 'dateTime', compared: true },
  { name: 'finishedAt', label: 'Ngày kết thúc xử lý', kind: 'dateTime', compared: true },
  { name: 'returnedAt', label: 'Ngày trả kết quả', kind: 'dateTime', compared: true },
  { name: 'supplementRequests', label: 'Số lần yêu cầu bổ sung', kind: 'count', fillable: true },
  { name: 'applicant', label: 'Chủ hồ sơ', kind: 'text', personal: true, fillable: true },
  { name: 'paidOnline', label: 'Thanh toán trực tuyến', kind: 'flag', fillable: true },
  { name: 'hasDigitizedComponents', label: 'Có thành phần hồ sơ số hóa', kind: 'flag', fillable: true },
  { name: 'hasElectronicResult', label: 'Có kết quả điện tử', kind: 'flag', fillable: true },
] as const satisfies readonly DossierFieldSpec[];

/** The table's entries, typed. */
export type DossierFieldEntry = (typeof dossierFieldTable)[number];

/** The name of a canonical field. */
export type DossierFieldName = DossierFieldEntry['name'];

/** The names of the fields of one kind, in table order. */
export type DossierFieldOfKind<K extends DossierFieldKind> = Extract<DossierFieldEntry, { kind: K }>['name'];

/** The names of the fields of `kind`, in table order. */
export function dossierFieldsOfKind<K extends DossierFieldKind>(kind: K): DossierFieldOfKind<K>[] {
  return dossierFieldTable.filter((f) => f.kind === kind).map((f) => f.name) as DossierFieldOfKind<K>[];
}

/** The names of the fields that carry `flag` (`compared`, `fillable`, `personal`, `required`). */
export function dossierFieldsWith(flag: 'compared' | 'fillable' | 'personal' | 'required'): DossierFieldName[] {
  return dossierFieldTable.filter((f) => (f as DossierFieldSpec)[flag] === true).map((f) => f.name);
}

/** Vietnamese name of each canonical field, as officers read it in exports. */
export const fieldLabels: Readonly<Record<string, string>> = Object.fromEntries(dossierFieldTable.map((f) => [f.name, f.label]));
