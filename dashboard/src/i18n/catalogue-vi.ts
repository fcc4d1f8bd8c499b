/**
 * Vietnamese messages, the default language. Plain words for staff who are not network engineers
 * (see DOMAIN.md): say what is wrong and where, never a code.
 */
export const catalogueVi = {
  pageTitle: 'OneStop Pulse – Trung tâm Phục vụ hành chính công',
  appName: 'OneStop Pulse',
  appSubtitle: 'Trung tâm Phục vụ hành chính công',
  switchLanguage: 'English',
  switchLanguageLabel: 'Chuyển sang tiếng Anh',
  connectionLost: 'Mất kết nối tới máy chủ',
  connectionRetrying: 'Đang thử kết nối lại… Số liệu trên màn hình có thể đã cũ.',
  connecting: 'Đang kết nối tới máy chủ…',
  signInTitle: 'Cần mã truy cập',
  signInHint: 'Hãy liên hệ bộ phận hỗ trợ CNTT của trung tâm để nhận mã xem.',
  signInCodeLabel: 'Mã xem',
  signInSubmit: 'Xem bảng điều khiển',
  signInWrongCode: 'Mã không đúng',
  signInFailed: 'Máy chủ chưa nhận được mã. Hãy thử lại sau ít phút hoặc báo bộ phận CNTT.',
  demoBadge: 'Dữ liệu mô phỏng (demo)',
  latencyTitle: 'Độ trễ đường truyền (15 phút gần nhất)',
  latencyAxis: 'ms',
  latencyEmpty: 'Chưa có số liệu đo đường truyền.',
  targetsTitle: 'Trạng thái kết nối',
  targetsEmpty: 'Chưa có điểm đo nào.',
  targetUp: 'Hoạt động',
  targetDown: 'Mất kết nối',
  targetUnknown: 'Chưa có số liệu',
  roleLocal: 'Máy chủ tại trung tâm',
  roleLan: 'Mạng nội bộ',
  roleGateway: 'Cổng mạng (router)',
  roleIsp: 'Nhà mạng',
  roleDns: 'Máy chủ tên miền (DNS)',
  rolePortal: 'Cổng dịch vụ trực tuyến',
  roleInternet: 'Internet',
  lastMeasured: 'Đo lúc',
  queueTitle: 'Hàng chờ',
  queueWaiting: 'Đang chờ',
  queueServing: 'Đang phục vụ',
  queueServedToday: 'Đã phục vụ hôm nay',
  queueByField: 'Đang chờ theo lĩnh vực',
  queueEmpty: 'Chưa có số liệu hàng chờ.',
  queueAsOf: 'Cập nhật lúc',
};

/** Every message the dashboard shows, by key; each language provides all of them. */
export type Messages = { readonly [K in keyof typeof catalogueVi]: string };
