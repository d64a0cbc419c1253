/**
 * The county register: the 11 counties of 2020-2023 and the 15 since 1 January 2024, each with its
 * valid years and the counties that took over from a closed one (30 → 31, 32, 33; 38 → 39, 40; 54 →
 * 55, 56); their inhabitants per year, which the per-inhabitant allocation key divides by; and the
 * municipality register (Statistics Norway's classification of municipalities, the 2020 and the
 * 2024 numbers), which decides a company's county. All of it is reference data in the migrations
 * (V007, V028, V029).
 *
 * <ul>
 *   <li><b>CTY-P1</b> The inhabitants in force for a year are those of the newest population year
 *       not after it, falling back to the oldest we hold (the reference data holds the figures used
 *       for the 2021 key and Statistics Norway's of 1 January 2024). Whoever reads them is told
 *       which year they were published for, and when the year asked for has none of its own ({@link
 *       no.biogrants.county.PublishedInhabitants}).
 *   <li><b>CTY-P2</b> An allocation is split per inhabitant only by figures for the counties of its
 *       year: a 2027 allocation goes to the 15 counties by the 2024 figures, never to a county
 *       closed since; a year whose figures in force are not its counties' is refused with a message
 *       (register that year's figures first).
 *   <li><b>CTY-R1</b> A company's county is the county of its business municipality in the
 *       municipality register, for the year it registers or changes its number: the number must be
 *       in force that year. A number the register never held is refused with a message next to the
 *       field; a company registered earlier keeps its number until it changes it.
 *   <li><b>CTY-R2</b> A number that has ended (Drammen 3005, valid to 2023) is refused with a
 *       message naming the year it ended and the number(s) that took over (3301 Drammen).
 * </ul>
 *
 * <p>Names are Statistics Norway's current forms, with the Sami or Kven name where a municipality
 * has one ("Kárášjohka - Karasjok"); a number that ended keeps its name of 2023.
 */
package no.biogrants.county;
