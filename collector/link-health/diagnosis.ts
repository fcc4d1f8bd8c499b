import type {
  LinkState,
  LinkVerdict,
  VerdictCode,
  VerdictLanguage,
  VerdictText,
} from '../../contracts/link-health.js';
import type { TargetRole } from '../../contracts/live.js';

/** What the diagnosis needs to know of one target. */
export interface DiagnosisTarget {
  id: string;
  /** Display name, used in the sentences. */
  name: string;
  /** Null for a target the config does not name: it can be listed, not placed on the path. */
  role: TargetRole | null;
  state: LinkState;
}

/** Roles beyond the centre's router: the ISP's first hop and everything on the internet. */
const INTERNET_ROLES: readonly TargetRole[] = ['isp', 'dns', 'internet', 'portal'];
/** Roles beyond the ISP's first hop. */
const BEYOND_ISP_ROLES: readonly TargetRole[] = ['dns', 'internet', 'portal'];
/** Roles reached by IP address: they answer when routing works, whatever DNS does. */
const IP_ANCHOR_ROLES: readonly TargetRole[] = ['isp', 'internet'];
/** Roles inside the centre: a slow answer here is the centre's own equipment. */
const INSIDE_ROLES: readonly TargetRole[] = ['local', 'lan', 'gateway'];

const ISP_HOTLINE = {
  vi: 'Gọi tổng đài hỗ trợ của nhà mạng (VNPT: 18001091)',
  en: "Call the ISP's support line (VNPT: 18001091)",
};
const CHECK_ROUTER = {
  vi: 'Kiểm tra modem/router và dây mạng',
  en: 'Check the modem/router and cables',
};
const PORTAL_SIDE = {
  vi: 'Mạng của trung tâm vẫn bình thường: chờ cổng hoạt động lại hoặc báo đơn vị quản lý cổng',
  en: "The centre's network is fine: wait for the portal to come back or tell the portal's operator",
};

/**
 * Derives one verdict from the current states of all targets, walking the path from the centre
 * outwards and naming the nearest fault that explains everything that is down:
 * 1. nothing known yet → `unknown`;
 * 2. every LAN target down and nothing beyond answers → `lan_down` (this PC's cable or switch);
 * 3. the gateway down and nothing beyond answers → `gateway_down` (the centre's router);
 * 4. every internet target down (ISP hop, DNS, anchors, portals) → `isp_down` when the gateway
 *    answers, or `internet_down` when no gateway check can tell whose side it is; also
 *    `isp_down` when the ISP's first hop answers and nothing beyond it does;
 * 5. every DNS target down while an IP anchor or a portal answers → `dns_down` (portals by name
 *    failing with it are explained by it);
 * 6. only portals down → `portal_down:<id>` for one, `portals_down` for several;
 * 7. anything else down → `partial_down`; else anything degraded → `degraded`; else `all_ok`.
 * A gateway or LAN device that fails its check while the internet answers is not the centre's
 * outage (a router may refuse the probe's port): it falls to `partial_down`. Targets in state
 * `unknown` are left out; targets without a role count only in 7.
 */
export function diagnose(targets: readonly DiagnosisTarget[]): LinkVerdict {
  const known = targets.filter((target) => target.state !== 'unknown');
  const inRoles = (roles: readonly TargetRole[]) =>
    known.filter((target) => target.role !== null && roles.includes(target.role));
  const answering = (list: readonly DiagnosisTarget[]) =>
    list.filter((target) => target.state !== 'down');
  const allDown = (list: readonly DiagnosisTarget[]) =>
    list.length > 0 && answering(list).length === 0;
  const down = known.filter((target) => target.state === 'down');
  const downIds = down.map((target) => target.id);

  if (known.length === 0) return verdict('unknown', []);

  const lan = inRoles(['lan']);
  const gateway = inRoles(['gateway']);
  const isp = inRoles(['isp']);
  const internet = inRoles(INTERNET_ROLES);
  const beyondIsp = inRoles(BEYOND_ISP_ROLES);
  const internetAnswers = answering(internet).length > 0;

  if (allDown(lan) && answering(gateway).length === 0 && !internetAnswers)
    return verdict('lan_down', downIds);
  if (allDown(gateway) && !internetAnswers) return verdict('gateway_down', downIds);
  if (allDown(internet))
    return verdict(answering(gateway).length > 0 ? 'isp_down' : 'internet_down', downIds);
  if (answering(isp).length > 0 && allDown(beyondIsp)) return verdict('isp_down', downIds);

  const dns = inRoles(['dns']);
  const portals = inRoles(['portal']);
  const resolvedElsewhere = answering([...inRoles(IP_ANCHOR_ROLES), ...portals]).length > 0;
  if (allDown(dns) && resolvedElsewhere) {
    const unexplained = down.filter((target) => target.role !== 'dns' && target.role !== 'portal');
    if (unexplained.length === 0) return verdict('dns_down', downIds);
  }

  if (down.length > 0) {
    if (down.every((target) => target.role === 'portal')) {
      return down.length === 1
        ? verdict(`portal_down:${down[0]!.id}`, downIds, down)
        : verdict('portals_down', downIds, down);
    }
    return verdict('partial_down', downIds, down);
  }

  const degraded = known.filter((target) => target.state === 'degraded');
  if (degraded.length > 0) {
    const inside = degraded.some(
      (target) => target.role !== null && INSIDE_ROLES.includes(target.role),
    );
    return verdict(
      'degraded',
      degraded.map((target) => target.id),
      degraded,
      inside,
    );
  }
  return verdict('all_ok', []);
}

/**
 * The sentences of a verdict in both languages. `named` are the targets the sentence lists by
 * display name; `inside` says a slowdown is on the centre's own equipment.
 */
function verdict(
  code: VerdictCode,
  targets: string[],
  named: readonly DiagnosisTarget[] = [],
  inside = false,
): LinkVerdict {
  const names = named.map((target) => target.name).join(', ');
  return { code, targets, text: textOf(code, names, inside) };
}

function textOf(
  code: VerdictCode,
  names: string,
  inside: boolean,
): Record<VerdictLanguage, VerdictText> {
  const both = (
    vi: string,
    en: string,
    action: { vi: string; en: string },
  ): Record<VerdictLanguage, VerdictText> => ({
    vi: { summary: vi, action: action.vi },
    en: { summary: en, action: action.en },
  });
  if (code.startsWith('portal_down:')) {
    return both(`Chỉ ${names} không truy cập được`, `Only ${names} cannot be reached`, PORTAL_SIDE);
  }
  switch (code) {
    case 'unknown':
      return both('Chưa đủ số liệu để đánh giá đường truyền', 'Not enough measurements yet', {
        vi: 'Chờ vài vòng đo; nếu vẫn vậy, kiểm tra danh sách điểm kiểm tra trong cấu hình',
        en: 'Wait a few rounds; if this stays, check the list of targets in the settings',
      });
    case 'all_ok':
      return both('Đường truyền bình thường', 'The network is working normally', {
        vi: 'Không cần làm gì',
        en: 'Nothing to do',
      });
    case 'degraded':
      return both(
        `Đường truyền chậm hoặc chập chờn: ${names}`,
        `The connection is slow or unstable: ${names}`,
        inside
          ? CHECK_ROUTER
          : {
              vi: 'Theo dõi thêm; nếu kéo dài, gọi tổng đài hỗ trợ của nhà mạng',
              en: "Keep watching; if it goes on, call the ISP's support line",
            },
      );
    case 'lan_down':
      return both(
        'Mất kết nối mạng nội bộ: máy này không tới được thiết bị nào trong trung tâm',
        "The local network is down: this PC cannot reach any of the centre's devices",
        {
          vi: 'Kiểm tra dây mạng của máy này và bộ chia mạng (switch)',
          en: "Check this PC's network cable and the switch",
        },
      );
    case 'gateway_down':
      return both(
        'Mất kết nối Internet: lỗi phía trung tâm, modem/router không trả lời',
        "Internet down on the centre's side: the modem/router does not answer",
        {
          vi: 'Kiểm tra modem/router và dây mạng; thử tắt rồi bật lại modem',
          en: 'Check the modem/router and cables; try turning the modem off and on again',
        },
      );
    case 'internet_down':
      return both(
        'Mất kết nối Internet; chưa rõ lỗi ở modem/router hay phía nhà mạng',
        "Internet down; it is not clear whether the modem/router or the ISP's side is at fault",
        {
          vi: 'Kiểm tra modem/router và dây mạng; nếu vẫn mất, gọi tổng đài hỗ trợ của nhà mạng',
          en: "Check the modem/router and cables; if it is still down, call the ISP's support line",
        },
      );
    case 'isp_down':
      return both(
        'Mất kết nối Internet: lỗi phía nhà mạng, mạng nội bộ vẫn bình thường',
        "Internet down on the ISP's side; the local network is fine",
        ISP_HOTLINE,
      );
    case 'dns_down':
      return both(
        'Lỗi phân giải tên miền (DNS): Internet vẫn thông nhưng không tra được địa chỉ trang web',
        'Name resolution (DNS) is failing: the internet link works but web addresses cannot be looked up',
        {
          vi: 'Gọi tổng đài hỗ trợ của nhà mạng và báo lỗi DNS',
          en: "Call the ISP's support line and report a DNS fault",
        },
      );
    case 'portals_down':
      return both(
        `Các cổng sau không truy cập được: ${names}`,
        `These portals cannot be reached: ${names}`,
        PORTAL_SIDE,
      );
    case 'partial_down':
    default:
      return both(
        `Một số điểm kiểm tra không trả lời: ${names}`,
        `Some checks get no answer: ${names}`,
        {
          vi: 'Kiểm tra các thiết bị hoặc dịch vụ này; phần còn lại vẫn bình thường',
          en: 'Check these devices or services; the rest is working',
        },
      );
  }
}
