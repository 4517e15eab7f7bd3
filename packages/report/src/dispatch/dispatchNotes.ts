import { defineNotes } from '@tthc/core';

/** What a dispatch tells of a mail it did not (all) send: worded once, shown by every face. */
export const dispatchNotes = defineNotes({
  dispatch_failed: {
    vi: '{unit} ({from} – {to}): không gửi được thư tới {recipients}: {detail}. Lần chạy sau sẽ gửi lại thư này (chỉ thư này).',
    en: '{unit} ({from} – {to}): the mail to {recipients} was not sent: {detail}. The next run sends it again (only it).',
  },
  dispatch_unreachable: {
    vi: '{unit} ({from} – {to}): không kết nối được máy chủ thư {server} để gửi tới {recipients}. Lần chạy sau sẽ gửi lại thư này (chỉ thư này).',
    en: '{unit} ({from} – {to}): cannot connect to the mail server {server} to send to {recipients}. The next run sends it again (only it).',
  },
  dispatch_busy: {
    vi: '{unit} ({from} – {to}): một lần chạy khác đang gửi thư tới {recipients} (đến {until}); lần chạy này không gửi.',
    en: '{unit} ({from} – {to}): another run is sending the mail to {recipients} (until {until}); this run does not.',
  },
  dispatch_no_recipients: {
    vi: '{unit} ({from} – {to}): không có địa chỉ nhận thư (emailRecipients trong hồ sơ đơn vị); báo cáo không được gửi.',
    en: '{unit} ({from} – {to}): no address to mail it to (emailRecipients in the profile); the report is not mailed.',
  },
});
