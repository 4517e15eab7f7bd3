// The default templates (Handlebars, strict). Each one can be replaced by a file
// `<name>.hbs` in the folder given to --templates; `report` includes the others as partials.
// They write the markup of ../markup/parseMarkup.ts, from which every format is made.

const report = `{{> masthead}}
<title>BÁO CÁO</title>
<subtitle>{{profile.title}}</subtitle>
{{> section-1}}
{{> section-2}}
{{> section-3}}
{{> section-4}}
{{#if serviceIndex}}{{> service-index}}{{/if}}
{{> section-5}}
{{> closing}}
{{> signoff}}
`;

const masthead = `<masthead>
  {{#if header.parent}}<parent>{{header.parent}}</parent>{{/if}}
  {{#each header.agency}}<agency>{{this}}</agency>{{/each}}
  <number>{{header.number}}</number>
  <nation>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</nation>
  <motto>Độc lập - Tự do - Hạnh phúc</motto>
  <dateline>{{header.dateLine}}</dateline>
</masthead>
`;

const section1 = `<h1>I. VỀ VIỆC XÂY DỰNG, BAN HÀNH VĂN BẢN</h1>
{{paragraphs profile.narrative.documents}}
`;

const section2 = `<h1>II. VỀ HẠ TẦNG CÔNG NGHỆ</h1>
{{paragraphs profile.narrative.infrastructure}}
`;

const section3 = `<h1>III. VỀ NGUỒN NHÂN LỰC</h1>
<h2>1. Về việc bố trí cán bộ</h2>
{{paragraphs profile.narrative.staffing}}
<h2>2. Về việc đào tạo, tập huấn, hướng dẫn cho các cán bộ:</h2>
{{paragraphs profile.narrative.training}}
`;

// Section IV: the seed's sentences, every figure from the metrics (domain.md §7).
const section4 = `<h1>IV. KẾT QUẢ THỰC HIỆN THỦ TỤC HÀNH CHÍNH</h1>
<h2>1. Báo cáo chung:</h2>
<p>- Số lượng thủ tục hành chính thực hiện theo hình thức dịch vụ công trực tuyến toàn trình phát sinh hồ sơ:
  <b>{{count metrics.onlineServices.full.procedures}}</b> thủ tục;
  một phần: <b>{{count metrics.onlineServices.partial.procedures}}</b> thủ tục.</p>
{{#if onlineRatesKnown}}
<p>- Tỷ lệ thực hiện từng loại TTHC theo hình thức DVC trực tuyến toàn trình:
  <b>{{percent metrics.onlineServices.full.rate}}</b>, một phần: <b>{{percent metrics.onlineServices.partial.rate}}</b>.</p>
{{else}}
<p>- Tỷ lệ thực hiện từng loại TTHC theo hình thức DVC trực tuyến: chưa tính được (chưa có danh mục thủ tục hành chính của đơn vị).</p>
{{/if}}
<h2>2. Báo cáo số liệu chi tiết:</h2>
<p>- Tổng số hồ sơ tiếp nhận, giải quyết trong kỳ: {{quantity metrics.received.total "hồ sơ"}}.</p>
<p>- Tổng số hồ sơ đã giải quyết {{quantity metrics.resolved.total "hồ sơ"}}, trong đó đúng hạn, trước hạn:
  {{quantity (add metrics.resolved.early metrics.resolved.onTime) "hồ sơ"}};
  từ chối/rút: {{quantity metrics.resolved.withdrawnOrRejected "hồ sơ"}}.</p>
<p>- Tổng số hồ sơ chậm được tiếp nhận (các hồ sơ tiếp nhận trực tiếp thủ công do cán bộ nhập vào hệ thống bị chậm,
  nhập ngày hôm sau, so với thời điểm người dân nộp hồ sơ): {{quantity metrics.lateReceived "hồ sơ"}}.</p>
<p>- Tổng số HS giải quyết quá hạn (đã hoàn thành việc xử lý): {{quantity metrics.resolved.late "hồ sơ"}}.</p>
<p>- Tổng số hồ sơ giải quyết quá hạn đang xử lý (đối với hồ sơ tiếp nhận trong kỳ báo cáo):
  {{quantity metrics.inProgress.overdueReceivedInPeriod "hồ sơ"}}.</p>
<p>- Tổng số hồ sơ giải quyết quá hạn đang xử lý (Tính lũy kế đến kỳ báo cáo): {{quantity metrics.inProgress.overdue "hồ sơ"}}.</p>
{{> comparisons}}
<h2>3. Kết quả đã đạt được:</h2>
{{paragraphs profile.narrative.achievements}}
{{#if overdue.none}}
<p>Từ {{shortDate period.from}} đến {{shortDate period.to}}, {{unitKind}} không có hồ sơ quá hạn, các hồ sơ thủ tục
  hành chính đều được tiếp nhận và xử lý đảm bảo thời gian quy định.</p>
{{else}}
<p>Từ {{shortDate period.from}} đến {{shortDate period.to}}, {{unitKind}} có {{overdue.summary}}.</p>
{{/if}}
`;

// Optional (profile switch serviceIndex): the QĐ 766 index estimated from the dossiers (docs/qd766-index.md).
const serviceIndex = `<h2>4. Chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (ước tính theo Quyết định số 766/QĐ-TTg):</h2>
<p>- Tổng điểm ước tính của các nhóm chỉ số tính được từ hồ sơ của đơn vị: <b>{{serviceIndex.total}}</b>/{{serviceIndex.max}} điểm
  (bộ chỉ số 100 điểm; điểm chính thức do Cổng Dịch vụ công quốc gia công bố){{#if serviceIndex.warning}}; lưu ý: {{serviceIndex.warning}}{{/if}}.</p>
{{#each serviceIndex.groups}}
<p>- {{label}}: {{#if computable}}<b>{{score}}</b>/{{max}} điểm{{#if partial}} (phần tính được {{computableMax}} điểm){{/if}}{{else}}chưa tính được ({{reason}}){{/if}}.</p>
{{/each}}
<p>- Lưu ý: {{serviceIndex.onlineSplit}}</p>
{{#if serviceIndex.lostCount}}
<p>- Hồ sơ làm giảm điểm tiến độ giải quyết: {{quantity serviceIndex.lostCount "hồ sơ"}} ({{serviceIndex.lostSummary}}).</p>
{{else}}
<p>- Không có hồ sơ làm giảm điểm tiến độ giải quyết.</p>
{{/if}}
`;

const section5 = `<h1>V. NHẬN XÉT, KIẾN NGHỊ</h1>
<h2>1. Đánh giá chung</h2>
<h3>a. Ưu điểm</h3>
{{paragraphs profile.narrative.strengths}}
<h3>b. Khó khăn, vướng mắc</h3>
{{paragraphs profile.narrative.difficulties}}
<h2>2. Đề xuất kiến nghị</h2>
{{paragraphs profile.narrative.recommendations}}
`;

// Section IV's comparisons, when the unit's history holds the periods (left out otherwise).
const comparisons = `{{#if comparisons.previous}}<p>- So với kỳ trước ({{comparisons.previous.periodText}}): {{comparisons.previous.text}}.</p>
{{/if}}{{#if comparisons.lastYear}}<p>- So với cùng kỳ năm trước ({{comparisons.lastYear.periodText}}): {{comparisons.lastYear.text}}.</p>
{{/if}}`;

const closing = `<p>{{text profile.closing}}</p>
`;

const signoff = `<signoff>
  <recipients>
    <label>Nơi nhận:</label>
    {{#each profile.recipients}}<li>- {{this}}{{#if @last}}.{{else}};{{/if}}</li>
    {{/each}}
  </recipients>
  <signer>
    {{#each profile.signer.authority}}<authority>{{this}}</authority>{{/each}}
    <authority>{{profile.signer.position}}</authority>
    <name>{{profile.signer.name}}</name>
  </signer>
</signoff>
`;

/** The default templates by name; `report` is the entry point, the others are its partials. */
export const defaultTemplates: Readonly<Record<string, string>> = Object.freeze({
  report,
  masthead,
  'section-1': section1,
  'section-2': section2,
  'section-3': section3,
  'section-4': section4,
  comparisons,
  'service-index': serviceIndex,
  'section-5': section5,
  closing,
  signoff,
});
