/**
 * Documents: the one place the product lays out what it hands out as a file. Letters and receipts
 * are built as {@link no.biogrants.document.LetterBlock}s (letterhead, lines, title, heading,
 * paragraph, item list, table) and drawn by {@link no.biogrants.document.LetterPdf} (A4 pages,
 * tables, fonts, WinAnsi text) and {@link no.biogrants.document.LetterDocx} (Word styles); tables
 * go to Excel through {@link no.biogrants.document.TableWorkbook}.
 *
 * <p>Use: the decision letters of {@code casework.letter}, the receipt of {@code grantapplication},
 * the workbooks of {@code reporting} and {@code budget}. What a document says (its texts) stays
 * with the feature that writes it; this package only draws.
 *
 * <p>Dependencies: {@code document} depends on {@code shared} only, and every feature may use it
 * (grantapplication, casework, budget, reporting → document → shared).
 *
 * <p>The layout rules of letters (one model, two files; PDF fonts, margins and page numbers; Word
 * styles) are L1, L10 and L11 in {@code casework.letter}.
 */
package no.biogrants.document;
