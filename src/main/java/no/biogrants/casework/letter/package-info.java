/**
 * Decision letters (vedtaksbrev): what the letter says for each outcome, as .docx and as PDF.
 *
 * <p>Use: the casework service resolves a decision into a {@link
 * no.biogrants.casework.letter.LetterContent} (plain values, no entities) and stores the bytes of
 * {@link no.biogrants.casework.letter.DecisionLetterDocx#render} and {@link
 * no.biogrants.casework.letter.DecisionLetterPdf#render} with the case.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li><b>LET-L1</b> One model, two files. {@link no.biogrants.casework.letter.DecisionLetter}
 *       builds the letter once as {@link no.biogrants.document.LetterBlock}s (letterhead, lines,
 *       title, heading, paragraph, item list, table); the Word and the PDF renderer only draw the
 *       blocks, so the two files cannot say different things.
 *   <li><b>LET-L2</b> Bokmål only: a letter is an official document. Every fixed text lives in
 *       {@code letter.properties} in this package, none in Java. Amounts go through {@code
 *       MoneyFormat} ("250 000,00 kr"), dates are written out ("26. mars 2020"), "§" is tied to its
 *       number.
 *   <li><b>LET-L3</b> Every letter: the county as letterhead; date, our reference and the
 *       caseworker; the company and its organisation number; a title by outcome ("Vedtak om
 *       tilskudd …", "Vedtak om delvis innvilget tilskudd …", "Avslag på søknad …", "Avvisning av
 *       søknad …"); then the sections below, in this order.
 *   <li><b>LET-L4</b> "Vedtak": the outcome and the amount applied for and, for a grant, granted
 *       "inntil" — the notice of the decision (fvl § 27 first paragraph).
 *   <li><b>LET-L5</b> "Begrunnelse" (fvl §§ 24–25): "Regelverket vedtaket bygger på", "Faktiske
 *       forhold", "Hovedhensyn i skjønnet", and "Poengsum" (the rubric as a table with the total)
 *       only when the application was scored. {@code LetterContent} refuses a letter without rules,
 *       facts or considerations.
 *   <li><b>LET-L6</b> Only a grant (GRANTED, PARTIALLY_GRANTED) has "Beløp og statsstøttegrunnlag"
 *       (granted amount, eligible costs, aid intensity, the state-aid basis, reduction at the same
 *       rate when documented costs are lower), "Vilkår" (numbered), "Frist for aksept" (the grant
 *       lapses if not accepted in writing by the date) and "Utbetalingsplan" (a table whose
 *       instalments sum exactly to the granted amount; {@code LetterContent} checks it).
 *   <li><b>LET-L7</b> "Klagerett" (fvl § 27 third paragraph): the right to appeal (§ 28); three
 *       weeks from the day the letter reached the party, with the concrete date, posting in time is
 *       enough (§§ 29–30); sent to the county, which forwards it to its appeal body unless it
 *       changes the decision itself (§§ 32–33); in writing, signed, naming the decision, the change
 *       wanted and the reasons (§ 32); postponed execution (§ 42); costs if the decision is changed
 *       (§ 36).
 *   <li><b>LET-L8</b> "Innsyn": the right to see the case's documents (fvl §§ 18–19).
 *   <li><b>LET-L9</b> Signature: a decision by the political committee (above the delegation limit)
 *       names the committee's case number; then "Med hilsen", the approver and the county, and
 *       "Dokumentet er elektronisk godkjent og har derfor ingen signatur."
 *   <li><b>LET-L10</b> PDF: A4, Helvetica in WinAnsiEncoding, 20 mm margins, "Side n av m" on every
 *       page, a heading never last on a page, table headers repeated after a break. A character
 *       WinAnsi cannot encode is replaced ("≥" by "&gt;=", an emoji by "?"), never a failure.
 *   <li><b>LET-L11</b> Word: A4, real Title/Heading 1/Heading 2 styles (navigation pane, screen
 *       readers), page numbers as PAGE/NUMPAGES fields in the footer.
 * </ul>
 *
 * <p>Out of scope: storing and sending letters (Altinn, post), nynorsk, the company's postal
 * address (the company register snapshot has none yet).
 *
 * <p>Dependencies: the letter's content here, its drawing (PDF, Word) in {@code document}, which
 * the receipts of {@code grantapplication} share (casework.letter → document).
 */
package no.biogrants.casework.letter;
