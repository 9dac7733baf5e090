// Label variants seen on real papers and one-stop-system pages beyond the
// catalog's own aliases. Keyed by catalog field key; a list applies to every
// document type that has that key. Matching folds case and diacritics, so
// each variant is written once, with its diacritics.

export const commonSynonyms: Record<string, string[]> = {
  ho_ten: ['Họ tên', 'Họ và tên', 'Họ, chữ đệm và tên', 'Họ, chữ đệm, tên', 'Họ chữ đệm tên', 'Họ và tên khai sinh', 'Họ và tên (viết in hoa)', 'Full name', 'Name', 'Tên'],
  ngay_sinh: ['Ngày sinh', 'Sinh ngày', 'Ngày, tháng, năm sinh', 'Ngày tháng năm sinh', 'Date of birth', 'Birth date', 'DOB'],
  gioi_tinh: ['Giới tính', 'Sex', 'Gender', 'Phái'],
  quoc_tich: ['Quốc tịch', 'Nationality'],
  dan_toc: ['Dân tộc', 'Ethnicity', 'Ethnic group'],
  que_quan: ['Quê quán', 'Nguyên quán', 'Place of origin'],
  noi_sinh: ['Nơi sinh', 'Place of birth'],
  so_dinh_danh: [
    'Số định danh cá nhân', 'Số định danh', 'Mã định danh', 'Mã định danh cá nhân', 'Số ĐDCN', 'Số CCCD', 'Số căn cước công dân',
    'Số căn cước', 'Số CMND', 'Số CMND/CCCD', 'Số CCCD/CMND', 'Số CMND/CCCD/Hộ chiếu', 'Số giấy tờ tùy thân', 'CCCD', 'CMND',
    'Personal identification number', 'Personal identification No', 'Personal ID', 'ID number', 'ID No',
  ],
  noi_cu_tru: ['Nơi cư trú', 'Địa chỉ cư trú', 'Nơi ở hiện tại', 'Chỗ ở hiện tại', 'Nơi thường trú', 'Địa chỉ thường trú', 'Địa chỉ', 'Address', 'Place of residence'],
  noi_thuong_tru: ['Nơi thường trú', 'Thường trú', 'Địa chỉ thường trú', 'Nơi ĐKHK thường trú', 'Nơi đăng ký hộ khẩu thường trú', 'Nơi cư trú', 'Place of residence'],
  ngay_cap: ['Ngày cấp', 'Ngày, tháng, năm cấp', 'Cấp ngày', 'Date of issue', 'Issue date', 'Date issued'],
  co_gia_tri_den: ['Có giá trị đến', 'Có giá trị đến ngày', 'Giá trị đến', 'Giá trị sử dụng đến', 'Có thời hạn đến', 'Ngày hết hạn', 'Date of expiry', 'Expiry date', 'Expires', 'Valid until'],
  co_quan_cap: ['Cơ quan cấp', 'Nơi cấp', 'Cơ quan cấp giấy', 'Issued by', 'Place of issue', 'Issuing authority'],
  noi_dang_ky: ['Nơi đăng ký', 'Cơ quan đăng ký', 'Place of registration'],
  ngay_dang_ky: ['Ngày đăng ký', 'Ngày, tháng, năm đăng ký', 'Ngày tháng năm đăng ký', 'Đăng ký ngày', 'Date of registration'],
  quyen_so: ['Quyển số', 'Quyển', 'Book No'],
};

/** Per-type additions (labels whose meaning depends on the document). */
export const typeSynonyms: Record<string, Record<string, string[]>> = {
  can_cuoc: {
    so_dinh_danh: ['Số', 'No', 'Số thẻ', 'Số/No'],
    ho_ten: ['Họ, chữ đệm và tên khai sinh'],
    que_quan: ['Nơi đăng ký khai sinh', 'Place of origin', 'Nơi sinh'],
    co_quan_cap: ['Nơi cấp', 'Cơ quan cấp thẻ'],
    // The back of the chip card prints the issue date under this label.
    ngay_cap: ['Ngày, tháng, năm', 'Date, month, year', 'Ngày cấp', 'Ngày, tháng, năm cấp'],
    co_gia_tri_den: ['Có giá trị đến', 'Ngày, tháng, năm hết hạn', 'Ngày hết hạn', 'Date of expiry'],
  },
  giay_khai_sinh: {
    so: ['Số', 'Số giấy khai sinh', 'Số trích lục', 'Số đăng ký', 'No'],
    ngay_sinh: ['Sinh ngày', 'Ngày sinh'],
    noi_dang_ky: ['Nơi đăng ký khai sinh', 'Cơ quan đăng ký khai sinh', 'Nơi đăng ký'],
    ngay_dang_ky: ['Ngày đăng ký khai sinh'],
  },
  giay_chung_nhan_ket_hon: {
    so: ['Số', 'Số giấy chứng nhận', 'Số đăng ký'],
    noi_dang_ky: ['Nơi đăng ký kết hôn', 'Cơ quan đăng ký kết hôn'],
    ngay_dang_ky: ['Ngày đăng ký kết hôn', 'Ngày, tháng, năm đăng ký kết hôn'],
  },
  xac_nhan_tinh_trang_hon_nhan: {
    so: ['Số', 'Số giấy xác nhận'],
    so_dinh_danh: ['Giấy tờ tùy thân', 'Giấy tờ tuỳ thân', 'Giấy tờ tùy thân số'],
    tinh_trang_hon_nhan: ['Tình trạng hôn nhân', 'Tình trạng hôn nhân hiện nay'],
    muc_dich_su_dung: ['Giấy này được cấp để', 'Giấy này được cấp để làm', 'Mục đích sử dụng', 'Mục đích'],
    co_quan_cap: ['Cơ quan cấp', 'Nơi cấp', 'Cơ quan xác nhận'],
    ngay_cap: ['Ngày cấp', 'Ngày xác nhận'],
    co_gia_tri_den: ['Giấy này có giá trị sử dụng đến', 'Có giá trị sử dụng đến', 'Có giá trị đến', 'Giá trị sử dụng đến'],
  },
  trich_luc_khai_tu: {
    so: ['Số', 'Số trích lục', 'Số đăng ký'],
    ho_ten: ['Họ và tên người chết', 'Họ, chữ đệm, tên người chết', 'Họ tên người chết', 'Họ và tên người đã mất'],
    ngay_chet: ['Đã chết vào lúc', 'Đã chết vào', 'Chết vào lúc', 'Ngày chết', 'Ngày mất', 'Ngày, tháng, năm chết', 'Thời điểm chết', 'Date of death'],
    noi_chet: ['Nơi chết', 'Nơi mất', 'Place of death'],
    nguyen_nhan_chet: ['Nguyên nhân chết', 'Nguyên nhân', 'Cause of death'],
    noi_dang_ky: ['Nơi đăng ký khai tử', 'Cơ quan đăng ký khai tử'],
    ngay_dang_ky: ['Ngày đăng ký khai tử'],
  },
  dang_ky_ho_kinh_doanh: {
    ma_so_ho_kinh_doanh: ['Mã số hộ kinh doanh', 'Mã số', 'Số giấy chứng nhận', 'Mã số đăng ký hộ kinh doanh', 'Số đăng ký', 'Mã số thuế hộ kinh doanh'],
    ten_ho_kinh_doanh: ['Tên hộ kinh doanh', 'Tên hộ kinh doanh viết bằng tiếng Việt', 'Tên hộ'],
    dia_chi_kinh_doanh: ['Địa điểm kinh doanh', 'Địa chỉ kinh doanh', 'Địa chỉ trụ sở hộ kinh doanh', 'Địa chỉ trụ sở'],
    nganh_nghe: ['Ngành, nghề kinh doanh', 'Ngành nghề kinh doanh', 'Ngành nghề'],
    von_kinh_doanh: ['Vốn kinh doanh', 'Tổng số vốn', 'Vốn'],
    chu_ho_ho_ten: ['Họ và tên chủ hộ', 'Chủ hộ kinh doanh', 'Chủ hộ', 'Họ tên chủ hộ', 'Họ, chữ đệm và tên chủ hộ'],
    co_quan_cap: ['Cơ quan cấp', 'Cơ quan đăng ký kinh doanh', 'Nơi cấp'],
    ngay_cap: ['Đăng ký lần đầu', 'Đăng ký lần đầu ngày', 'Ngày đăng ký lần đầu', 'Ngày cấp'],
  },
  giay_phep_lai_xe: {
    so: ['Số', 'Số/No', 'No', 'Số GPLX', 'Số giấy phép', 'Số giấy phép lái xe', 'License No', 'Licence No', 'Driving licence No', 'Driver license No'],
    ho_ten: ['Họ tên', 'Họ tên/Full name'],
    noi_cu_tru: ['Nơi cư trú', 'Nơi cư trú/Address', 'Address'],
    hang: ['Hạng', 'Hạng/Class', 'Class', 'Hạng GPLX', 'Hạng giấy phép'],
    co_gia_tri_den: ['Có giá trị đến', 'Có giá trị đến/Expires', 'Expires', 'Giá trị đến'],
    co_quan_cap: ['Cơ quan cấp', 'Nơi cấp'],
  },
  quyet_dinh_hanh_chinh: {
    so_ky_hieu: ['Số, ký hiệu', 'Số ký hiệu', 'Số', 'Số quyết định', 'Số hiệu văn bản', 'Ký hiệu'],
    ngay_ban_hanh: ['Ngày ban hành', 'Ngày quyết định', 'Ngày ký'],
    co_quan_ban_hanh: ['Cơ quan ban hành', 'Đơn vị ban hành', 'Nơi ban hành'],
    trich_yeu: ['Trích yếu', 'Về việc', 'V/v', 'Trích yếu nội dung'],
    doi_tuong: ['Tổ chức, cá nhân được giải quyết', 'Ông/Bà', 'Cấp cho', 'Người được cấp', 'Đối tượng'],
    so_dinh_danh: ['Số định danh cá nhân / mã định danh tổ chức', 'Số định danh cá nhân', 'Mã định danh tổ chức', 'Mã số thuế', 'Số CCCD'],
    nguoi_ky: ['Người ký'],
    chuc_vu_nguoi_ky: ['Chức vụ người ký', 'Chức vụ'],
  },
};

/**
 * Fields about someone other than the document's main subject: base key plus
 * the qualifier words that name that person. 'Ngày sinh' under a 'Chồng'
 * heading is the husband's date of birth, never the main one.
 */
export const qualifiedFields: Record<string, { base: string; qualifier: string }> = {
  chong_ho_ten: { base: 'ho_ten', qualifier: 'chong' },
  chong_ngay_sinh: { base: 'ngay_sinh', qualifier: 'chong' },
  chong_so_dinh_danh: { base: 'so_dinh_danh', qualifier: 'chong' },
  vo_ho_ten: { base: 'ho_ten', qualifier: 'vo' },
  vo_ngay_sinh: { base: 'ngay_sinh', qualifier: 'vo' },
  vo_so_dinh_danh: { base: 'so_dinh_danh', qualifier: 'vo' },
  ho_ten_me: { base: 'ho_ten', qualifier: 'me' },
  ho_ten_cha: { base: 'ho_ten', qualifier: 'cha' },
  chu_ho_ho_ten: { base: 'ho_ten', qualifier: 'chu ho' },
  chu_ho_so_dinh_danh: { base: 'so_dinh_danh', qualifier: 'chu ho' },
};

/** Extra title phrases per type (folded matching), beyond the catalog name and aliases. */
export const typeTitleSynonyms: Record<string, string[]> = {
  can_cuoc: ['Thẻ căn cước công dân', 'Thẻ căn cước', 'Chứng minh nhân dân', 'Căn cước công dân gắn chip'],
  giay_khai_sinh: ['Trích lục khai sinh', 'Bản sao giấy khai sinh', 'Giấy khai sinh (bản chính)', 'Birth certificate'],
  giay_chung_nhan_ket_hon: ['Giấy chứng nhận đăng ký kết hôn', 'Trích lục kết hôn', 'Trích lục đăng ký kết hôn', 'Marriage certificate'],
  xac_nhan_tinh_trang_hon_nhan: ['Xác nhận tình trạng hôn nhân', 'Giấy xác nhận tình trạng hôn nhân', 'Certificate of marital status'],
  trich_luc_khai_tu: ['Trích lục khai tử', 'Giấy chứng tử', 'Trích lục đăng ký khai tử', 'Death certificate'],
  dang_ky_ho_kinh_doanh: ['Giấy chứng nhận đăng ký hộ kinh doanh', 'Đăng ký hộ kinh doanh', 'Giấy đăng ký hộ kinh doanh'],
  giay_phep_lai_xe: ['Giấy phép lái xe', "Driver's license", 'Driving licence', 'Driver license'],
  quyet_dinh_hanh_chinh: ['Quyết định'],
};
