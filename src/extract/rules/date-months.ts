import { MONTHS } from './metadata-tags.ts';

/**
 * Month names the date parser reads beyond the shared MONTHS table (kept apart so boilerplate detection,
 * which also reads MONTHS, is unchanged): Dutch, Portuguese, Polish and Russian/Ukrainian genitives, as written
 * in bylines ("15 августа 2016", "3 de março de 2020", "12 maart 2021").
 */
export const MORE_MONTHS: Record<string, number> = {
  januari: 1, janeiro: 1, stycznia: 1, января: 1, січня: 1,
  februari: 2, fevereiro: 2, lutego: 2, февраля: 2, лютого: 2,
  maart: 3, março: 3, marco: 3, marca: 3, марта: 3, березня: 3,
  abr: 4, kwietnia: 4, апреля: 4, квітня: 4,
  mei: 5, maio: 5, maja: 5, мая: 5, травня: 5,
  junho: 6, czerwca: 6, июня: 6, червня: 6,
  julho: 7, lipca: 7, июля: 7, липня: 7,
  augustus: 8, sierpnia: 8, августа: 8, серпня: 8,
  setembro: 9, września: 9, сентября: 9, вересня: 9,
  outubro: 10, października: 10, октября: 10, жовтня: 10,
  novembro: 11, listopada: 11, ноября: 11, листопада: 11,
  dezembro: 12, grudnia: 12, декабря: 12, грудня: 12,
};

/** Every month name the date parser reads, lower-case, to month number. */
export const DATE_MONTHS: Record<string, number> = { ...MONTHS, ...MORE_MONTHS };
