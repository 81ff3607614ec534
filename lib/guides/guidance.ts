/**
 * The tribunal's own guidance pages (TJMS: its GPS) that every guide links, with the date each page
 * says it was updated and the date Sentinela's content was last compared with it. Seed 000 ends
 * "consulte sempre o GPS. Orientação sujeita a alterações": the guides say the same. Pure.
 */
import { formatDate } from '../readiness/messages';
import type { TribunalProfile } from '../tribunals/schema';
import { findSource } from '../tribunals/sources';

export interface GuidancePage {
  title: string;
  url?: string;
  /** "versão de 12/08/2021 · conferido pelo Sentinela em 29/11/2026", or what is known of it. */
  dates: string;
  publishedIn?: string;
}

export interface Guidance {
  /** "GPS", "Ato Conjunto". */
  label: string;
  pages: GuidancePage[];
}

export function guidanceOf(profile: TribunalProfile): Guidance | undefined {
  const g = profile.guidance;
  if (!g) return undefined;
  const pages = g.sources.flatMap((id): GuidancePage[] => {
    const source = findSource(profile, id);
    if (!source) return [];
    const dates = [
      source.date ? `versão de ${formatDate(source.date)}` : undefined,
      source.checkedOn ? `conferido pelo Sentinela em ${formatDate(source.checkedOn)}` : 'data da última conferência não registrada',
    ].filter((d): d is string => d !== undefined);
    return [{ title: source.short, ...(source.url ? { url: source.url } : {}), dates: dates.join(' · '), ...(source.publishedIn ? { publishedIn: source.publishedIn } : {}) }];
  });
  return pages.length > 0 ? { label: g.label, pages } : undefined;
}
