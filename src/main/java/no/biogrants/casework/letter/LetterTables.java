package no.biogrants.casework.letter;

import static no.biogrants.casework.letter.LetterTexts.money;
import static no.biogrants.casework.letter.LetterTexts.number;
import static no.biogrants.casework.letter.LetterTexts.percent;
import static no.biogrants.casework.letter.LetterTexts.text;

import java.math.BigDecimal;
import java.util.List;
import no.biogrants.casework.letter.LetterContent.Instalment;
import no.biogrants.casework.letter.LetterContent.ScoreLine;
import no.biogrants.document.LetterBlock.Column;
import no.biogrants.document.LetterBlock.Table;

/** The letter's two tables: the scored rubric and the payment plan, each with its total row. */
final class LetterTables {

  private LetterTables() {}

  /** Criterion, weight, score 1–5, justification; the total is the weighted score 0–100. */
  static Table score(LetterContent content) {
    List<Column> columns =
        List.of(
            new Column(text("score.column.criterion"), 30, false),
            new Column(text("score.column.weight"), 10, true),
            new Column(text("score.column.score"), 14, true),
            new Column(text("score.column.justification"), 46, false));
    List<List<String>> rows =
        content.scoreLines().stream()
            .map(
                (ScoreLine line) ->
                    List.of(
                        line.criterion(),
                        percent(BigDecimal.valueOf(line.weightPercent())),
                        String.valueOf(line.score()),
                        line.justification()))
            .toList();
    int weights = content.scoreLines().stream().mapToInt(ScoreLine::weightPercent).sum();
    String total = content.score() == null ? "" : text("score.value", number(content.score()));
    return new Table(
        columns,
        rows,
        List.of(text("score.total"), percent(BigDecimal.valueOf(weights)), total, ""));
  }

  /** One row per instalment and the sum, which equals the granted amount. */
  static Table payments(LetterContent content) {
    List<Column> columns =
        List.of(
            new Column(text("payments.column.description"), 70, false),
            new Column(text("payments.column.amount"), 30, true));
    List<List<String>> rows =
        content.paymentPlan().stream()
            .map(
                (Instalment instalment) ->
                    List.of(instalment.description(), money(instalment.amount())))
            .toList();
    return new Table(
        columns,
        rows,
        List.of(text("payments.total"), money(LetterContent.total(content.paymentPlan()))));
  }
}
