import { defineErrors } from '@tthc/core';

/** The codes of `MarkupError`; `{line}` is the path's line of the markup. */
export const markupErrors = defineErrors('markup', {
  bare_ampersand: { vi: 'dòng {line}: dấu "&" đứng riêng (viết &amp;)', en: 'line {line}: a bare "&" (write &amp;)' },
  unknown_entity: { vi: 'dòng {line}: thực thể không biết {entity}', en: 'line {line}: unknown entity {entity}' },
  stray_less_than: {
    vi: 'dòng {line}: dấu "<" không mở thẻ nào (viết &lt;)',
    en: 'line {line}: "<" that does not start a tag (write &lt;)',
  },
  wrong_closing_tag: { vi: 'dòng {line}: </{element}> đóng <{open}>', en: 'line {line}: </{element}> closes <{open}>' },
  never_closed: { vi: 'dòng {line}: <{element}> không được đóng', en: 'line {line}: <{element}> is never closed' },
  not_allowed_inside: {
    vi: 'dòng {line}: không được đặt <{element}> trong <{parent}>',
    en: 'line {line}: <{element}> is not allowed inside <{parent}>',
  },
  text_directly_inside: {
    vi: 'dòng {line}: chữ "{text}" nằm trực tiếp trong <{parent}>',
    en: 'line {line}: text "{text}" directly inside <{parent}>',
  },
  needs_exactly_one: {
    vi: 'dòng {line}: <{parent}> cần đúng một <{element}>',
    en: 'line {line}: <{parent}> needs exactly one <{element}>',
  },
  needs_at_most_one: {
    vi: 'dòng {line}: <{parent}> chỉ được có nhiều nhất một <{element}>',
    en: 'line {line}: <{parent}> needs at most one <{element}>',
  },
  needs_agency: {
    vi: 'dòng {line}: <masthead> cần ít nhất một <agency>',
    en: 'line {line}: <masthead> needs at least one <agency>',
  },
  unknown_element: { vi: 'dòng {line}: thẻ không biết <{element}>', en: 'line {line}: unknown element <{element}>' },
});
