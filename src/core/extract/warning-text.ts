// UI text for every warning code extraction emits, Vietnamese first (the
// popup shows `vi`; `en` matches the English `message` in spirit). No values.

export interface WarningText {
  vi: string;
  en: string;
}

export const warningText: Record<string, WarningText> = {
  // Normalization
  ocr_repaired: { vi: 'Đã sửa ký tự OCR đọc nhầm (O/0, l/1, S/5); vui lòng kiểm tra lại.', en: 'Letters OCR confuses with digits were corrected; please check.' },
  date_unparsed: { vi: 'Không đọc được ngày tháng.', en: 'The date could not be read.' },
  date_impossible: { vi: 'Ngày tháng không tồn tại (ví dụ 30/02).', en: 'The date does not exist in the calendar (e.g. 30 February).' },
  personal_id_unparsed: { vi: 'Không đọc được số định danh cá nhân.', en: 'No personal identification number could be read.' },
  personal_id_length: { vi: 'Số định danh không có 12 hoặc 9 chữ số.', en: 'The identification number does not have 12 or 9 digits.' },
  gender_unrecognized: { vi: 'Giới tính không phải "Nam" hoặc "Nữ".', en: 'The gender is neither "Nam" nor "Nữ".' },
  money_unparsed: { vi: 'Không đọc được số tiền.', en: 'The amount could not be read.' },
  name_has_digits: { vi: 'Họ tên có chứa chữ số.', en: 'The name contains digits.' },
  enum_unknown_value: { vi: 'Giá trị không nằm trong danh mục cho phép.', en: 'The value is not one of the listed values.' },
  no_value: { vi: 'Giấy tờ ghi không có giá trị cho trường này (ví dụ "Không thời hạn").', en: 'The document states there is no value (e.g. "no expiry").' },
  value_empty: { vi: 'Giá trị trống.', en: 'The value is empty.' },
  // Document level
  type_unknown: { vi: 'Không nhận diện được loại giấy tờ; vui lòng chọn loại.', en: 'The document type was not recognized; please choose it.' },
  legacy_encoding_converted: { vi: 'Văn bản dùng bảng mã cũ (TCVN3/VNI) đã được chuyển sang Unicode; vui lòng kiểm tra dấu.', en: 'Text in a legacy encoding (TCVN3/VNI) was converted to Unicode; please check the diacritics.' },
  ocr_phrases_repaired: { vi: 'Đã khôi phục dấu tiếng Việt mà OCR đọc sai trong các cụm từ hành chính cố định (ví dụ "Ủy ban nhân dân"); vui lòng kiểm tra.', en: 'Diacritics OCR misread in fixed administrative phrases (e.g. "Ủy ban nhân dân") were restored; please check.' },
  checked_source_override: { vi: 'Giá trị in trên giấy khác với mã QR/MRZ; đã dùng giá trị từ mã QR/MRZ.', en: 'The printed value differs from the QR code/MRZ; the QR/MRZ value was kept.' },
  // Validation
  id_format: { vi: 'Số định danh cá nhân phải có 12 chữ số (hoặc 9 với CMND cũ).', en: 'The personal identification number must have 12 digits (or 9 for an old ID card).' },
  id_province_unknown: { vi: 'Ba chữ số đầu của số định danh không phải mã tỉnh hợp lệ.', en: 'The first three digits are not a known province code.' },
  id_century_mismatch: { vi: 'Chữ số thế kỷ/giới tính của số định danh không khớp với năm sinh.', en: 'The century digit of the identification number does not match the date of birth.' },
  id_birth_year_mismatch: { vi: 'Hai chữ số năm sinh trong số định danh không khớp với ngày sinh.', en: 'The birth-year digits of the identification number do not match the date of birth.' },
  id_gender_mismatch: { vi: 'Chữ số giới tính của số định danh không khớp với giới tính.', en: 'The gender digit of the identification number does not match the gender.' },
  tax_code_check_digit: { vi: 'Chữ số kiểm tra của mã số thuế không đúng.', en: 'The tax code check digit is wrong.' },
  date_in_future: { vi: 'Ngày này nằm trong tương lai.', en: 'The date lies in the future.' },
  expiry_before_issue: { vi: 'Ngày hết hạn sớm hơn ngày cấp.', en: 'The expiry date is before the issue date.' },
  issue_before_birth: { vi: 'Ngày cấp sớm hơn ngày sinh.', en: 'The issue date is before the date of birth.' },
  registration_before_birth: { vi: 'Ngày đăng ký sớm hơn ngày sinh.', en: 'The registration date is before the date of birth.' },
  death_before_birth: { vi: 'Ngày chết sớm hơn ngày sinh.', en: 'The date of death is before the date of birth.' },
  registration_before_death: { vi: 'Ngày đăng ký khai tử sớm hơn ngày chết.', en: 'The death was registered before the date of death.' },
};

/** UI text for a warning code in the given language; unknown codes get a generic text. */
export function warningMessage(code: string, lang: 'vi' | 'en' = 'vi'): string {
  const t = warningText[code];
  if (t) return t[lang];
  return lang === 'vi' ? 'Vui lòng kiểm tra trường này.' : 'Please check this field.';
}
