/**
 * Is an instant inside the tribunal's plantão (duty shift), and which plantão lotação must sign then.
 *
 * TJMS (Prov. 306/2014): the 1st-instance plantão runs from 19h until 12h **of the next working day**,
 * all day on weekends and holidays, and all through the recesso forense (20/12–06/01). So every working
 * day is plantão before `endsAt` (the previous evening's or the weekend's shift is still running) and
 * again from `startsAt`. Everything is judged on the tribunal's wall clock, not the browser's.
 */
import { eraAt } from '../tribunals/era';
import { findComarca, sameLotacao } from '../tribunals/lotacao-name';
import type { TribunalProfile } from '../tribunals/schema';
import { inRecesso, nonWorkingReason } from './holidays';
import { minutesOf, wallClock } from './wall-clock';

export type PlantaoWhy = 'weekend' | 'holiday' | 'recesso' | 'hours';

export function plantaoAt(profile: TribunalProfile, instant: Date): { why: PlantaoWhy } | undefined {
  const cal = profile.plantao;
  const now = wallClock(instant, profile.timeZone);
  if (inRecesso(now.isoDate, cal)) return { why: 'recesso' };
  const reason = nonWorkingReason(now.isoDate, cal);
  if (reason) return { why: reason };
  const minute = now.hour * 60 + now.minute;
  const starts = minutesOf(cal.startsAt);
  const ends = minutesOf(cal.endsAt);
  // Overnight shift (19:00 → 12:00): plantão before the end or from the start.
  // A same-day shift (e.g. 08:00 → 18:00) would be the window in between.
  const inShift = starts > ends ? minute >= starts || minute < ends : minute >= starts && minute < ends;
  return inShift ? { why: 'hours' } : undefined;
}

export interface RequiredPlantaoLotacao {
  kind: 'plantao_judiciario' | 'circunscricao' | 'regiao';
  /** The lotação to sign from; undefined when the profile cannot tell (unknown comarca, regiões not configured). */
  name?: string;
  /** The area it covers, in words ("4ª Circunscrição - Três Lagoas", a região's name). */
  area?: string;
}

/**
 * The plantão lotação a signature at `instant` must come from. BNMP 3.0 era: "Plantão Judiciário
 * 1º/2º Grau" (Res. CNJ 554/2024). Before it, TJMS: the circunscrição's lotação during the recesso
 * (Portaria 1019/2020), otherwise the região's (Prov. 306/2014 art. 10).
 */
export function requiredPlantaoLotacao(
  profile: TribunalProfile,
  args: { instant: Date; comarca?: string; grau?: 1 | 2; why: PlantaoWhy },
): RequiredPlantaoLotacao {
  const era = eraAt(profile, args.instant);
  if (era.plantaoJudiciarioLotacoes) {
    const name = args.grau === 2 ? era.plantaoJudiciarioLotacoes.segundoGrau : era.plantaoJudiciarioLotacoes.primeiroGrau;
    return { kind: 'plantao_judiciario', name };
  }
  const comarca = args.comarca === undefined ? undefined : findComarca(args.comarca, profile);
  // Compared by name, not identity: a região list may spell a comarca differently from the circunscrições.
  const has = (list: string[]) => comarca !== undefined && list.some((c) => sameLotacao(c, comarca));
  if (args.why === 'recesso') {
    const c = profile.plantao.circunscricoes.find((x) => has(x.comarcas));
    return c ? { kind: 'circunscricao', name: c.lotacao, area: `${c.number}ª Circunscrição - ${c.name}` } : { kind: 'circunscricao' };
  }
  const r = profile.plantao.regioes.find((x) => has(x.comarcas));
  return r ? { kind: 'regiao', name: r.lotacao, area: r.name } : { kind: 'regiao' };
}
