import { pick, type Rng } from './prng';

// Fictitious applicants, put together from common name parts: no real person is meant.
// They exist so that tests can prove that personal data never reaches a report or a log.
const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Phan', 'Đinh', 'Lương', 'Mạc', 'Tô'];
const middlesMale = ['Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Thành', 'Xuân', 'Trọng', 'Công', 'Mạnh'];
const middlesFemale = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Minh', 'Phương', 'Hồng', 'Kim', 'Mai', 'Bích'];
const givenMale = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hiếu', 'Hùng', 'Khánh', 'Long', 'Nam', 'Phong', 'Quân', 'Sơn', 'Thắng', 'Tuấn', 'Việt', 'Vinh'];
const givenFemale = ['Anh', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hoa', 'Hương', 'Lan', 'Linh', 'Loan', 'Mai', 'Nga', 'Nhung', 'Oanh', 'Thảo', 'Trang', 'Vân', 'Yến'];

/** A fictitious Vietnamese full name (family + middle + given name). */
export function fakeApplicant(rng: Rng): string {
  const female = rng() < 0.5;
  const family = pick(rng, families);
  const middle = pick(rng, female ? middlesFemale : middlesMale);
  const given = pick(rng, female ? givenFemale : givenMale);
  return `${family} ${middle} ${given}`;
}
