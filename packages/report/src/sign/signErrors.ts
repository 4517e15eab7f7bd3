import { defineErrors } from '@tthc/core';
import type { SignRole } from './signatureMarks';

/** How a role is named in the errors. */
export const roleWords = (role: SignRole) =>
  role === 'signer' ? { roleVi: 'người có thẩm quyền', roleEn: 'the signer' } : { roleVi: 'cơ quan, tổ chức', roleEn: 'the organisation' };

/** The errors of signing a report's PDF (`InputError`). */
export const signInputErrors = defineErrors('input', {
  not_signable_pdf: {
    vi: '{file}: không ký được tệp PDF này ({detail}); chỉ ký tệp PDF do tthc report in ra',
    en: 'cannot sign this PDF ({detail}); only PDFs printed by tthc report are signed',
  },
  no_signature_block: {
    vi: '{file}: không thấy khối chữ ký của báo cáo (tệp không do tthc report in ra, hoặc là phụ lục: phụ lục chỉ do cơ quan ký, --role organisation)',
    en: 'no signature block of a report (not printed by tthc report, or an annex: an annex is signed by the organisation only, --role organisation)',
  },
  already_signed: {
    vi: '{file}: tệp đã có chữ ký của {roleVi}',
    en: 'the file already carries the signature of {roleEn}',
  },
  image_missing: {
    vi: '{file}: ký với vai trò {roleVi} cần hình ảnh {image} trong hồ sơ đơn vị (signing.{image})',
    en: 'signing as {roleEn} needs the {image} image in the unit profile (signing.{image})',
  },
  seal_size_missing: {
    vi: '{file}: con dấu được in đúng kích thước thật: cho biết bề rộng của nó trong hồ sơ đơn vị (signing.sealWidthMm)',
    en: "the seal is printed at its real size: give its width in the unit profile (signing.sealWidthMm)",
  },
  bad_image: {
    vi: '{file}: hình ảnh chữ ký không dùng được: {detail} (cần PNG 8 bit, nền trong suốt)',
    en: 'the signature image cannot be used: {detail} (expected an 8-bit PNG with a transparent background)',
  },
  document_number_missing: {
    vi: '{file}: chữ ký của cơ quan trên phụ lục ghi số, ký hiệu văn bản: cho biết số (--number 15/BC-UBND)',
    en: "the organisation's signature on an annex shows the document's number and symbol: give it (--number 15/BC-UBND)",
  },
  pkcs12_unreadable: {
    vi: '{file}: không mở được tệp PKCS#12 (sai mật khẩu, hoặc không phải tệp .p12/.pfx)',
    en: 'cannot open the PKCS#12 file (wrong password, or not a .p12/.pfx file)',
  },
  pkcs12_no_key: {
    vi: '{file}: tệp PKCS#12 không có khóa bí mật kèm chứng thư của nó',
    en: 'the PKCS#12 file holds no private key with its certificate',
  },
  remote_signer_failed: {
    vi: 'Dịch vụ ký số từ xa {url} không trả chữ ký: {detail}',
    en: 'the remote signing service {url} returned no signature: {detail}',
  },
  tsa_failed: {
    vi: 'Máy chủ cấp dấu thời gian {url} không trả dấu thời gian: {detail}',
    en: 'the time-stamp server {url} returned no time-stamp: {detail}',
  },
  signature_too_large: {
    vi: '{file}: chữ ký ({size} byte) lớn hơn chỗ dành cho nó ({room} byte)',
    en: 'the signature ({size} bytes) is larger than the room kept for it ({room} bytes)',
  },
});
