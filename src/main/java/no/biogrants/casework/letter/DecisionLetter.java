package no.biogrants.casework.letter;

import static no.biogrants.casework.letter.LetterTexts.date;
import static no.biogrants.casework.letter.LetterTexts.money;
import static no.biogrants.casework.letter.LetterTexts.percent;
import static no.biogrants.casework.letter.LetterTexts.text;

import java.util.ArrayList;
import java.util.List;
import no.biogrants.document.LetterBlock;
import no.biogrants.document.LetterBlock.Heading;
import no.biogrants.document.LetterBlock.ItemList;
import no.biogrants.document.LetterBlock.Letterhead;
import no.biogrants.document.LetterBlock.Lines;
import no.biogrants.document.LetterBlock.Paragraph;
import no.biogrants.document.LetterBlock.Title;

/**
 * The decision letter as a neutral list of blocks: which sections a letter has for its outcome, in
 * which order, and what they say (the rules are in the package documentation). Both renderers draw
 * exactly this list.
 */
public final class DecisionLetter {

  private final LetterContent content;
  private final List<LetterBlock> blocks = new ArrayList<>();

  private DecisionLetter(LetterContent content) {
    this.content = content;
  }

  /** The blocks of the letter, from the letterhead to the signature. */
  public static List<LetterBlock> blocks(LetterContent content) {
    DecisionLetter letter = new DecisionLetter(content);
    letter.header();
    letter.decision();
    ReasonsSection.add(content, letter.blocks);
    if (content.isGrant()) {
      GrantSections.add(content, letter.blocks);
    }
    letter.appeal();
    letter.access();
    letter.signature();
    return List.copyOf(letter.blocks);
  }

  /** The letter's subject line for its outcome. */
  public static String title(LetterContent content) {
    return text("title." + content.outcome().name());
  }

  private void header() {
    blocks.add(new Letterhead(content.countyName()));
    blocks.add(
        new Lines(
            List.of(
                text("meta.date", date(content.letterDate())),
                text("meta.reference", content.reference()),
                text("meta.contact", content.contactName()))));
    blocks.add(
        new Lines(
            List.of(content.companyName(), text("addressee.orgNumber", content.orgNumber()))));
    blocks.add(new Title(title(content)));
    blocks.add(
        new Paragraph(
            text(
                "intro",
                LetterTexts.scheme(content.schemeName(), content.schemeYear()),
                content.applicationTitle())));
  }

  private void decision() {
    String outcome = content.outcome().name();
    blocks.add(new Heading(1, text("heading.decision")));
    blocks.add(
        new Paragraph(text("decision." + outcome, content.countyName(), content.companyName())));
    String granted = content.amountGranted() == null ? "" : money(content.amountGranted());
    blocks.add(
        new Paragraph(text("amount." + outcome, granted, money(content.amountApplied())), true));
    if (content.isGrant()) {
      blocks.add(new Paragraph(text("decision.grantTerms", date(content.acceptanceDeadline()))));
    }
  }

  private void appeal() {
    blocks.add(new Heading(1, text("heading.appeal")));
    blocks.add(new Paragraph(text("appeal.right")));
    blocks.add(new Paragraph(text("appeal.deadline", date(content.appealDeadline())), true));
    blocks.add(
        new Paragraph(text("appeal.where", content.countyName(), content.countyAppealBody())));
    blocks.add(new Paragraph(text("appeal.how", content.reference())));
    blocks.add(new Paragraph(text("appeal.postpone")));
    blocks.add(new Paragraph(text("appeal.costs")));
  }

  private void access() {
    blocks.add(new Heading(1, text("heading.access")));
    blocks.add(new Paragraph(text("access.text", content.contactName())));
  }

  private void signature() {
    if (content.isByCommittee()) {
      blocks.add(
          new Paragraph(
              text("signature.committee", content.countyName(), content.committeeCaseNumber())));
    }
    blocks.add(
        new Lines(
            List.of(text("signature.greeting"), "", content.decidedBy(), content.countyName())));
    blocks.add(new Paragraph(text("signature.electronic")));
  }

  /**
   * "Begrunnelse": rules, facts, main considerations and, when scored, the score (fvl §§ 24–25).
   */
  static final class ReasonsSection {

    private ReasonsSection() {}

    static void add(LetterContent content, List<LetterBlock> blocks) {
      blocks.add(new Heading(1, text("heading.reasons")));
      blocks.add(new Paragraph(text("reasons.intro")));
      blocks.add(new Heading(2, text("heading.rules")));
      blocks.add(new ItemList(content.rulesApplied(), false));
      blocks.add(new Heading(2, text("heading.facts")));
      blocks.add(new ItemList(content.facts(), false));
      blocks.add(new Heading(2, text("heading.considerations")));
      for (String paragraph : content.mainConsiderations().strip().split("\\R\\s*\\R")) {
        blocks.add(new Paragraph(paragraph.strip()));
      }
      if (content.hasScore()) {
        blocks.add(new Heading(2, text("heading.score")));
        if (content.scoreLines().isEmpty()) {
          blocks.add(new Paragraph(text("score.only", LetterTexts.number(content.score()))));
        } else {
          blocks.add(
              new Paragraph(
                  text(
                      "score.intro",
                      LetterTexts.scheme(content.schemeName(), content.schemeYear()))));
          blocks.add(LetterTables.score(content));
        }
      }
    }
  }

  /** The sections only a grant has: amounts and state aid, conditions, acceptance, payments. */
  static final class GrantSections {

    private GrantSections() {}

    static void add(LetterContent content, List<LetterBlock> blocks) {
      blocks.add(new Heading(1, text("heading.amounts")));
      blocks.add(
          new Lines(
              List.of(
                  text("amounts.granted", money(content.amountGranted())),
                  text("amounts.eligible", money(content.eligibleCosts())),
                  text("amounts.intensity", percent(content.aidIntensityPercent())))));
      blocks.add(new Paragraph(text("amounts.basis", content.stateAidBasis())));
      blocks.add(new Paragraph(text("amounts.reduction")));
      blocks.add(new Paragraph(text("amounts.keep")));

      blocks.add(new Heading(1, text("heading.conditions")));
      if (content.conditions().isEmpty()) {
        blocks.add(new Paragraph(text("conditions.none")));
      } else {
        blocks.add(new Paragraph(text("conditions.intro")));
        blocks.add(new ItemList(content.conditions(), true));
      }

      blocks.add(new Heading(1, text("heading.acceptance")));
      blocks.add(new Paragraph(text("acceptance.text", date(content.acceptanceDeadline())), true));

      blocks.add(new Heading(1, text("heading.payments")));
      blocks.add(new Paragraph(text("payments.intro")));
      blocks.add(LetterTables.payments(content));
    }
  }
}
