import type { CounterState } from '../../../contracts/queue.js';
import type { DeviceKind } from '../../../contracts/terminal.js';

/**
 * Words of the terminal pages, in Vietnamese: they face citizens and officials of a commune
 * centre. (The dashboard's English switch is not offered here: nobody at a kiosk needs it yet.)
 */
export const terminalMessages = {
  signInTitle: 'Đăng nhập thiết bị',
  signInHint: 'Nhập mã thiết bị do quản trị viên cấp. Chỉ cần nhập một lần trên máy này.',
  signInLabel: 'Mã thiết bị',
  signInSubmit: 'Đăng nhập',
  signInWrong: 'Mã không đúng hoặc đã bị thu hồi. Vui lòng hỏi quản trị viên.',
  signInUnreachable: 'Mất kết nối tới máy chủ. Vui lòng thử lại.',
  wrongKind: (kind: DeviceKind, page: string) =>
    `Thiết bị này là ${kindName[kind]}, không dùng được cho trang ${page}. Đăng nhập bằng mã khác, hoặc mở đúng trang.`,
  loading: 'Đang tải…',
  offline: 'Mất kết nối tới máy chủ',
  pending: (n: number) => `Đang chờ gửi ${n.toLocaleString('vi-VN')} thao tác`,
  rejected: (n: number) =>
    `${n.toLocaleString('vi-VN')} thao tác bị máy chủ từ chối: báo bộ phận CNTT`,
  allSent: 'Đã gửi hết',
  // Kiosk
  kioskTitle: 'Lấy số thứ tự',
  kioskChoose: 'Chọn lĩnh vực cần giải quyết',
  kioskWaitingNow: (n: number) => `Đang chờ: ${n.toLocaleString('vi-VN')}`,
  kioskIssuing: 'Đang lấy số…',
  kioskOffline: 'Mất kết nối, vui lòng chờ trong giây lát…',
  kioskGiveUp: 'Chưa lấy được số. Vui lòng liên hệ cán bộ tại quầy.',
  kioskCancel: 'Quay lại',
  ticketHeading: 'Số thứ tự của bạn',
  ticketPleaseWait: 'Vui lòng chờ gọi số',
  ticketAhead: (n: number) => `Trước bạn còn ${n.toLocaleString('vi-VN')} người`,
  ticketPrint: 'In phiếu',
  ticketDone: 'Xong',
  // Counter
  counterWaiting: 'Đang chờ',
  counterCurrent: 'Số đang phục vụ',
  counterNone: 'Chưa gọi số',
  counterStates: {
    serving: 'Đang phục vụ',
    idle: 'Đang mở, sẵn sàng',
    paused: 'Tạm nghỉ',
    closed: 'Đã đóng',
  } satisfies Record<CounterState, string>,
  phaseCalled: 'Đã gọi, chờ công dân đến',
  phaseServing: 'Đang phục vụ',
  callNext: 'Gọi số tiếp theo',
  calling: 'Đang gọi…',
  callRecall: 'Gọi lại',
  noneWaiting: 'Không còn ai chờ',
  callOffline: 'Mất kết nối: chưa gọi được số mới. Các thao tác khác vẫn được lưu và gửi sau.',
  start: 'Bắt đầu phục vụ',
  completeHeading: 'Hoàn thành',
  outcomes: { received: 'Tiếp nhận hồ sơ', returned: 'Trả kết quả', guided: 'Hướng dẫn' },
  noShow: 'Vắng mặt',
  open: 'Mở quầy',
  pause: 'Tạm nghỉ',
  close: 'Đóng quầy',
  // Rating
  ratingQuestion: 'Ông/bà có hài lòng với việc phục vụ?',
  ratings: { 4: 'Rất hài lòng', 3: 'Hài lòng', 2: 'Bình thường', 1: 'Không hài lòng' },
  ratingThanks: 'Cảm ơn ông/bà đã đánh giá!',
} as const;

const kindName: Record<DeviceKind, string> = {
  kiosk: 'máy lấy số',
  counter: 'máy tại quầy',
  rating: 'bảng đánh giá',
};
